import { IsOptional } from 'class-validator';
import { Text } from '@muster/platform';
import { IsInstant } from '../../../vehicle/commands/validation';
import { fuelLedgerRoutes } from '../../fuel-ledger.routes';
import { Litres, MemberId } from '../fuel-fields';

export class RecordStocktakeDto {
  @Litres(0, { description: 'the stock as counted' }) countedLitres!: number;

  @IsOptional()
  @Text(500, { required: false, nullable: true, description: 'why the count differs from the ledger: required then' })
  reason?: string | null;

  @MemberId({ description: 'the member who counted' }) countedBy!: string;
  @IsInstant() countedAt!: string;
}

export const RecordStocktakeRoute = fuelLedgerRoutes.command(':centreId/stocktakes', {
  summary: 'Record a stocktake: the counted stock against the ledger, any difference with why',
  body: RecordStocktakeDto,
  command: (dto, { centreId }) => ({
    type: 'RecordStocktake',
    centreId,
    countedLitres: dto.countedLitres,
    reason: dto.reason ?? null,
    countedBy: dto.countedBy,
    countedAt: dto.countedAt,
  }),
});
