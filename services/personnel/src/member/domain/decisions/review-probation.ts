import { unreachable } from '@muster/event-sourcing';
import { requireIsoDate } from '@muster/event-sourcing';
import { optionalPersonalText, requirePersonalText } from '../common-rules';
import { ReviewProbation } from '../member.commands';
import { MemberErrors as E } from '../member.errors';
import {
  MemberDeparted,
  MemberProbationConfirmed,
  MemberProbationEnded,
  MemberProbationExtended,
} from '../member.events';
import { MemberState } from '../member.state';
import { requireInService } from './guards';

/** Confirms a member on probation (once their induction is done), extends the probation to a later date, or ends it (the member departs). */
export function reviewProbation(
  command: ReviewProbation,
  state: MemberState,
): (MemberProbationConfirmed | MemberProbationExtended | MemberProbationEnded | MemberDeparted)[] {
  requireInService(state);
  if (state.probationEndsOn === null) throw E.notOnProbation();
  requireIsoDate(command.reviewedOn, 'reviewedOn');
  const outcome = command.outcome;
  switch (outcome.kind) {
    case 'confirm':
      // Every member, direct or integrated, takes the induction (humanitarian principles, procedures) first.
      if (outcome.inductionCompletedOn === null) throw E.inductionNotCompleted();
      return [
        {
          type: 'MemberProbationConfirmed',
          data: { confirmedOn: command.reviewedOn, notes: optionalPersonalText(outcome.notes) },
        },
      ];
    case 'extend': {
      requireIsoDate(outcome.newEndsOn, 'outcome.newEndsOn');
      if (outcome.newEndsOn <= state.probationEndsOn) throw E.probationExtensionNotLater(state.probationEndsOn);
      const reason = requirePersonalText(outcome.reason, () => E.reasonRequired('outcome.reason'));
      return [
        {
          type: 'MemberProbationExtended',
          data: { previousEndsOn: state.probationEndsOn, newEndsOn: outcome.newEndsOn, reason },
        },
      ];
    }
    case 'end': {
      const reason = requirePersonalText(outcome.reason, () => E.reasonRequired('outcome.reason'));
      return [
        { type: 'MemberProbationEnded', data: { endedOn: command.reviewedOn, reason } },
        {
          type: 'MemberDeparted',
          data: { departedOn: command.reviewedOn, reason: 'probation-ended', notes: reason },
        },
      ];
    }
    default:
      return unreachable(outcome);
  }
}
