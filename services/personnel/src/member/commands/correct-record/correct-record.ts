import { ApiProperty } from '@nestjs/swagger';
import { IsIn, ValidateIf } from 'class-validator';
import { RecordCorrection } from '../../domain/member.events';
import { actorOf } from '../../member.aggregate';
import { memberRoutes } from '../../member.routes';
import { CallSign } from '../../../shared/validation';
import { IsCalendarDate, Text } from '@muster/platform';

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

/** The one change still possible after a death or departure: the original events stay, this records the correction. */
export const CorrectRecordRoute = memberRoutes.command(':memberId/corrections', {
  summary: 'Correct a recorded fact (call-sign, death or departure record, or a final status recorded in error)',
  roles: ['admin'],
  body: CorrectRecordDto,
  command: async (dto, { memberId }, ctx, vault) => ({
    type: 'CorrectRecord',
    correction: correctionOf(dto),
    reason: await vault.sealText(memberId, dto.reason),
    actor: actorOf(ctx),
  }),
});
