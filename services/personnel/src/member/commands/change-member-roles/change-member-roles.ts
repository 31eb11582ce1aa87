import { Body, Param } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler, Command as TypedCommand } from '@nestjs/cqrs';
import { Command, CommandContext } from '@muster/platform';
import { MemberRole } from '../../domain/member.events';
import { MemberRecords, actorOf } from '../../member-records';
import { MemberCommandPost, MemberIdParam, MemberRoute } from '../../member-route';
import { CommandResult } from '../../../shared/command-result';
import { IsCalendarDate, MemberRoles, Text } from '../../../shared/validation';

export class ChangeMemberRolesDto {
  @MemberRoles() roles!: MemberRole[];

  @IsCalendarDate() effectiveOn!: string;

  @Text(500) reason!: string;
}

export class ChangeMemberRoles extends TypedCommand<CommandResult> {
  constructor(
    readonly memberId: string,
    readonly dto: ChangeMemberRolesDto,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ChangeMemberRoles)
export class ChangeMemberRolesHandler implements ICommandHandler<ChangeMemberRoles> {
  constructor(private readonly members: MemberRecords) {}

  execute({ memberId, dto, ctx }: ChangeMemberRoles): Promise<CommandResult> {
    return this.members.handle(
      memberId,
      {
        type: 'ChangeMemberRoles',
        roles: dto.roles,
        effectiveOn: dto.effectiveOn,
        reason: dto.reason,
        actor: actorOf(ctx),
      },
      ctx,
    );
  }
}

@MemberRoute()
export class ChangeMemberRolesController {
  constructor(private readonly commands: CommandBus) {}

  @MemberCommandPost('role-changes', 'Change a member’s roles (appointing a centre commander is for admins)')
  handle(
    @Param() { memberId }: MemberIdParam,
    @Body() dto: ChangeMemberRolesDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new ChangeMemberRoles(memberId, dto, ctx));
  }
}
