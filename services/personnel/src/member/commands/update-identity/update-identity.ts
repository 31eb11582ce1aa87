import { Body, Param } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';
import {
  CommandContext,
  CommandCtx,
  CommandResult,
  CommandRoute,
  RecordController,
  Text,
  withoutReason,
} from '@muster/platform';
import { MemberIdentityDto, toMemberIdentity } from '../../identity/identity.dto';
import { memberAggregate } from '../../member.aggregate';
import { MemberIdParam } from '../../member.routes';
import { IdentityVault } from '../../../vault/identity-vault';

export class UpdateIdentityDto {
  @IsObject()
  @ValidateNested()
  @Type(() => MemberIdentityDto)
  identity!: MemberIdentityDto;

  @Text(500) reason!: string;
}

export class UpdateIdentity extends Command<CommandResult> {
  constructor(
    readonly memberId: string,
    readonly dto: UpdateIdentityDto,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(UpdateIdentity)
export class UpdateIdentityHandler implements ICommandHandler<UpdateIdentity> {
  constructor(
    private readonly bus: CommandBus,
    private readonly vault: IdentityVault,
  ) {}

  async execute({ memberId, dto, ctx }: UpdateIdentity): Promise<CommandResult> {
    // Sealed with the member's existing data key (never a new one), so a later erasure shreds this version too; the
    // reason with it, and not in clear in the metadata.
    const identity = await this.vault.reseal(memberId, toMemberIdentity(dto.identity));
    const reason = await this.vault.sealText(memberId, dto.reason);
    return this.bus.execute(
      memberAggregate.command(memberId, { type: 'UpdateIdentity', identity, reason }, withoutReason(ctx)),
    );
  }
}

@RecordController('members', 'members')
export class UpdateIdentityController {
  constructor(private readonly bus: CommandBus) {}

  @CommandRoute(':memberId/identity', {
    summary: 'Replace a member’s legal identity (a new phone, a corrected name); sealed before it is stored',
    roles: ['hr', 'admin'],
    method: 'PUT',
  })
  update(
    @Param() { memberId }: MemberIdParam,
    @Body() dto: UpdateIdentityDto,
    @CommandCtx() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.bus.execute(new UpdateIdentity(memberId, dto, ctx));
  }
}
