import { Body, Param } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler, Command as TypedCommand } from '@nestjs/cqrs';
import { IsIn, IsOptional } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { Command, CommandContext } from '@muster/platform';
import { MemberRecords } from '../../member-records';
import { MemberCommandPost, MemberIdParam, MemberRoute } from '../../member-route';
import { CommandResult } from '../../../shared/command-result';
import { IsCalendarDate, Text } from '../../../shared/validation';

export class VetApplicantDto {
  @ApiProperty({ enum: ['cleared', 'rejected'] })
  @IsIn(['cleared', 'rejected'])
  outcome!: 'cleared' | 'rejected';

  @IsCalendarDate() vettedOn!: string;

  @IsOptional()
  @Text(2000, { required: false })
  notes?: string;
}

export class VetApplicant extends TypedCommand<CommandResult> {
  constructor(
    readonly memberId: string,
    readonly dto: VetApplicantDto,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(VetApplicant)
export class VetApplicantHandler implements ICommandHandler<VetApplicant> {
  constructor(private readonly members: MemberRecords) {}

  execute({ memberId, dto, ctx }: VetApplicant): Promise<CommandResult> {
    return this.members.handle(memberId, { type: 'VetApplicant', outcome: dto.outcome, vettedBy: ctx.user.id, vettedOn: dto.vettedOn, notes: dto.notes ?? '' }, ctx);
  }
}

@MemberRoute()
export class VetApplicantController {
  constructor(private readonly commands: CommandBus) {}

  @MemberCommandPost('vetting', 'Record the vetting of an applicant: cleared or rejected (a rejection says why)')
  handle(@Param() { memberId }: MemberIdParam, @Body() dto: VetApplicantDto, @Command() ctx: CommandContext): Promise<CommandResult> {
    return this.commands.execute(new VetApplicant(memberId, dto, ctx));
  }
}
