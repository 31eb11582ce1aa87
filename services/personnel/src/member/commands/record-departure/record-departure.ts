import { IsIn, IsOptional } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { actorOf } from '../../member.aggregate';
import { IsCalendarDate, Text } from '@muster/platform';
import { memberRoutes } from '../../member.routes';

export class RecordDepartureDto {
  @IsCalendarDate() departedOn!: string;

  @ApiProperty({ enum: ['resigned', 'dismissed', 'retired'] })
  @IsIn(['resigned', 'dismissed', 'retired'])
  reason!: 'resigned' | 'dismissed' | 'retired';

  @IsOptional()
  @Text(2000, { required: false })
  notes?: string;
}

export const RecordDepartureRoute = memberRoutes.command(':memberId/departure', {
  summary: 'Record that a member left: resigned, retired, or dismissed (admins only)',
  body: RecordDepartureDto,
  command: async (dto, { memberId }, ctx, vault) => ({
    type: 'RecordDeparture',
    departedOn: dto.departedOn,
    reason: dto.reason,
    notes: await vault.sealText(memberId, dto.notes ?? ''),
    actor: actorOf(ctx),
  }),
});
