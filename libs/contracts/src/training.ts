import { Static, Type } from '@sinclair/typebox';
import { defineIntegrationEvent } from './integration-event';
import { CalendarDate, Uuid } from './schemas';

/**
 * The training events other services follow, on `muster.training.events`: centres counts certified drivers,
 * rescuers and firefighters for readiness; personnel holds probation until the induction is done.
 */

const Competency = Type.String({
  minLength: 1,
  maxLength: 60,
  pattern: '^[a-z][a-z0-9-]*$',
  description: 'what the certification makes someone competent for, e.g. driving, firefighting, first-aid',
});

export const CertificationAwarded = defineIntegrationEvent({
  type: 'CertificationAwarded',
  source: 'training',
  schemaVersion: 1,
  summary: 'A member was certified (by passing a course, or by recognition of prior learning).',
  data: Type.Object({
    certificationId: Uuid(),
    memberId: Uuid(),
    competency: Competency,
    issuedOn: CalendarDate(),
    expiresOn: Type.Union([CalendarDate(), Type.Null()], { description: 'null: does not expire' }),
  }),
});

export const CertificationRenewed = defineIntegrationEvent({
  type: 'CertificationRenewed',
  source: 'training',
  schemaVersion: 1,
  summary: 'A certification was renewed (a refresher): valid until the new date.',
  data: Type.Object({
    certificationId: Uuid(),
    memberId: Uuid(),
    competency: Competency,
    expiresOn: Type.Union([CalendarDate(), Type.Null()]),
  }),
});

export const CertificationExpired = defineIntegrationEvent({
  type: 'CertificationExpired',
  source: 'training',
  schemaVersion: 1,
  summary: 'A certification reached its expiry date: no longer valid for anything.',
  data: Type.Object({ certificationId: Uuid(), memberId: Uuid(), competency: Competency, expiredOn: CalendarDate() }),
});

export const CertificationRevoked = defineIntegrationEvent({
  type: 'CertificationRevoked',
  source: 'training',
  schemaVersion: 1,
  summary: 'A certification was revoked: no longer valid for anything.',
  data: Type.Object({ certificationId: Uuid(), memberId: Uuid(), competency: Competency, revokedOn: CalendarDate() }),
});

export const CertificationSuspended = defineIntegrationEvent({
  type: 'CertificationSuspended',
  source: 'training',
  schemaVersion: 1,
  summary: 'A certification was suspended: not valid for anything until it is reinstated.',
  data: Type.Object({
    certificationId: Uuid(),
    memberId: Uuid(),
    competency: Competency,
    suspendedOn: CalendarDate(),
  }),
});

export const CertificationReinstated = defineIntegrationEvent({
  type: 'CertificationReinstated',
  source: 'training',
  schemaVersion: 1,
  summary: 'A suspended certification was reinstated: valid again until its expiry.',
  data: Type.Object({
    certificationId: Uuid(),
    memberId: Uuid(),
    competency: Competency,
    reinstatedOn: CalendarDate(),
  }),
});

export const InductionCompleted = defineIntegrationEvent({
  type: 'InductionCompleted',
  source: 'training',
  schemaVersion: 1,
  summary: 'A member completed the induction (humanitarian principles, procedures): probation may be confirmed.',
  data: Type.Object({ memberId: Uuid(), completedOn: CalendarDate() }),
});

export type CertificationAwardedData = Static<typeof CertificationAwarded.data>;
export type InductionCompletedData = Static<typeof InductionCompleted.data>;
