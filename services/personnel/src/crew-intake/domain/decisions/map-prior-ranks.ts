import { requirePersonalText, requireRoles } from '../../../member/domain/common-rules';
import { MEMBER_ROLES } from '../../../member/domain/member.events';
import { MapPriorRanks } from '../crew-intake.commands';
import { CrewIntakeErrors as E } from '../crew-intake.errors';
import { IntakePersonRolesMapped } from '../crew-intake.events';
import { CrewIntakeState } from '../crew-intake.state';
import { mapPriorService } from '../rank-mapping';
import { requireOpen, requirePerson } from './guards';

/**
 * Maps a person's prior ranks to Muster roles with the default table, or takes the roles HR chose (and why); the
 * table's reading is recorded either way. May be redone until the intake completes.
 */
export function mapPriorRanks(command: MapPriorRanks, state: CrewIntakeState): IntakePersonRolesMapped[] {
  requireOpen(state);
  const person = requirePerson(state, command.personId);
  if (person.vetting?.outcome === 'rejected') throw E.personRejected(person.personId);
  const table = mapPriorService(person.priorService);
  const mapping = table.entries.map((e) => ({ ...e, roles: [...e.roles] }));
  if (command.override === null) {
    if (table.roles.length === 0) throw E.unmappedPriorRank(table.unmapped);
    return [
      {
        type: 'IntakePersonRolesMapped',
        data: {
          personId: person.personId,
          mapping,
          roles: table.roles,
          source: 'default-table',
          overrideReason: null,
        },
      },
    ];
  }
  const chosen = requireRoles(command.override.roles);
  if (chosen.includes('centre-commander')) throw E.commanderNotByMapping();
  const reason = requirePersonalText(command.override.reason, () => E.reasonRequired('override.reason'));
  return [
    {
      type: 'IntakePersonRolesMapped',
      data: {
        personId: person.personId,
        mapping,
        roles: MEMBER_ROLES.filter((r) => chosen.includes(r)),
        source: 'override',
        overrideReason: reason,
      },
    },
  ];
}
