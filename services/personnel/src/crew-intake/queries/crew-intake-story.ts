import { Get, Injectable, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Roles } from '@muster/auth';
import { PostgresEventStore } from '@muster/event-store';
import { fold } from '@muster/event-sourcing';
import { MemberProfiles } from '../../member/projections/member-profile/member-profile.queries';
import { MemberTimelines, TimelineEntry } from '../../member/projections/timeline/member-timeline';
import { CrewIntakeController, IntakeIdParam } from '../crew-intake.routes';
import { intakeMemberId } from '../domain/intake-member-id';
import { IntakePerson, crewIntakeDecider } from '../domain/crew-intake.decider';
import { CrewIntakeErrors } from '../domain/crew-intake.errors';
import { crewIntakeCatalogue } from '../domain/crew-intake.catalogue';
import { IdentityVault } from '../../vault/identity-vault';

/** An intake told as one story: the crew, each person's vetting and mapping, and what became of them as members. */
@Injectable()
export class CrewIntakeStories {
  constructor(
    private readonly store: PostgresEventStore,
    private readonly timelines: MemberTimelines,
    private readonly profiles: MemberProfiles,
    private readonly vault: IdentityVault,
  ) {}

  async story(intakeId: string) {
    const recorded = await this.store.readStream(crewIntakeCatalogue.streamId(intakeId));
    if (recorded.length === 0) throw CrewIntakeErrors.notFound();
    const events = recorded.flatMap((e) => {
      const event = crewIntakeCatalogue.narrow(e);
      return event ? [event] : [];
    });
    const state = fold(crewIntakeDecider, crewIntakeDecider.initialState, events);
    const opened = events.find((e) => e.type === 'CrewIntakeOpened');
    const ending = events.find((e) => e.type === 'CrewIntakeCompleted' || e.type === 'CrewIntakeCancelled');
    const memberIdOf = (personId: string): string => intakeMemberId(intakeId, personId);
    const becameMember = (person: IntakePerson): boolean =>
      state.status === 'completed' && person.vetting?.outcome === 'cleared';
    const profiles = new Map(
      (await this.profiles.byIds(state.people.filter(becameMember).map((p) => memberIdOf(p.personId)))).map(
        (profile) => [profile.memberId, profile] as const,
      ),
    );
    const people = [];
    for (const person of state.people) {
      const vetting = events.find((e) => e.type === 'IntakePersonVetted' && e.data.personId === person.personId);
      const mapping = events
        .filter((e) => e.type === 'IntakePersonRolesMapped' && e.data.personId === person.personId)
        .at(-1);
      // Sealed with the person's key: null, and said to be erased, once that key is shredded.
      const [notes, overrideReason] = await this.vault.openTexts([
        vetting?.type === 'IntakePersonVetted' ? vetting.data.notes : '',
        mapping?.type === 'IntakePersonRolesMapped' ? (mapping.data.overrideReason ?? '') : '',
      ]);
      const isMember = becameMember(person);
      const memberId = memberIdOf(person.personId);
      let member: { status: string; centreId: string | null; version: number; history: TimelineEntry[] } | null = null;
      if (isMember) {
        // One timeline per member: MemberTimelines has no batch read.
        const { entries } = await this.timelines.timeline(memberId);
        const profile = profiles.get(memberId);
        member = profile
          ? { status: profile.status, centreId: profile.centreId, version: profile.version, history: entries }
          : null;
      }
      people.push({
        personId: person.personId,
        callSign: person.callSign,
        priorService: person.priorService,
        vetting:
          vetting?.type === 'IntakePersonVetted'
            ? {
                outcome: vetting.data.outcome,
                vettedBy: vetting.data.vettedBy,
                vettedOn: vetting.data.vettedOn,
                notes,
                notesErased: notes === null,
              }
            : null,
        mapping:
          mapping?.type === 'IntakePersonRolesMapped'
            ? {
                roles: mapping.data.roles,
                source: mapping.data.source,
                overrideReason: mapping.data.overrideReason === null ? null : overrideReason,
                overrideReasonErased: overrideReason === null,
                table: mapping.data.mapping,
              }
            : null,
        memberId: isMember ? memberId : null,
        member,
      });
    }
    return {
      intakeId,
      version: recorded.length,
      status: state.status,
      opened: opened?.type === 'CrewIntakeOpened' ? opened.data : null,
      ending: ending
        ? {
            type: ending.type,
            ...(ending.type === 'CrewIntakeCompleted'
              ? {
                  completedOn: ending.data.completedOn,
                  probationEndsOn: ending.data.probationEndsOn,
                  rejectedPersonIds: ending.data.rejectedPersonIds,
                }
              : ending.data),
          }
        : null,
      people,
    };
  }
}

@CrewIntakeController()
export class CrewIntakeStoryController {
  constructor(private readonly stories: CrewIntakeStories) {}

  @Get(':intakeId')
  @Roles('hr', 'admin', 'auditor')
  @ApiOperation({
    summary:
      'The intake as one story: its people, their vetting and mapped roles, and the members they became with their history',
  })
  @ApiOkResponse({
    description:
      '{ intakeId, version, status, opened, ending, people: [{ personId, callSign, priorService, vetting, mapping, memberId, member }] }',
  })
  story(@Param() { intakeId }: IntakeIdParam) {
    return this.stories.story(intakeId);
  }
}
