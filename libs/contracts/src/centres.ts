import { Static, Type } from '@sinclair/typebox';
import { defineIntegrationEvent } from './integration-event';
import { CalendarDate, OneOf, Uuid } from './schemas';

/**
 * Integration events the centres service publishes on `muster.centres.events`. docs/events.md and
 * docs/asyncapi.yaml are generated from these definitions (`npm run docs:contracts`). Type strings are permanent;
 * a changed payload gets a new definition with the next schemaVersion.
 */

export const CENTRE_STATUSES = ['planned', 'operational', 'degraded', 'damaged', 'destroyed', 'closed'] as const;

export const CentreRegistered = defineIntegrationEvent({
  type: 'CentreRegistered',
  source: 'centres',
  schemaVersion: 1,
  summary: 'A centre entered the register: other services may now assign people and vehicles to it.',
  data: Type.Object({
    centreId: Uuid(),
    code: Type.String({ minLength: 1, maxLength: 20, description: 'the organisation’s short code, e.g. ALP-03' }),
    governorate: Type.String({ minLength: 1, maxLength: 60 }),
    status: OneOf(CENTRE_STATUSES),
  }),
});

export const CentreStatusChanged = defineIntegrationEvent({
  type: 'CentreStatusChanged',
  source: 'centres',
  schemaVersion: 1,
  summary: 'A centre became operational, degraded, damaged, destroyed, closed or reopened.',
  data: Type.Object({ centreId: Uuid(), status: OneOf(CENTRE_STATUSES), since: CalendarDate() }),
});

export const BaseTransferStarted = defineIntegrationEvent({
  type: 'BaseTransferStarted',
  source: 'centres',
  schemaVersion: 1,
  summary: 'A team started moving base: equipment dispatches each listed vehicle to the destination.',
  data: Type.Object({
    transferId: Uuid(),
    fromCentreId: Uuid(),
    toCentreId: Uuid(),
    memberIds: Type.Array(Uuid(), { maxItems: 10_000 }),
    vehicleIds: Type.Array(Uuid(), { maxItems: 1000, description: 'vehicles of the equipment service that move' }),
    plannedOn: CalendarDate(),
  }),
});

export const BaseTransferCancelled = defineIntegrationEvent({
  type: 'BaseTransferCancelled',
  source: 'centres',
  schemaVersion: 1,
  summary: 'A base transfer was cancelled before completion: vehicles in transit for it go back where they came from.',
  data: Type.Object({
    transferId: Uuid(),
    fromCentreId: Uuid(),
    vehicleIds: Type.Array(Uuid(), { maxItems: 1000 }),
  }),
});

export const CentreBaseTransferCompleted = defineIntegrationEvent({
  type: 'CentreBaseTransferCompleted',
  source: 'centres',
  schemaVersion: 1,
  summary: 'A whole centre moved base (e.g. into a former fire station), taking the listed members with it.',
  data: Type.Object({
    transferId: Uuid({ description: 'the base transfer' }),
    fromCentreId: Uuid({ description: 'the centre the members leave' }),
    toCentreId: Uuid({ description: 'the centre the members join' }),
    memberIds: Type.Array(Uuid(), {
      maxItems: 10_000,
      description: 'members of the personnel service who moved with the base',
    }),
    effectiveOn: CalendarDate({ description: 'the day the move takes effect' }),
  }),
});

export type BaseTransferStartedData = Static<typeof BaseTransferStarted.data>;
export type CentreBaseTransferCompletedData = Static<typeof CentreBaseTransferCompleted.data>;
