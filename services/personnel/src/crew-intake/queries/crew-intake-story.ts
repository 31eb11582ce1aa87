import { Get, Injectable, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Roles } from '@muster/auth';
import { PostgresEventStore } from '@muster/event-store';
import { fold } from '@muster/event-sourcing';
import { MEMBER_ROLES, MemberRole } from '../../member/domain/member.events';
import { MemberProfiles } from '../../member/projections/member-profile/member-profile.queries';
import { MEMBER_STATUSES } from '../../member/projections/member-profile/member-profile.view';
import { MemberTimelines, TimelineEntry } from '../../member/projections/timeline/member-timeline';
import { CrewIntakeController, IntakeIdParam } from '../crew-intake.routes';
import { intakeMemberId } from '../domain/intake-member-id';
import { IntakePerson, crewIntakeDecider } from '../domain/crew-intake.decider';
import { CrewIntakeErrors } from '../domain/crew-intake.errors';
import { crewIntakeCatalogue } from '../domain/crew-intake.catalogue';
import { PriorService } from '../domain/crew-intake.events';
import { IdentityVault } from '../../vault/identity-vault';

const ROLE_ENUM = { enum: MEMBER_ROLES, isArray: true } as const;

export class IntakePriorService implements PriorService {
  @ApiProperty() readonly organisation!: string;
  @ApiProperty() readonly rankOrRole!: string;
  @ApiProperty({ description: 'YYYY, YYYY-MM or YYYY-MM-DD' }) readonly from!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null: until the intake' }) readonly to!: string | null;
}

export class IntakeOpening {
  @ApiProperty({ format: 'uuid' }) readonly intakeId!: string;
  @ApiProperty() readonly sourceOrganisation!: string;
  @ApiProperty() readonly unitName!: string;
  @ApiProperty({ format: 'uuid' }) readonly receivingCentreId!: string;
  @ApiProperty({ type: String, format: 'date' }) readonly openedOn!: string;
}

/** How the intake ended: `CrewIntakeCompleted` (with its dates and the rejected) or `CrewIntakeCancelled` (why). */
export class IntakeEnding {
  @ApiProperty({ enum: ['CrewIntakeCompleted', 'CrewIntakeCancelled'] })
  readonly type!: 'CrewIntakeCompleted' | 'CrewIntakeCancelled';
  @ApiPropertyOptional({ type: String, format: 'date', description: 'completed' }) readonly completedOn?: string;
  @ApiPropertyOptional({ type: String, format: 'date', description: 'completed' }) readonly probationEndsOn?: string;
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'completed' })
  readonly rejectedPersonIds?: string[];
  @ApiPropertyOptional({ type: String, format: 'date', description: 'cancelled' }) readonly cancelledOn?: string;
  @ApiPropertyOptional({ description: 'cancelled' }) readonly reason?: string;
}

export class IntakeVetting {
  @ApiProperty({ enum: ['cleared', 'rejected'] }) readonly outcome!: 'cleared' | 'rejected';
  @ApiProperty() readonly vettedBy!: string;
  @ApiProperty({ type: String, format: 'date' }) readonly vettedOn!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null once erased' }) readonly notes!: string | null;
  @ApiProperty() readonly notesErased!: boolean;
}

export class IntakeRankMapping {
  @ApiProperty() readonly organisation!: string;
  @ApiProperty() readonly rankOrRole!: string;
  @ApiProperty(ROLE_ENUM) readonly roles!: MemberRole[];
}

export class IntakeRolesMapping {
  @ApiProperty(ROLE_ENUM) readonly roles!: MemberRole[];
  @ApiProperty({ enum: ['default-table', 'override'] }) readonly source!: 'default-table' | 'override';
  @ApiProperty({ type: String, nullable: true, description: 'null: no override, or erased' })
  readonly overrideReason!: string | null;
  @ApiProperty() readonly overrideReasonErased!: boolean;
  @ApiProperty({ type: [IntakeRankMapping], description: 'what the default table made of each prior rank' })
  readonly table!: IntakeRankMapping[];
}

export class IntakeMember {
  @ApiProperty({ enum: MEMBER_STATUSES }) readonly status!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) readonly centreId!: string | null;
  @ApiProperty({ type: 'integer' }) readonly version!: number;
  @ApiProperty({ type: [TimelineEntry] }) readonly history!: TimelineEntry[];
}

export class IntakePersonStory {
  @ApiProperty({ format: 'uuid' }) readonly personId!: string;
  @ApiProperty() readonly callSign!: string;
  @ApiProperty({ type: [IntakePriorService] }) readonly priorService!: readonly PriorService[];
  @ApiProperty({ type: IntakeVetting, nullable: true }) readonly vetting!: IntakeVetting | null;
  @ApiProperty({ type: IntakeRolesMapping, nullable: true }) readonly mapping!: IntakeRolesMapping | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'the member the person became' })
  readonly memberId!: string | null;
  @ApiProperty({ type: IntakeMember, nullable: true }) readonly member!: IntakeMember | null;
}

export class CrewIntakeStory {
  @ApiProperty({ format: 'uuid' }) readonly intakeId!: string;
  @ApiProperty({ type: 'integer' }) readonly version!: number;
  @ApiProperty({ enum: ['none', 'open', 'completed', 'cancelled'] }) readonly status!: string;
  @ApiProperty({ type: IntakeOpening, nullable: true }) readonly opened!: IntakeOpening | null;
  @ApiProperty({ type: IntakeEnding, nullable: true }) readonly ending!: IntakeEnding | null;
  @ApiProperty({ type: [IntakePersonStory] }) readonly people!: IntakePersonStory[];
}

/** An intake told as one story: the crew, each person's vetting and mapping, and what became of them as members. */
@Injectable()
export class CrewIntakeStories {
  constructor(
    private readonly store: PostgresEventStore,
    private readonly timelines: MemberTimelines,
    private readonly profiles: MemberProfiles,
    private readonly vault: IdentityVault,
  ) {}

  async story(intakeId: string): Promise<CrewIntakeStory> {
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
    const people: IntakePersonStory[] = [];
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
      let member: IntakeMember | null = null;
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
  @ApiOkResponse({ type: CrewIntakeStory })
  story(@Param() { intakeId }: IntakeIdParam): Promise<CrewIntakeStory> {
    return this.stories.story(intakeId);
  }
}
