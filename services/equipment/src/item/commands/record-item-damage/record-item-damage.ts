import { IsOptional } from 'class-validator';
import { IsCalendarDate, Text } from '@muster/platform';
import { itemRoutes } from '../../item.routes';

export class RecordItemDamageDto {
  @Text(1000, { example: 'Lens cracked by falling rubble' }) description!: string;
  @IsCalendarDate() occurredOn!: string;

  @IsOptional()
  @Text(100, { required: false, nullable: true, description: 'the incident it happened in' })
  incidentRef?: string | null;
}

export const RecordItemDamageRoute = itemRoutes.command(':itemId/damage', {
  summary: 'Record damage to an item: what, when, in which incident',
  body: RecordItemDamageDto,
  command: (dto) => ({
    type: 'RecordItemDamage',
    description: dto.description,
    occurredOn: dto.occurredOn,
    incidentRef: dto.incidentRef ?? null,
  }),
});
