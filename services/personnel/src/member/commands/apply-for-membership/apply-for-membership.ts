import { Body } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import {
  CommandContext,
  CommandCtx,
  CommandResult,
  CommandRoute,
  IsCalendarDate,
  KnownCentre,
  newRecordId,
  RecordController,
} from '@muster/platform';
import { MemberRole } from '../../domain/member.events';
import { MemberIdentityDto, toMemberIdentity } from '../../identity/identity.dto';
import { memberAggregate } from '../../member.aggregate';
import { IdentityVault } from '../../../vault/identity-vault';
import { CallSign, MemberRoles } from '../../../shared/validation';

export class ApplyForMembershipDto {
  @CallSign() callSign!: string;

  @MemberRoles() rolesSought!: MemberRole[];

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all')
  @KnownCentre()
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

export class ApplyForMembership extends Command<CommandResult> {
  constructor(
    readonly dto: ApplyForMembershipDto,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

/** Application work before the command path: the identity is sealed under the new member's own data key. */
@CommandHandler(ApplyForMembership)
export class ApplyForMembershipHandler implements ICommandHandler<ApplyForMembership> {
  constructor(
    private readonly bus: CommandBus,
    private readonly vault: IdentityVault,
  ) {}

  async execute({ dto, ctx }: ApplyForMembership): Promise<CommandResult> {
    const memberId = newRecordId('application', ctx);
    const identity = await this.vault.seal(memberId, toMemberIdentity(dto.identity));
    const { callSign, rolesSought, appliedOn } = dto;
    const preferredCentreId = dto.preferredCentreId ?? null;
    return this.bus.execute(
      memberAggregate.command(
        memberId,
        { type: 'ApplyForMembership', memberId, callSign, rolesSought, preferredCentreId, identity, appliedOn },
        ctx,
      ),
    );
  }
}

@RecordController('members', 'members')
export class ApplyForMembershipController {
  constructor(private readonly bus: CommandBus) {}

  @CommandRoute('', {
    summary: 'Record an application: operational profile plus the legal identity (sealed at once)',
    roles: ['hr', 'admin'],
    creates: true,
  })
  apply(@Body() dto: ApplyForMembershipDto, @CommandCtx() ctx: CommandContext): Promise<CommandResult> {
    return this.bus.execute(new ApplyForMembership(dto, ctx));
  }
}
