import { Body, Param } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler, Command as TypedCommand } from '@nestjs/cqrs';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { PostgresEventStore } from '@muster/event-store';
import { Command, CommandContext } from '@muster/platform';
import { actorOf, MemberRecords } from '../../../member/member-records';
import { CommandResult } from '../../../shared/command-result';
import { crewIntakeStreamId } from '../../../shared/streams';
import { IsCalendarDate } from '../../../shared/validation';
import { CrewIntakeRecords } from '../../crew-intake-records';
import { CrewIntakeCommandPost, CrewIntakeRoute, IntakeIdParam, intakeMemberId } from '../../crew-intake-route';
import { crewIntakeDecider } from '../../domain/crew-intake.decider';
import { CrewIntakeEvent } from '../../domain/crew-intake.events';

export class CompleteCrewIntakeDto {
  @IsCalendarDate() completedOn!: string;

  @ApiProperty({ minimum: 1, maximum: 24, example: 6 })
  @IsInt()
  @Min(1)
  @Max(24)
  probationMonths!: number;
}

export class CompleteCrewIntakeResult extends CommandResult {
  @ApiProperty({ description: 'Each cleared person and the member they became' })
  members!: { personId: string; memberId: string; version: number }[];
}

export class CompleteCrewIntake extends TypedCommand<CompleteCrewIntakeResult> {
  constructor(
    readonly intakeId: string,
    readonly dto: CompleteCrewIntakeDto,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

/**
 * Completes the intake, then makes each cleared person a member of origin integrated-crew on probation. Every
 * member step has a deterministic member id and its own idempotency key, so a retried completion (after a crash
 * half-way) finishes the job instead of duplicating anyone.
 */
@CommandHandler(CompleteCrewIntake)
export class CompleteCrewIntakeHandler implements ICommandHandler<CompleteCrewIntake> {
  constructor(
    private readonly intakes: CrewIntakeRecords,
    private readonly members: MemberRecords,
    private readonly store: PostgresEventStore,
  ) {}

  async execute({ intakeId, dto, ctx }: CompleteCrewIntake): Promise<CompleteCrewIntakeResult> {
    const loaded = await this.store.load(crewIntakeDecider, crewIntakeStreamId(intakeId));
    const version =
      loaded.state.status === 'completed'
        ? loaded.version
        : (
            await this.intakes.handle(
              intakeId,
              { type: 'CompleteCrewIntake', completedOn: dto.completedOn, probationMonths: dto.probationMonths },
              ctx,
            )
          ).version;
    const events = (await this.store.readStream(crewIntakeStreamId(intakeId))).map(
      (e) => ({ type: e.type, data: e.data }) as CrewIntakeEvent,
    );
    const opened = events.find((e) => e.type === 'CrewIntakeOpened');
    const completed = events.find((e) => e.type === 'CrewIntakeCompleted');
    if (opened?.type !== 'CrewIntakeOpened' || completed?.type !== 'CrewIntakeCompleted')
      throw new Error(`intake ${intakeId} has no completion`);
    const vetting = new Map(
      events.flatMap((e) => (e.type === 'IntakePersonVetted' ? [[e.data.personId, e.data] as const] : [])),
    );
    const memberCtx: CommandContext = { ...ctx, expectedVersion: undefined, idempotencyKey: undefined };
    const members = [];
    for (const person of completed.data.cleared) {
      const memberId = intakeMemberId(intakeId, person.personId);
      const step = (name: string) => ({ idempotencyKey: `member-${memberId}:crew-intake:${name}` });
      const vetted = vetting.get(person.personId);
      await this.members.handle(
        memberId,
        {
          type: 'ApplyForMembership',
          memberId,
          callSign: person.callSign,
          rolesSought: person.roles,
          preferredCentreId: completed.data.receivingCentreId,
          identity: person.identity,
          appliedOn: opened.data.openedOn,
        },
        memberCtx,
        step('apply'),
      );
      await this.members.handle(
        memberId,
        {
          type: 'VetApplicant',
          outcome: 'cleared',
          vettedBy: vetted?.vettedBy ?? ctx.user.id,
          vettedOn: vetted?.vettedOn ?? completed.data.completedOn,
          notes: `Vetted in crew intake ${intakeId}. ${vetted?.notes ?? ''}`.trim(),
        },
        memberCtx,
        step('vet'),
      );
      const onboarded = await this.members.handle(
        memberId,
        {
          type: 'OnboardMember',
          centreId: completed.data.receivingCentreId,
          roles: person.roles,
          startsOn: completed.data.completedOn,
          origin: { kind: 'integrated-crew', intakeId, probationEndsOn: completed.data.probationEndsOn },
          actor: actorOf(ctx),
        },
        memberCtx,
        step('onboard'),
      );
      members.push({ personId: person.personId, memberId, version: onboarded.version });
    }
    return { id: intakeId, version, members };
  }
}

@CrewIntakeRoute()
export class CompleteCrewIntakeController {
  constructor(private readonly commands: CommandBus) {}

  @CrewIntakeCommandPost(
    ':intakeId/completion',
    'Complete the intake: every cleared person becomes a member on probation (safe to retry)',
  )
  complete(
    @Param() { intakeId }: IntakeIdParam,
    @Body() dto: CompleteCrewIntakeDto,
    @Command() ctx: CommandContext,
  ): Promise<CompleteCrewIntakeResult> {
    return this.commands.execute(new CompleteCrewIntake(intakeId, dto, ctx));
  }
}
