import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { IsCalendarDate, KnownCentre, Text } from '@muster/platform';
import { crewIntakeRoutes } from '../../crew-intake.routes';

export class OpenCrewIntakeDto {
  @Text(200, { example: 'Aleppo Civil Fire Brigade' }) sourceOrganisation!: string;
  @Text(200, { example: 'Station 3 crew' }) unitName!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  @KnownCentre()
  receivingCentreId!: string;

  @IsCalendarDate() openedOn!: string;
}

export const OpenCrewIntakeRoute = crewIntakeRoutes.create('crew-intake', {
  summary: 'Open the intake of a whole crew from another organisation into a receiving centre',
  body: OpenCrewIntakeDto,
  command: (dto, { id }) => ({ type: 'OpenCrewIntake', intakeId: id, ...dto }),
});
