import { DecisionContext } from '@muster/event-sourcing';
import { pastInstant } from '../../../vehicle/domain/decisions/guards';
import { VehicleErrors } from '../../../vehicle/domain/vehicle.errors';
import { normalRange, round1, round2, RunningStats } from '../consumption';
import { FuelAssetFacts, IssueFuel } from '../fuel-ledger.commands';
import { FuelLedgerErrors as E } from '../fuel-ledger.errors';
import { ConsumptionNorm, FuelFlag, FuelIssued } from '../fuel-ledger.events';
import { FuelLedgerState } from '../fuel-ledger.state';
import { nextEntryId, requireActsFor } from './guards';

/**
 * IssueFuel: fuel leaves a centre's stock for a vehicle or a generator, against its reading. Refused when the stock
 * does not hold it, when the asset is unknown or written off, or when the reading goes backwards; flagged for review
 * (never refused) when it exceeds the tank, when the reading has not moved since the last fill, or when the
 * consumption since the last fill is an outlier for the vehicle or its type. O(1): it reads only the facts given.
 */
export function issueFuel(command: IssueFuel, state: FuelLedgerState, { now }: DecisionContext): FuelIssued[] {
  requireActsFor(command.actor, command.centreId);
  const { target, litres, asset } = command;
  const kind = target.kind;
  const id = target.kind === 'vehicle' ? target.vehicleId : target.itemId;
  if (asset === null) throw E.targetUnknown(kind, id);
  if (asset.writtenOff) throw E.targetWrittenOff(kind, id);
  const reading = target.kind === 'vehicle' ? target.odometerKm : target.engineHours;
  requireReadingForward(target.kind, asset, reading);
  const issuedAt = pastInstant(command.issuedAt, 'issuedAt', now);
  if (litres > state.balanceLitres) throw E.stockInsufficient(state.balanceLitres, litres);

  const distanceKm =
    target.kind === 'vehicle' && asset.lastFillReading !== null ? reading - asset.lastFillReading : null;
  const consumption =
    distanceKm !== null && distanceKm > 0 ? { distanceKm, litresPer100Km: round2((litres / distanceKm) * 100) } : null;
  const flags: FuelFlag[] = [
    ...(asset.tankCapacityLitres !== null && litres > asset.tankCapacityLitres
      ? [{ rule: 'ABOVE_TANK_CAPACITY' as const, litres, tankCapacityLitres: asset.tankCapacityLitres }]
      : []),
    ...notMoved(target.kind, asset.lastFillReading, reading),
    ...(consumption !== null && asset.consumption !== null
      ? outliers(consumption.litresPer100Km, asset.consumption)
      : []),
  ];
  return [
    {
      type: 'FuelIssued',
      data: {
        centreId: command.centreId,
        issueId: nextEntryId(command.centreId, 'issue', state.issues),
        target,
        litres,
        issuedBy: command.issuedBy,
        receivedBy: command.receivedBy,
        issuedAt,
        consumption,
        flags,
        balanceLitres: round1(state.balanceLitres - litres),
      },
    },
  ];
}

/** Readings never go backwards: not below the asset's own record, nor below its last fill. */
function requireReadingForward(kind: 'vehicle' | 'generator', asset: FuelAssetFacts, reading: number): void {
  const last = Math.max(asset.recordedReading ?? 0, asset.lastFillReading ?? 0);
  if (reading >= last) return;
  throw kind === 'vehicle'
    ? VehicleErrors.odometerWentBackwards(last, reading)
    : VehicleErrors.engineHoursWentBackwards(last, reading);
}

function notMoved(kind: 'vehicle' | 'generator', lastFill: number | null, reading: number): FuelFlag[] {
  if (lastFill === null || reading !== lastFill) return [];
  return kind === 'vehicle'
    ? [{ rule: 'ODOMETER_NOT_MOVED', odometerKm: reading, lastFillOdometerKm: lastFill }]
    : [{ rule: 'ENGINE_HOURS_NOT_MOVED', engineHours: reading, lastFillEngineHours: lastFill }];
}

function normOf(stats: RunningStats, x: number): ConsumptionNorm | null {
  const range = normalRange(stats);
  if (range === null || (x >= range.low && x <= range.high)) return null;
  return {
    meanLitresPer100Km: round2(stats.mean),
    stdDevLitresPer100Km: range.stdDev,
    lowLitresPer100Km: range.low,
    highLitresPer100Km: range.high,
    samples: stats.count,
  };
}

function outliers(litresPer100Km: number, facts: NonNullable<FuelAssetFacts['consumption']>): FuelFlag[] {
  const own = normOf(facts.vehicle, litresPer100Km);
  const ofType = normOf(facts.type, litresPer100Km);
  return [
    ...(own === null ? [] : [{ rule: 'CONSUMPTION_OUTLIER_FOR_VEHICLE' as const, litresPer100Km, ...own }]),
    ...(ofType === null
      ? []
      : [
          {
            rule: 'CONSUMPTION_OUTLIER_FOR_TYPE' as const,
            vehicleType: facts.vehicleType,
            litresPer100Km,
            ...ofType,
          },
        ]),
  ];
}
