import { IsOptional } from 'class-validator';
import { Text } from '@muster/platform';
import { baseTransferRoutes } from '../../base-transfer.routes';

export class StartBaseTransferDto {
  /** Recorded with the event's metadata, as every request's `reason` is. */
  @IsOptional()
  @Text(1000, { required: false, example: 'Convoy leaves at dawn while the road is open' })
  reason?: string;
}

export const StartBaseTransferRoute = baseTransferRoutes.command(':baseTransferId/start', {
  summary: 'Start a planned base transfer today: equipment dispatches its vehicles to the destination',
  body: StartBaseTransferDto,
  command: () => ({ type: 'StartBaseTransfer' }),
});
