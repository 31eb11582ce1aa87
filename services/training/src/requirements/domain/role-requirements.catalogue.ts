import { defineEventCatalogue } from '@muster/event-sourcing';
import { RoleRequirementsEvent } from './role-requirements.events';

/** A role's requirement stream (one per role): every event type it holds and the schema version it is written with. */
export const roleRequirementsCatalogue = defineEventCatalogue<RoleRequirementsEvent>({
  streamType: 'rolerequirement',
  schemaVersions: { RoleRequirementsSet: 1 },
  upcasters: [],
});
