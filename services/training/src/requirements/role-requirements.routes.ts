import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { MEMBER_ROLES, MemberRole } from '@muster/contracts';
import { commandRoutes, RecordController } from '@muster/platform';
import { roleRequirementsId } from './domain/role-requirements-id';
import { roleRequirementsAggregate } from './role-requirements.aggregate';

export class RoleParam {
  @ApiProperty({ enum: MEMBER_ROLES })
  @IsIn(MEMBER_ROLES, { message: `role must be one of: ${MEMBER_ROLES.join(', ')}` })
  role!: MemberRole;
}

/** Role requirement use cases: `PUT /role-requirements/:role`. Sent by training, admin. */
export const roleRequirementsRoutes = commandRoutes(roleRequirementsAggregate, {
  path: 'role-requirements',
  tag: 'role requirements',
  params: RoleParam,
  idOf: (p) => roleRequirementsId(p.role),
  roles: ['training', 'admin'],
});

/** A controller of role requirement reads under /role-requirements. */
export const RoleRequirementsController = (): ClassDecorator =>
  RecordController('role-requirements', 'role requirements');
