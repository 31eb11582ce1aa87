import { CentreBaseTransferCompleted } from '@muster/contracts';
import { reactToIntegrationEvent } from '@muster/platform';
import { memberAggregate } from '../member.aggregate';

/**
 * A centre's base transfer moves each listed member to the new base, if they are still at the base it leaves (a
 * forged or replayed event cannot pull members from elsewhere). A member who cannot be moved (unknown, departed,
 * elsewhere…) is a recorded refusal, never a poison message.
 */
export const onCentreBaseTransferCompleted = reactToIntegrationEvent(CentreBaseTransferCompleted, {
  name: 'base-transfer-members',
  onRefusal: 'skip',
  send: (transfer) => {
    const reason = `Centre base transfer ${transfer.transferId}`;
    return transfer.memberIds.map((memberId) =>
      memberAggregate.send(
        memberId,
        {
          type: 'TransferMember',
          fromCentreId: transfer.fromCentreId,
          toCentreId: transfer.toCentreId,
          effectiveOn: transfer.effectiveOn,
          reason,
        },
        'transfer',
        reason,
      ),
    );
  },
});
