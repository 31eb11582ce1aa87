import { Module } from '@nestjs/common';
import { SetRoleRequirementsRoute } from './commands/set-role-requirements/set-role-requirements';
import {
  RoleRequirements,
  RoleRequirementsReadController,
} from './projections/role-requirements/role-requirements.queries';
import { roleRequirementsAggregate } from './role-requirements.aggregate';

@Module({
  controllers: [
    RoleRequirementsReadController,
    // Use cases: one line each.
    SetRoleRequirementsRoute,
  ],
  providers: [roleRequirementsAggregate.handler, RoleRequirements],
  exports: [RoleRequirements],
})
export class RoleRequirementsModule {}
