import { checklistFor } from '../checklists';
import { RecordCheck } from '../vehicle.commands';
import { VehicleEvent } from '../vehicle.events';
import {
  CENTRE_A,
  CENTRE_B,
  VEHICLE,
  atCentreA,
  commanderOf,
  everyCentre,
  history,
  idOf,
  onTheWay,
  registration,
  spec,
} from './spec-support';

/** Every item of the fire engine's daily checklist, passed. */
const allPassed = checklistFor('fire-engine', 'daily').map((i) => ({ code: i.code, passed: true, note: '' }));
const check: RecordCheck = {
  type: 'RecordCheck',
  kind: 'daily',
  performedAt: '2026-01-15T07:00:00Z',
  odometerKm: 120_000,
  engineHours: 4_001,
  items: allPassed,
  actor: everyCentre,
};
const failing = (code: string, note = 'worn') =>
  check.items.map((i) => (i.code === code ? { ...i, passed: false, note } : i));
const recorded = (
  items: { code: string; passed: boolean; note: string }[],
  failedCriticalItems: string[],
): VehicleEvent => ({
  type: 'VehicleCheckRecorded',
  data: {
    checkId: idOf('check', 1),
    kind: 'daily',
    performedAt: '2026-01-15T07:00:00.000Z',
    centreId: CENTRE_A,
    odometerKm: 120_000,
    engineHours: 4_001,
    items: checklistFor('fire-engine', 'daily').map((item) => ({
      code: item.code,
      critical: item.critical,
      passed: items.find((i) => i.code === item.code)?.passed ?? true,
      note: items.find((i) => i.code === item.code)?.note ?? '',
    })),
    failedCriticalItems,
  },
});

describe('RecordCheck', () => {
  it('records a passed check of every item on the vehicle type’s checklist', () => {
    spec
      .given(atCentreA())
      .when(check)
      .then([recorded(allPassed, [])]);
  });

  it('a failed item that is not critical leaves the vehicle serviceable', () => {
    spec
      .given(atCentreA())
      .when({ ...check, items: failing('hoses') })
      .then([recorded(failing('hoses'), [])]);
  });

  it('a failed critical item takes it off the road at once', () => {
    spec
      .given(atCentreA())
      .when({ ...check, items: failing('brakes', 'Pedal to the floor') })
      .then([
        recorded(failing('brakes', 'Pedal to the floor'), ['brakes']),
        {
          type: 'VehicleStatusChanged',
          data: {
            vehicleId: VEHICLE,
            status: 'unserviceable',
            previousStatus: 'serviceable',
            reasonCode: 'FAILED_CHECK',
            note: 'Failed: brakes',
          },
        },
      ]);
  });

  it('holds each vehicle type to its own checklist (an ambulance has no fire pump)', () => {
    const ambulance = history({ ...registration, vehicleType: 'ambulance' });
    spec.given(ambulance).when(check).thenThrows('UNKNOWN_CHECK_ITEM');
    const ambulanceItems = checklistFor('ambulance', 'daily').map((i) => ({ code: i.code, passed: true, note: '' }));
    expect(ambulanceItems.map((i) => i.code)).toEqual(expect.arrayContaining(['oxygen', 'stretcher']));
  });

  it('refuses a check that leaves an item out or lists one twice', () => {
    spec
      .given(atCentreA())
      .when({ ...check, items: allPassed.filter((i) => i.code !== 'pump') })
      .thenThrows('CHECKLIST_INCOMPLETE');
    spec
      .given(atCentreA())
      .when({ ...check, items: [...allPassed, { code: 'brakes', passed: true, note: '' }] })
      .thenThrows('DUPLICATE_CHECK_ITEM');
  });

  it('refuses readings that go backwards, a vehicle on the road, a time in the future', () => {
    spec
      .given(atCentreA())
      .when({ ...check, odometerKm: 119_999 })
      .thenThrows('ODOMETER_WENT_BACKWARDS');
    spec
      .given(atCentreA())
      .when({ ...check, engineHours: 3_999 })
      .thenThrows('ENGINE_HOURS_WENT_BACKWARDS');
    spec
      .given(onTheWay())
      .when({ ...check, odometerKm: 120_050 })
      .thenThrows('VEHICLE_IN_TRANSIT');
    spec
      .given(atCentreA())
      .when({ ...check, performedAt: '2026-01-15T09:30:00Z' })
      .thenThrows('TIME_IN_FUTURE');
  });

  it('lets the commander of the vehicle’s centre check it; to another commander it is unknown', () => {
    spec
      .given(atCentreA())
      .when({ ...check, actor: commanderOf(CENTRE_A) })
      .then([recorded(allPassed, [])]);
    spec
      .given(atCentreA())
      .when({ ...check, actor: commanderOf(CENTRE_B) })
      .thenThrows('VEHICLE_NOT_FOUND');
  });
});
