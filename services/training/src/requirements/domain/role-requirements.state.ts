import type { MemberRole } from '@muster/contracts';
import { DEFAULT_ROLE_REQUIREMENTS } from './default-role-requirements';

// The state lives apart from the decider so that the decisions (decisions/*.ts) can read it without importing the
// decider that dispatches to them.

/** What the rules need of a role's past: its latest requirements (null: never set, the default holds). */
export interface RoleRequirementsState {
  readonly latest: { readonly competencies: readonly string[]; readonly effectiveOn: string } | null;
}

export const initialRoleRequirementsState: RoleRequirementsState = { latest: null };

/** What the role requires as last set, or the default. */
export function requiredNow(state: RoleRequirementsState, role: MemberRole): readonly string[] {
  return state.latest?.competencies ?? DEFAULT_ROLE_REQUIREMENTS[role];
}
