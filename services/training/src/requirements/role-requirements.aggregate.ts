import { defineAggregate } from '@muster/platform';
import { roleRequirementsCatalogue } from './domain/role-requirements.catalogue';
import { roleRequirementsDecider } from './domain/role-requirements.decider';
import { RoleRequirementsErrors } from './domain/role-requirements.errors';

/** A role's requirements: one command path. */
export const roleRequirementsAggregate = defineAggregate({
  catalogue: roleRequirementsCatalogue,
  decider: roleRequirementsDecider,
  notFound: RoleRequirementsErrors.notFound,
});
