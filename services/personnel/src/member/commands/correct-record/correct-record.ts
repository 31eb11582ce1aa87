import { Body, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler, Command as TypedCommand } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProperty } from '@nestjs/swagger';
import { IsIn, ValidateIf } from 'class-validator';
import { Roles } from '@muster/auth';
import { Command, CommandContext } from '@muster/platform';
import { RecordCorrection } from '../../domain/member.events';
import { MemberRecords, actorOf } from '../../member-records';
import { MemberIdParam, MemberRoute } from '../../member-route';
import { CommandResult } from '../../../shared/command-result';
import { CallSign, IsCalendarDate, Text } from '../../../shared/validation';

const KINDS = ['call-sign', 'death-record', 'departure-record', 'final-status-revoked'] as const;
type Kind = (typeof KINDS)[number];

/** One correction; the fields it needs depend on its kind. */
export class CorrectRecordDto {
  @ApiProperty({ enum: KINDS })
  @IsIn(KINDS)
  kind!: Kind;

  @ValidateIf((dto: CorrectRecordDto) => dto.kind === 'call-sign')
  @CallSign()
  callSign?: string;

  @ValidateIf((dto: CorrectRecordDto) => dto.kind === 'death-record')
  @IsCalendarDate()
  diedOn?: string;

  @ValidateIf((dto: CorrectRecordDto) => dto.kind === 'death-record')
  @Text(200)
  incidentRef?: string;

  @ValidateIf((dto: CorrectRecordDto) => dto.kind === 'departure-record')
  @IsCalendarDate()
  departedOn?: string;

  @ApiProperty({ enum: ['resigned', 'dismissed', 'retired'], required: false })
  @ValidateIf((dto: CorrectRecordDto) => dto.kind === 'departure-record')
  @IsIn(['resigned', 'dismissed', 'retired'])
  departureReason?: 'resigned' | 'dismissed' | 'retired';

  @Text(1000) reason!: string;
}

function correctionOf(dto: CorrectRecordDto): RecordCorrection {
  switch (dto.kind) {
    case 'call-sign':
      return { kind: 'call-sign', callSign: dto.callSign ?? '' };
    case 'death-record':
      return { kind: 'death-record', diedOn: dto.diedOn ?? '', incidentRef: dto.incidentRef ?? '' };
    case 'departure-record':
      return { kind: 'departure-record', departedOn: dto.departedOn ?? '', reason: dto.departureReason ?? 'resigned' };
    case 'final-status-revoked':
      return { kind: 'final-status-revoked' };
  }
}

export class CorrectRecord extends TypedCommand<CommandResult> {
  constructor(
    readonly memberId: string,
    readonly dto: CorrectRecordDto,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(CorrectRecord)
export class CorrectRecordHandler implements ICommandHandler<CorrectRecord> {
  constructor(private readonly members: MemberRecords) {}

  execute({ memberId, dto, ctx }: CorrectRecord): Promise<CommandResult> {
    return this.members.handle(
      memberId,
      { type: 'CorrectRecord', correction: correctionOf(dto), reason: dto.reason, actor: actorOf(ctx) },
      ctx,
    );
  }
}

@MemberRoute()
export class CorrectRecordController {
  constructor(private readonly commands: CommandBus) {}

  /** The one change still possible after a death or departure: the original events stay, this records the correction. */
  @Post(':memberId/corrections')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Correct a recorded fact (call-sign, death or departure record, or a final status recorded in error)',
  })
  @ApiOkResponse({ type: CommandResult })
  handle(
    @Param() { memberId }: MemberIdParam,
    @Body() dto: CorrectRecordDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new CorrectRecord(memberId, dto, ctx));
  }
}
