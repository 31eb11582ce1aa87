import { DecisionContext, requireNotInFuture } from '@muster/event-sourcing';
import { RecordDamage } from '../vehicle.commands';
import { VehicleErrors as E } from '../vehicle.errors';
import { DamageCause, VehicleDamaged, VehicleStatusChanged } from '../vehicle.events';
import { VehicleState } from '../vehicle.state';
import { nextId, requireActive, requireOdometerForward, requiredText, statusChanged } from './guards';

/** Damage from an attack is evidence: it must name the incident it happened in. */
const ATTACKS: readonly DamageCause[] = ['air-strike', 'double-tap-strike', 'shelling', 'explosive-remnant'];

/**
 * RecordDamage: what hit the vehicle, when, in which incident, how badly. Severe damage takes it off the road at once
 * (on a move, it arrives unserviceable).
 */
export function recordDamage(
  command: RecordDamage,
  state: VehicleState,
  { now }: DecisionContext,
): (VehicleDamaged | VehicleStatusChanged)[] {
  requireActive(state);
  requireNotInFuture(command.occurredOn, 'occurredOn', now);
  const incidentRef = command.incidentRef?.trim() || null;
  if (incidentRef === null && ATTACKS.includes(command.cause)) throw E.incidentRefRequired(command.cause);
  if (command.odometerKm !== null) requireOdometerForward(state, command.odometerKm);
  const description = requiredText(command.description, 'description', E.detailsRequired);
  return [
    {
      type: 'VehicleDamaged',
      data: {
        damageId: nextId(state, 'damage', state.damageIds.length),
        cause: command.cause,
        occurredOn: command.occurredOn,
        incidentRef,
        severity: command.severity,
        description,
        odometerKm: command.odometerKm,
      },
    },
    ...(command.severity === 'severe' && state.move === null
      ? statusChanged(state, 'unserviceable', 'DAMAGED', description)
      : []),
  ];
}
