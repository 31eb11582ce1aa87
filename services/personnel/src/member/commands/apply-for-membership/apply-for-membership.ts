import { Body, Post } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler, Command as TypedCommand } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { Roles } from '@muster/auth';
import { Command, CommandContext } from '@muster/platform';
import { MemberRole } from '../../domain/member.events';
import { MemberIdentityDto, toMemberIdentity } from '../../identity/identity.dto';
import { MemberRecords } from '../../member-records';
import { MemberRoute } from '../../member-route';
import { IdentityVault } from '../../../vault/identity-vault';
import { CommandResult } from '../../../shared/command-result';
import { deterministicUuid } from '../../../shared/deterministic-id';
import { CallSign, IsCalendarDate, MemberRoles } from '../../../shared/validation';

export class ApplyForMembershipDto {
  @CallSign() callSign!: string;

  @MemberRoles() rolesSought!: MemberRole[];

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all')
  preferredCentreId?: string | null;

  @IsCalendarDate() appliedOn!: string;

  @ApiProperty({
    type: MemberIdentityDto,
    description: 'Sealed with the new member’s own data key before it is stored',
  })
  @IsObject()
  @ValidateNested()
  @Type(() => MemberIdentityDto)
  identity!: MemberIdentityDto;
}

export class ApplyForMembership extends TypedCommand<CommandResult> {
  constructor(
    readonly dto: ApplyForMembershipDto,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ApplyForMembership)
export class ApplyForMembershipHandler implements ICommandHandler<ApplyForMembership> {
  constructor(
    private readonly members: MemberRecords,
    private readonly vault: IdentityVault,
  ) {}

  async execute({ dto, ctx }: ApplyForMembership): Promise<CommandResult> {
    // A retried request (same Idempotency-Key) lands on the same member, so the store answers it as the first time.
    const memberId = ctx.idempotencyKey
      ? deterministicUuid('application', ctx.user.id, ctx.idempotencyKey)
      : randomUUID();
    const identity = await this.vault.seal(memberId, toMemberIdentity(dto.identity));
    return this.members.handle(
      memberId,
      {
        type: 'ApplyForMembership',
        memberId,
        callSign: dto.callSign,
        rolesSought: dto.rolesSought,
        preferredCentreId: dto.preferredCentreId ?? null,
        identity,
        appliedOn: dto.appliedOn,
      },
      ctx,
    );
  }
}

@MemberRoute()
export class ApplyForMembershipController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Roles('hr', 'admin')
  @ApiOperation({ summary: 'Record an application: operational profile plus the legal identity (sealed at once)' })
  @ApiCreatedResponse({ type: CommandResult })
  apply(@Body() dto: ApplyForMembershipDto, @Command() ctx: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new ApplyForMembership(dto, ctx));
  }
}
