import { MemberRole } from '../../domain/member.events';
import { actorOf } from '../../member.aggregate';
import { MemberRoles } from '../../../shared/validation';
import { IsCalendarDate, Text } from '@muster/platform';
import { memberRoutes } from '../../member.routes';

export class ChangeMemberRolesDto {
  @MemberRoles() roles!: MemberRole[];

  @IsCalendarDate() effectiveOn!: string;

  @Text(500) reason!: string;
}

export const ChangeMemberRolesRoute = memberRoutes.command(':memberId/role-changes', {
  summary: 'Change a member’s roles (appointing a centre commander is for admins)',
  body: ChangeMemberRolesDto,
  command: async (dto, { memberId }, ctx, vault) => ({
    type: 'ChangeMemberRoles',
    roles: dto.roles,
    effectiveOn: dto.effectiveOn,
    reason: await vault.sealText(memberId, dto.reason),
    actor: actorOf(ctx),
  }),
});
