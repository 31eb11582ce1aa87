import { deterministicUuid } from '@muster/event-sourcing';

/** The member id a person of an intake gets: the same every time, so a retried completion never makes twins. */
export const intakeMemberId = (intakeId: string, personId: string): string =>
  deterministicUuid('crew-intake-member', intakeId, personId);
