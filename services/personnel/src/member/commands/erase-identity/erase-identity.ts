import { Text } from '@muster/platform';
import { memberRoutes } from '../../member.routes';

export class EraseIdentityDto {
  @Text(1000, { description: 'Why the identity is erased (recorded in the member’s history)' }) reason!: string;
}

export const EraseIdentityRoute = memberRoutes.command(':memberId/identity-erasure', {
  summary: 'Erase a member’s legal identity for good (crypto-shredding); the operational record stays',
  body: EraseIdentityDto,
  command: (dto) => ({ type: 'EraseIdentity', reason: dto.reason }),
});
