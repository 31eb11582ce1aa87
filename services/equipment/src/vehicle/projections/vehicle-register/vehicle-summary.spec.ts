import { RecordedOf } from '@muster/event-sourcing';
import { recordedStream } from '@muster/event-sourcing/testing';
import { vehicleCatalogue } from '../../domain/vehicle.catalogue';
import { VehicleCommand } from '../../domain/vehicle.commands';
import { VehicleEvent } from '../../domain/vehicle.events';
import {
  CENTRE_A,
  CENTRE_B,
  VEHICLE,
  arrival,
  dispatch,
  history,
  registration,
} from '../../domain/decisions/spec-support';
import { VehicleHistory, emptyHistory, evolveHistory } from '../vehicle-profile/vehicle-history';
import { VehicleSummary, evolveSummary } from './vehicle-summary';

const recorded = (events: readonly VehicleEvent[]): RecordedOf<VehicleEvent>[] =>
  recordedStream(vehicleCatalogue, VEHICLE, events, {
    actorId: 'logistics-1',
    actorRoles: ['logistics'],
    at: '2026-01-15T09:00:00.000Z',
  });

const summaryAfter = (...commands: VehicleCommand[]): VehicleSummary | null =>
  recorded(history(...commands)).reduce<VehicleSummary | null>(evolveSummary, null);
const historyAfter = (...commands: VehicleCommand[]): VehicleHistory =>
  recorded(history(...commands)).reduce(evolveHistory, emptyHistory());

describe('vehicle register read model', () => {
  it('lists a registered vehicle with its details, its readings and its first service due from its acquisition', () => {
    expect(summaryAfter(registration)).toMatchObject({
      vehicleId: VEHICLE,
      version: 2,
      centreId: CENTRE_A,
      status: 'serviceable',
      donorId: registration.donorId,
      tankCapacityLitres: 200,
      odometerKm: 120_000,
      lastService: { on: '2019-05-01', odometerKm: 120_000 },
      nextService: { on: '2019-11-01', km: 130_000 },
    });
  });

  it('follows a move: its destination while on the way, its new centre and the loan after', () => {
    const lent = { ...dispatch, loanDueBackOn: '2026-02-15' };
    expect(summaryAfter(registration, lent)).toMatchObject({
      status: 'in-transit',
      centreId: CENTRE_A,
      destinationCentreId: CENTRE_B,
      statusReason: { code: 'DISPATCHED', note: null },
      odometerKm: 120_050,
    });
    expect(summaryAfter(registration, lent, arrival)).toMatchObject({
      status: 'serviceable',
      centreId: CENTRE_B,
      destinationCentreId: null,
      loan: { homeCentreId: CENTRE_A, dueBackOn: '2026-02-15' },
      odometerKm: 120_170,
    });
    expect(historyAfter(registration, lent, arrival).moves).toMatchObject([
      {
        fromCentreId: CENTRE_A,
        toCentreId: CENTRE_B,
        outcome: 'arrived',
        distanceKm: 120,
        loanDueBackOn: '2026-02-15',
      },
    ]);
  });

  it('moves the next service on from the last one', () => {
    expect(
      summaryAfter(registration, {
        type: 'RecordService',
        servicedOn: '2026-01-10',
        odometerKm: 121_000,
        workDone: 'Oil',
      }),
    ).toMatchObject({
      lastService: { on: '2026-01-10', odometerKm: 121_000 },
      nextService: { on: '2026-07-10', km: 131_000 },
    });
  });

  it('keeps nothing of a stream without its registration', () => {
    const [, ...withoutRegistration] = recorded(history(registration));
    expect(withoutRegistration.reduce<VehicleSummary | null>(evolveSummary, null)).toBeNull();
  });
});
