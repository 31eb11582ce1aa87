import { IsUUID } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate, KnownCentre, Text } from '@muster/platform';
import { memberRoutes } from '../../member.routes';

export class TransferMemberDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  @KnownCentre()
  toCentreId!: string;

  @IsCalendarDate() effectiveOn!: string;

  @Text(500) reason!: string;
}

export const TransferMemberRoute = memberRoutes.command(':memberId/transfers', {
  summary: 'Transfer a member to another centre',
  body: TransferMemberDto,
  command: async (dto, { memberId }, _ctx, vault) => ({
    type: 'TransferMember',
    toCentreId: dto.toCentreId,
    effectiveOn: dto.effectiveOn,
    reason: await vault.sealText(memberId, dto.reason),
  }),
});
