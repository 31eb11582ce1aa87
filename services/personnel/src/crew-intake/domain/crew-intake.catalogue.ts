import { defineEventCatalogue } from '@muster/event-sourcing';
import { CrewIntakeEvent } from './crew-intake.events';

/** A crew intake's stream: every event type it holds and the schema version it is written with (pinned by a test). */
export const crewIntakeCatalogue = defineEventCatalogue<CrewIntakeEvent>({
  streamType: 'crewintake',
  schemaVersions: {
    CrewIntakeOpened: 1,
    IntakePersonAdded: 1,
    IntakePersonVetted: 1,
    IntakePersonRolesMapped: 1,
    CrewIntakeCompleted: 1,
    CrewIntakeCancelled: 1,
  },
  upcasters: [],
});
