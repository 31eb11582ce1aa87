import { IsBoolean, IsOptional } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate, Text } from '@muster/platform';
import { memberRoutes } from '../../member.routes';

export class RecordInjuryDto {
  @IsCalendarDate() injuredOn!: string;

  @ApiProperty()
  @IsBoolean()
  inLineOfDuty!: boolean;

  @IsOptional()
  @Text(100, { required: false, nullable: true })
  incidentRef?: string | null;

  @IsOptional()
  @Text(2000, { required: false })
  description?: string;
}

export const RecordInjuryRoute = memberRoutes.command(':memberId/injuries', {
  summary: 'Record an injury (in the line of duty: with the incident behind it)',
  body: RecordInjuryDto,
  command: async (dto, { memberId }, _ctx, vault) => ({
    type: 'RecordInjury',
    injuredOn: dto.injuredOn,
    inLineOfDuty: dto.inLineOfDuty,
    incidentRef: dto.incidentRef ?? null,
    description: await vault.sealText(memberId, dto.description ?? ''),
  }),
});
