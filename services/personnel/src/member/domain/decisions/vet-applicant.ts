import { checkedVetting } from '../common-rules';
import { VetApplicant } from '../member.commands';
import { MemberErrors as E } from '../member.errors';
import { MemberVetted } from '../member.events';
import { MemberState } from '../member.state';
import { requireOpenRecord } from './guards';

/** Clears or rejects an applicant, once; a rejection closes the application. */
export function vetApplicant(command: VetApplicant, state: MemberState): MemberVetted[] {
  requireOpenRecord(state);
  if (state.status === 'cleared') throw E.alreadyVetted('cleared');
  if (state.status !== 'applied') throw E.alreadyOnboarded();
  const { vettedBy, notes } = checkedVetting(command);
  return [{ type: 'MemberVetted', data: { outcome: command.outcome, vettedBy, vettedOn: command.vettedOn, notes } }];
}
