import { IsOptional } from 'class-validator';
import { IsCalendarDate, Text } from '@muster/platform';
import { memberRoutes } from '../../member.routes';

export class RecordDeathInLineOfDutyDto {
  @IsCalendarDate() diedOn!: string;

  @Text(100) incidentRef!: string;

  @IsOptional()
  @Text(4000, { required: false })
  circumstances?: string;
}

export const RecordDeathInLineOfDutyRoute = memberRoutes.command(':memberId/death-in-line-of-duty', {
  summary: 'Record, with dignity, that a member was killed in the line of duty',
  body: RecordDeathInLineOfDutyDto,
  command: async (dto, { memberId }, _ctx, vault) => ({
    type: 'RecordDeathInLineOfDuty',
    diedOn: dto.diedOn,
    incidentRef: dto.incidentRef,
    circumstances: await vault.sealText(memberId, dto.circumstances ?? ''),
  }),
});
