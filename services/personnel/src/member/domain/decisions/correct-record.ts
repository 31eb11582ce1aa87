import { DecisionContext, unreachable } from '@muster/event-sourcing';
import { requirePersonalText, requireText } from '../common-rules';
import { CorrectRecord } from '../member.commands';
import { MemberErrors as E } from '../member.errors';
import { MemberRecordCorrected, RecordCorrection } from '../member.events';
import { MemberState } from '../member.state';
import { checkFinalDate, hasSeniorAuthority } from './guards';

/** An admin corrects a recorded fact (call-sign, death, departure, or a final status recorded in error). */
export function correctRecord(
  command: CorrectRecord,
  state: MemberState,
  { now }: DecisionContext,
): MemberRecordCorrected[] {
  if (!hasSeniorAuthority(command.actor)) throw E.adminRoleRequired();
  if (state.status === 'prospective') throw E.notFound();
  const reason = requirePersonalText(command.reason, () => E.reasonRequired('reason'));
  const c = command.correction;
  let correction: RecordCorrection = c;
  switch (c.kind) {
    case 'call-sign':
      correction = { kind: 'call-sign', callSign: requireText(c.callSign, E.callSignRequired) };
      break;
    case 'death-record':
      if (state.status !== 'killed') throw E.nothingToCorrect(c.kind);
      checkFinalDate(c.diedOn, 'correction.diedOn', state, now);
      correction = { ...c, incidentRef: requireText(c.incidentRef, E.incidentRefRequired) };
      break;
    case 'departure-record':
      if (state.status !== 'departed') throw E.nothingToCorrect(c.kind);
      checkFinalDate(c.departedOn, 'correction.departedOn', state, now);
      break;
    case 'final-status-revoked':
      if (state.status !== 'killed' && state.status !== 'departed') throw E.nothingToCorrect(c.kind);
      break;
    default:
      return unreachable(c);
  }
  return [{ type: 'MemberRecordCorrected', data: { correction, reason, correctedBy: command.actor.id } }];
}
