// A role's requirement events, each `{ type, data }`. A type string is permanent once stored: a changed shape gets a
// new schema version and an upcaster (role-requirements.catalogue.ts), never an edit.
import type { MemberRole } from '@muster/contracts';
import { IsoDate } from '@muster/event-sourcing';

/** From `effectiveOn`, the competencies a role requires, all of them, beside what it required before. */
export type RoleRequirementsSet = {
  type: 'RoleRequirementsSet';
  data: { role: MemberRole; competencies: string[]; effectiveOn: IsoDate; previous: string[]; reason: string };
};

export type RoleRequirementsEvent = RoleRequirementsSet;
