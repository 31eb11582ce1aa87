import { DecisionContext } from '@muster/event-sourcing';
import { checklistFor, failedItemsNote } from '../checklists';
import { RecordCheck } from '../vehicle.commands';
import { VehicleErrors as E } from '../vehicle.errors';
import { VehicleCheckRecorded, VehicleStatusChanged } from '../vehicle.events';
import { VehicleState } from '../vehicle.state';
import {
  nextId,
  pastInstant,
  requireActive,
  requireActsFor,
  requireEngineHoursForward,
  requireNotInTransit,
  requireOdometerForward,
  requireRegistered,
  statusChanged,
} from './guards';

/**
 * RecordCheck: a daily or weekly check at the vehicle's centre, every item of its type's checklist passed or failed.
 * A failed critical item takes it off the road at once. Commanders check the vehicles at their own centres.
 */
export function recordCheck(
  command: RecordCheck,
  state: VehicleState,
  { now }: DecisionContext,
): (VehicleCheckRecorded | VehicleStatusChanged)[] {
  requireRegistered(state);
  requireActsFor(command.actor, state.centreId);
  requireActive(state);
  requireNotInTransit(state);
  requireOdometerForward(state, command.odometerKm);
  requireEngineHoursForward(state, command.engineHours);
  const performedAt = pastInstant(command.performedAt, 'performedAt', now);
  const checklist = checklistFor(state.vehicleType, command.kind);
  const codes = command.items.map((i) => i.code);
  const duplicates = codes.filter((code, i) => codes.indexOf(code) !== i);
  if (duplicates.length > 0) throw E.duplicateCheckItems([...new Set(duplicates)]);
  const unknown = codes.filter((code) => !checklist.some((item) => item.code === code));
  if (unknown.length > 0) throw E.unknownCheckItems(unknown);
  const missing = checklist.filter((item) => !codes.includes(item.code)).map((item) => item.code);
  if (missing.length > 0) throw E.checklistIncomplete(missing);

  const items = checklist.map((item) => {
    const result = command.items.find((i) => i.code === item.code);
    return {
      code: item.code,
      critical: item.critical,
      passed: result?.passed ?? false,
      note: result?.note.trim() ?? '',
    };
  });
  const failedCriticalItems = items.filter((i) => i.critical && !i.passed).map((i) => i.code);
  return [
    {
      type: 'VehicleCheckRecorded',
      data: {
        checkId: nextId(state, 'check', state.checkCount),
        kind: command.kind,
        performedAt,
        centreId: state.centreId,
        odometerKm: command.odometerKm,
        engineHours: command.engineHours,
        items,
        failedCriticalItems,
      },
    },
    ...(failedCriticalItems.length > 0
      ? statusChanged(state, 'unserviceable', 'FAILED_CHECK', failedItemsNote(failedCriticalItems))
      : []),
  ];
}
