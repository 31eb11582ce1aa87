import { isPartialDate } from '@muster/event-sourcing';
import { requireSealedIdentity, requireText } from '../../../member/domain/common-rules';
import { AddIntakePerson } from '../crew-intake.commands';
import { CrewIntakeErrors as E } from '../crew-intake.errors';
import { IntakePersonAdded, PriorService } from '../crew-intake.events';
import { CrewIntakeState } from '../crew-intake.state';
import { requireOpen, text } from './guards';

function requirePartialDate(value: unknown, field: string): string {
  if (!isPartialDate(value)) throw E.invalidPartialDate(field, value);
  return value;
}

function checkedPriorService(entries: readonly PriorService[]): PriorService[] {
  if (!Array.isArray(entries) || entries.length === 0) throw E.priorServiceRequired();
  return entries.map((entry, i) => {
    const organisation = text(entry.organisation);
    const rankOrRole = text(entry.rankOrRole);
    if (!organisation || !rankOrRole) throw E.priorServiceIncomplete(i);
    const from = requirePartialDate(entry.from, `priorService[${i}].from`);
    const to = entry.to === null ? null : requirePartialDate(entry.to, `priorService[${i}].to`);
    // Compare at the precision both share: 2015 vs 2015-03 is fine, 2016-01 vs 2015 is not.
    if (to !== null && to.slice(0, from.length) < from.slice(0, to.length)) throw E.priorServiceEndsBeforeItStarts(i);
    return { organisation, rankOrRole, from, to };
  });
}

/** Adds a person of the crew, once, with a sealed identity of their own and their prior service. */
export function addIntakePerson(command: AddIntakePerson, state: CrewIntakeState): IntakePersonAdded[] {
  requireOpen(state);
  if (state.people.some((p) => p.personId === command.personId)) throw E.personAlreadyAdded(command.personId);
  const callSign = requireText(command.callSign, E.callSignRequired);
  requireSealedIdentity(command.identity);
  const keyId = command.identity.keyId;
  if (state.people.some((p) => p.identity.keyId === keyId)) throw E.duplicateIdentity(keyId);
  const priorService = checkedPriorService(command.priorService);
  return [
    {
      type: 'IntakePersonAdded',
      data: {
        personId: command.personId,
        callSign,
        identity: { keyId, sealed: { ...command.identity.sealed } },
        priorService,
      },
    },
  ];
}
