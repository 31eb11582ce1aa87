import type { MemberRole } from '@muster/contracts';

export type SetRoleRequirements = {
  type: 'SetRoleRequirements';
  role: MemberRole;
  competencies: readonly string[];
  effectiveOn: string;
  reason: string;
};

export type RoleRequirementsCommand = SetRoleRequirements;

/** More would be a curriculum, not a requirement. */
export const MAX_REQUIRED_COMPETENCIES = 12;
