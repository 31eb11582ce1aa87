import { Text } from '@muster/platform';
import { baseTransferRoutes } from '../../base-transfer.routes';

export class CancelBaseTransferDto {
  @Text(1000, { example: 'Road to Aleppo cut by shelling' }) reason!: string;
}

export const CancelBaseTransferRoute = baseTransferRoutes.command(':baseTransferId/cancellation', {
  summary: 'Cancel a base transfer before it completes: equipment sends the vehicles back',
  body: CancelBaseTransferDto,
  command: (dto) => ({ type: 'CancelBaseTransfer', reason: dto.reason }),
});
