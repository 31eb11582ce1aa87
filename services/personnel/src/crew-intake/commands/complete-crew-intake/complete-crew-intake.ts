import { Body, Param } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler, Command as TypedCommand } from '@nestjs/cqrs';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { Command, CommandContext } from '@muster/platform';
import { actorOf, MemberRecords } from '../../../member/member-records';
import { CommandResult } from '../../../shared/command-result';
import { IsCalendarDate } from '../../../shared/validation';
import { CrewIntakeRecords } from '../../crew-intake-records';
import { CrewIntakeCommandPost, CrewIntakeRoute, IntakeIdParam } from '../../crew-intake-route';
import { intakeMemberId } from '../../../shared/deterministic-id';

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
  ) {}

  async execute({ intakeId, dto, ctx }: CompleteCrewIntake): Promise<CompleteCrewIntakeResult> {
    // Completing a completed intake records nothing (the decider says so): a retry goes on to make the members.
    const { version } = await this.intakes.handle(
      intakeId,
      { type: 'CompleteCrewIntake', completedOn: dto.completedOn, probationMonths: dto.probationMonths },
      ctx,
    );
    const { state } = await this.intakes.load(intakeId);
    const { completion, openedOn, receivingCentreId } = state;
    if (state.status !== 'completed' || completion === null || openedOn === null || receivingCentreId === null)
      throw new Error(`intake ${intakeId} has no completion`);
    const memberCtx: CommandContext = { ...ctx, expectedVersion: undefined, idempotencyKey: undefined };
    const members = [];
    for (const person of state.people) {
      const vetting = person.vetting;
      if (vetting?.outcome !== 'cleared') continue;
      const roles = [...(person.roles ?? [])];
      const memberId = intakeMemberId(intakeId, person.personId);
      const step = (name: string) => ({ idempotencyKey: `member-${memberId}:crew-intake:${name}` });
      await this.members.handle(
        memberId,
        {
          type: 'ApplyForMembership',
          memberId,
          callSign: person.callSign,
          rolesSought: roles,
          preferredCentreId: receivingCentreId,
          identity: person.identity,
          appliedOn: openedOn,
        },
        memberCtx,
        step('apply'),
      );
      await this.members.handle(
        memberId,
        {
          type: 'VetApplicant',
          outcome: 'cleared',
          vettedBy: vetting.vettedBy,
          vettedOn: vetting.vettedOn,
          notes: `Vetted in crew intake ${intakeId}. ${vetting.notes}`.trim(),
        },
        memberCtx,
        step('vet'),
      );
      const onboarded = await this.members.handle(
        memberId,
        {
          type: 'OnboardMember',
          centreId: receivingCentreId,
          roles,
          startsOn: completion.completedOn,
          origin: { kind: 'integrated-crew', intakeId, probationEndsOn: completion.probationEndsOn },
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
