import { deterministicUuid } from '@muster/event-sourcing';

/** One stream per role, under an id derived from the role's name: whoever sets it first finds the same stream. */
export const roleRequirementsId = (role: string): string => deterministicUuid('role-requirements', role);
