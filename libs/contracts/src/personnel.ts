import { Static, Type } from '@sinclair/typebox';
import { defineIntegrationEvent } from './integration-event';
import { MEMBER_ROLES } from './member-roles';
import { CalendarDate, OneOf, Uuid } from './schemas';

/**
 * The personnel events other services follow, on `muster.personnel.events`. Each is a member event: the member is
 * the stream's subject (`streamId` = `member-<member id>`). Only the fields consumers rely on are in the contract;
 * the event carries more (docs/events.md, Personnel).
 */

const Roles = Type.Array(OneOf(MEMBER_ROLES), { maxItems: MEMBER_ROLES.length, description: 'operational roles' });

export const MemberOnboarded = defineIntegrationEvent({
  type: 'MemberOnboarded',
  source: 'personnel',
  schemaVersion: 1,
  summary: 'A cleared applicant became a member at a centre, with roles (on probation or not).',
  data: Type.Object({
    centreId: Uuid({ description: 'the centre the member serves at' }),
    roles: Roles,
    startsOn: CalendarDate({ description: 'first day of service' }),
  }),
});

export const MemberTransferred = defineIntegrationEvent({
  type: 'MemberTransferred',
  source: 'personnel',
  schemaVersion: 1,
  summary: 'A member moved to another centre (by HR, or with a centre base transfer).',
  data: Type.Object({
    fromCentreId: Uuid(),
    toCentreId: Uuid(),
    effectiveOn: CalendarDate(),
  }),
});

export const MemberRolesChanged = defineIntegrationEvent({
  type: 'MemberRolesChanged',
  source: 'personnel',
  schemaVersion: 1,
  summary: 'A member’s operational roles changed.',
  data: Type.Object({ roles: Roles, effectiveOn: CalendarDate() }),
});

/** Whether a member is on duty: what readiness and training's reminders follow. */
export const MemberSuspended = defineIntegrationEvent({
  type: 'MemberSuspended',
  source: 'personnel',
  schemaVersion: 1,
  summary: 'A member was suspended: not on duty until reinstated.',
  data: Type.Object({ since: CalendarDate() }),
});

export const MemberReinstated = defineIntegrationEvent({
  type: 'MemberReinstated',
  source: 'personnel',
  schemaVersion: 1,
  summary: 'A suspended member was reinstated: on duty again.',
  data: Type.Object({ reinstatedOn: CalendarDate() }),
});

export const MemberWentOnLeave = defineIntegrationEvent({
  type: 'MemberWentOnLeave',
  source: 'personnel',
  schemaVersion: 1,
  summary: 'A member went on leave: not on duty from `from` until they return.',
  data: Type.Object({ from: CalendarDate(), until: CalendarDate() }),
});

export const MemberReturnedFromLeave = defineIntegrationEvent({
  type: 'MemberReturnedFromLeave',
  source: 'personnel',
  schemaVersion: 1,
  summary: 'A member came back from leave: on duty again.',
  data: Type.Object({ returnedOn: CalendarDate() }),
});

export const MemberInjured = defineIntegrationEvent({
  type: 'MemberInjured',
  source: 'personnel',
  schemaVersion: 1,
  summary: 'A member was injured (in the line of duty or not).',
  data: Type.Object({ injuredOn: CalendarDate(), inLineOfDuty: Type.Boolean() }),
});

export const MemberKilledInLineOfDuty = defineIntegrationEvent({
  type: 'MemberKilledInLineOfDuty',
  source: 'personnel',
  schemaVersion: 1,
  summary:
    'A member was killed in the line of duty: recover what they held, stop every reminder, drop them from readiness.',
  data: Type.Object({
    diedOn: CalendarDate(),
    centreId: Uuid({ description: 'the centre they served at' }),
    roles: Roles,
  }),
});

export const MemberDeparted = defineIntegrationEvent({
  type: 'MemberDeparted',
  source: 'personnel',
  schemaVersion: 1,
  summary: 'A member left the organisation: recover what they held, stop every reminder.',
  data: Type.Object({
    departedOn: CalendarDate(),
    reason: OneOf(['resigned', 'dismissed', 'retired', 'probation-ended'] as const),
  }),
});

export const CrewIntakeCompleted = defineIntegrationEvent({
  type: 'CrewIntakeCompleted',
  source: 'personnel',
  schemaVersion: 1,
  summary:
    'A crew from another organisation was integrated: each cleared person becomes a member (with the member id ' +
    'given here) on probation; their prior learning is to be recognised.',
  data: Type.Object({
    intakeId: Uuid(),
    receivingCentreId: Uuid(),
    completedOn: CalendarDate(),
    cleared: Type.Array(
      Type.Object({
        personId: Uuid(),
        memberId: Uuid({ description: 'the member the person becomes' }),
        roles: Roles,
        priorService: Type.Array(
          Type.Object({
            organisation: Type.String({ minLength: 1, maxLength: 200 }),
            rankOrRole: Type.String({ minLength: 1, maxLength: 100 }),
            from: Type.String({ pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$', description: 'YYYY, YYYY-MM or YYYY-MM-DD' }),
            to: Type.Union([Type.String({ pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' }), Type.Null()], {
              description: 'null: until the intake',
            }),
          }),
          { maxItems: 20, description: 'service in the organisation the crew came from, to be recognised' },
        ),
      }),
      { maxItems: 1000 },
    ),
  }),
});

export type MemberOnboardedData = Static<typeof MemberOnboarded.data>;
export type MemberKilledInLineOfDutyData = Static<typeof MemberKilledInLineOfDuty.data>;
export type MemberDepartedData = Static<typeof MemberDeparted.data>;
export type CrewIntakeCompletedData = Static<typeof CrewIntakeCompleted.data>;
