import { Body, Param } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler, Command as TypedCommand } from '@nestjs/cqrs';
import { IsOptional, IsUUID } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { Command, CommandContext } from '@muster/platform';
import { MemberRole } from '../../domain/member.events';
import { MemberRecords, actorOf } from '../../member-records';
import { MemberCommandPost, MemberIdParam, MemberRoute } from '../../member-route';
import { CommandResult } from '../../../shared/command-result';
import { IsCalendarDate, MemberRoles } from '../../../shared/validation';

export class OnboardMemberDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  centreId!: string;

  @MemberRoles() roles!: MemberRole[];

  @IsCalendarDate() startsOn!: string;

  @IsOptional()
  @IsCalendarDate({ required: false, nullable: true })
  probationEndsOn?: string | null;
}

export class OnboardMember extends TypedCommand<CommandResult> {
  constructor(
    readonly memberId: string,
    readonly dto: OnboardMemberDto,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(OnboardMember)
export class OnboardMemberHandler implements ICommandHandler<OnboardMember> {
  constructor(private readonly members: MemberRecords) {}

  execute({ memberId, dto, ctx }: OnboardMember): Promise<CommandResult> {
    return this.members.handle(
      memberId,
      {
        type: 'OnboardMember',
        centreId: dto.centreId,
        roles: dto.roles,
        startsOn: dto.startsOn,
        origin: { kind: 'direct', probationEndsOn: dto.probationEndsOn ?? null },
        actor: actorOf(ctx),
      },
      ctx,
    );
  }
}

@MemberRoute()
export class OnboardMemberController {
  constructor(private readonly commands: CommandBus) {}

  @MemberCommandPost('onboarding', 'Onboard a cleared applicant at a centre, with roles and an optional probation')
  handle(
    @Param() { memberId }: MemberIdParam,
    @Body() dto: OnboardMemberDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new OnboardMember(memberId, dto, ctx));
  }
}
