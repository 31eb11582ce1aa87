import { Body, HttpCode, Param, Put } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler, Command as TypedCommand } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';
import { Roles } from '@muster/auth';
import { Command, CommandContext } from '@muster/platform';
import { MemberIdentityDto, toMemberIdentity } from '../../identity/identity.dto';
import { MemberRecords } from '../../member-records';
import { MemberIdParam, MemberRoute } from '../../member-route';
import { IdentityVault } from '../../../vault/identity-vault';
import { CommandResult } from '../../../shared/command-result';
import { Text } from '../../../shared/validation';

export class UpdateIdentityDto {
  @IsObject()
  @ValidateNested()
  @Type(() => MemberIdentityDto)
  identity!: MemberIdentityDto;

  @Text(500) reason!: string;
}

export class UpdateIdentity extends TypedCommand<CommandResult> {
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
    private readonly members: MemberRecords,
    private readonly vault: IdentityVault,
  ) {}

  async execute({ memberId, dto, ctx }: UpdateIdentity): Promise<CommandResult> {
    // Sealed with the member's existing data key (never a new one), so a later erasure shreds this version too.
    const identity = await this.vault.reseal(memberId, toMemberIdentity(dto.identity));
    return this.members.handle(memberId, { type: 'UpdateIdentity', identity }, ctx);
  }
}

@MemberRoute()
export class UpdateIdentityController {
  constructor(private readonly commands: CommandBus) {}

  @Put(':memberId/identity')
  @HttpCode(200)
  @Roles('hr', 'admin')
  @ApiOperation({
    summary: 'Replace a member’s legal identity (a new phone, a corrected name); sealed before it is stored',
  })
  @ApiOkResponse({ type: CommandResult })
  handle(
    @Param() { memberId }: MemberIdParam,
    @Body() dto: UpdateIdentityDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new UpdateIdentity(memberId, dto, ctx));
  }
}
