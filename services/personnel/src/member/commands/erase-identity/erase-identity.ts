import { Body, Param } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler, Command as TypedCommand } from '@nestjs/cqrs';
import { Command, CommandContext } from '@muster/platform';
import { MemberRecords } from '../../member-records';
import { MemberCommandPost, MemberIdParam, MemberRoute } from '../../member-route';
import { CommandResult } from '../../../shared/command-result';
import { Text } from '../../../shared/validation';

export class EraseIdentityDto {
  @Text(1000, { description: 'Why the identity is erased (recorded in the member’s history)' }) reason!: string;
}

export class EraseIdentity extends TypedCommand<CommandResult> {
  constructor(
    readonly memberId: string,
    readonly dto: EraseIdentityDto,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

/**
 * Crypto-shredding: the event is appended and, in the same transaction, the identity-shredder projection deletes
 * the member's wrapped data key and name index rows. Operational history stays; every sealed copy is unreadable.
 */
@CommandHandler(EraseIdentity)
export class EraseIdentityHandler implements ICommandHandler<EraseIdentity> {
  constructor(private readonly members: MemberRecords) {}

  execute({ memberId, dto, ctx }: EraseIdentity): Promise<CommandResult> {
    return this.members.handle(memberId, { type: 'EraseIdentity', reason: dto.reason }, ctx);
  }
}

@MemberRoute()
export class EraseIdentityController {
  constructor(private readonly commands: CommandBus) {}

  @MemberCommandPost(
    'identity-erasure',
    'Erase a member’s legal identity for good (crypto-shredding); the operational record stays',
  )
  handle(
    @Param() { memberId }: MemberIdParam,
    @Body() dto: EraseIdentityDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new EraseIdentity(memberId, dto, ctx));
  }
}
