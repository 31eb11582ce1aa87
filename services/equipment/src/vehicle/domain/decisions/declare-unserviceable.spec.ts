import { DeclareUnserviceable, ReturnToService } from '../vehicle.commands';
import { StatusReasonCode, VehicleEvent } from '../vehicle.events';
import { VEHICLE, atCentreA, dispatch, history, onTheWay, registration, spec } from './spec-support';

const declare: DeclareUnserviceable = { type: 'DeclareUnserviceable', reason: 'No tyres', declaredOn: '2026-01-15' };
const fixed: ReturnToService = { type: 'ReturnToService', note: 'Tyres fitted', returnedOn: '2026-01-15' };
const change = (
  status: 'serviceable' | 'unserviceable',
  previousStatus: 'serviceable' | 'unserviceable',
  reasonCode: StatusReasonCode,
  note: string | null,
): VehicleEvent => ({
  type: 'VehicleStatusChanged',
  data: { vehicleId: VEHICLE, status, previousStatus, reasonCode, note },
});

describe('DeclareUnserviceable', () => {
  it('takes the vehicle off the road, saying why', () => {
    spec
      .given(atCentreA())
      .when(declare)
      .then([
        { type: 'VehicleDeclaredUnserviceable', data: { reason: 'No tyres', declaredOn: '2026-01-15' } },
        change('unserviceable', 'serviceable', 'DECLARED_UNSERVICEABLE', 'No tyres'),
      ]);
  });

  it('on the road, it stays in transit and arrives unserviceable', () => {
    spec
      .given(onTheWay())
      .when(declare)
      .then([{ type: 'VehicleDeclaredUnserviceable', data: { reason: 'No tyres', declaredOn: '2026-01-15' } }]);
  });

  it('refuses a second declaration and no reason', () => {
    spec.given(history(registration, declare)).when(declare).thenThrows('VEHICLE_ALREADY_DECLARED_UNSERVICEABLE');
    spec
      .given(atCentreA())
      .when({ ...declare, reason: '' })
      .thenThrows('REASON_REQUIRED');
  });
});

describe('ReturnToService', () => {
  it('puts a declared fault right: serviceable again', () => {
    spec
      .given(history(registration, declare))
      .when(fixed)
      .then([
        { type: 'VehicleReturnedToService', data: { note: 'Tyres fitted', returnedOn: '2026-01-15' } },
        change('serviceable', 'unserviceable', 'RETURNED_TO_SERVICE', 'Tyres fitted'),
      ]);
  });

  it('puts a vehicle registered unserviceable right', () => {
    const [, changed] = history(
      { ...registration, status: 'unserviceable', statusReason: 'Battery flat' },
      fixed,
    ).slice(-2);
    expect(changed).toEqual(change('serviceable', 'unserviceable', 'RETURNED_TO_SERVICE', 'Tyres fitted'));
  });

  it('leaves severe damage and open repair orders to the workshop', () => {
    const severe = {
      type: 'RecordDamage',
      cause: 'accident',
      occurredOn: '2026-01-14',
      incidentRef: null,
      severity: 'severe',
      description: 'Axle broken',
      odometerKm: null,
    } as const;
    spec.given(history(registration, severe)).when(fixed).thenThrows('SEVERE_DAMAGE_NEEDS_REPAIR');
    const inWorkshop = history(registration, declare, {
      type: 'OpenRepairOrder',
      damageIds: [],
      description: 'Tyres',
      workshop: 'Tyre shop',
      openedOn: '2026-01-15',
    });
    spec.given(inWorkshop).when(fixed).thenThrows('REPAIR_ORDER_OPEN');
  });

  it('refuses a vehicle nothing keeps off the road', () => {
    spec.given(atCentreA()).when(fixed).thenThrows('VEHICLE_NOT_UNSERVICEABLE');
    spec.given(history(registration, dispatch)).when(fixed).thenThrows('VEHICLE_NOT_UNSERVICEABLE');
  });
});
