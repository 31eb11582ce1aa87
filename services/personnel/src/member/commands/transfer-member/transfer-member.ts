import { Body, Param } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler, Command as TypedCommand } from '@nestjs/cqrs';
import { IsUUID } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { Command, CommandContext } from '@muster/platform';
import { MemberRecords } from '../../member-records';
import { MemberCommandPost, MemberIdParam, MemberRoute } from '../../member-route';
import { CommandResult } from '../../../shared/command-result';
import { IsCalendarDate, Text } from '../../../shared/validation';

export class TransferMemberDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  toCentreId!: string;

  @IsCalendarDate() effectiveOn!: string;

  @Text(500) reason!: string;
}

export class TransferMember extends TypedCommand<CommandResult> {
  constructor(
    readonly memberId: string,
    readonly dto: TransferMemberDto,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(TransferMember)
export class TransferMemberHandler implements ICommandHandler<TransferMember> {
  constructor(private readonly members: MemberRecords) {}

  execute({ memberId, dto, ctx }: TransferMember): Promise<CommandResult> {
    return this.members.handle(
      memberId,
      { type: 'TransferMember', toCentreId: dto.toCentreId, effectiveOn: dto.effectiveOn, reason: dto.reason },
      ctx,
    );
  }
}

@MemberRoute()
export class TransferMemberController {
  constructor(private readonly commands: CommandBus) {}

  @MemberCommandPost('transfers', 'Transfer a member to another centre')
  handle(
    @Param() { memberId }: MemberIdParam,
    @Body() dto: TransferMemberDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new TransferMember(memberId, dto, ctx));
  }
}
