import { requireIsoDate } from '@muster/event-sourcing';
import { AppointCommander } from '../centre.commands';
import { CentreErrors as E } from '../centre.errors';
import { CentreCommanderAppointed } from '../centre.events';
import { CentreState } from '../centre.state';
import { requireRegistered, requireText } from './guards';

/**
 * AppointCommander (admins only, by route): an active member commands the centre from a date, replacing whoever did,
 * never earlier than the current commander's appointment. It may be dated ahead: appointments are often announced first.
 */
export function appointCommander(command: AppointCommander, state: CentreState): CentreCommanderAppointed[] {
  requireRegistered(state);
  const memberId = requireText(command.memberId, 'the member to appoint');
  if (state.commander?.memberId === memberId) throw E.commanderAlreadyAppointed();
  if (!command.memberActive) throw E.commanderNotActiveMember();
  requireIsoDate(command.appointedOn, 'appointedOn');
  if (state.commander !== null && command.appointedOn < state.commander.since) {
    throw E.appointmentBeforeCurrent(state.commander.since);
  }
  return [
    {
      type: 'CentreCommanderAppointed',
      data: { memberId, appointedOn: command.appointedOn, previousCommanderId: state.commander?.memberId ?? null },
    },
  ];
}
