import { Injectable, Logger } from '@nestjs/common';
import { CENTRE_BASE_TRANSFER_COMPLETED, EventEnvelope, isCentreBaseTransferCompletedData } from '@muster/contracts';
import { DomainError } from '@muster/event-sourcing';
import { EventHandler } from '@muster/messaging';
import { CommandContext, IntegrationEventHandlers } from '@muster/platform';
import { MemberRecords } from '../member/member-records';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What personnel does with the centres service's events. A base transfer moves each listed member; each move has
 * the idempotency key `<envelope id>:<member id>`, so a redelivery or a retry after a crash never moves anyone twice.
 * A member who cannot be moved (unknown, departed, already there…) is logged by id and skipped, never a poison
 * message.
 */
@Injectable()
export class CentresEventHandlers implements IntegrationEventHandlers {
  private readonly logger = new Logger('CentresEvents');

  constructor(private readonly members: MemberRecords) {}

  handlers(): Readonly<Record<string, EventHandler>> {
    return { [CENTRE_BASE_TRANSFER_COMPLETED]: (envelope) => this.baseTransferCompleted(envelope) };
  }

  private async baseTransferCompleted(envelope: EventEnvelope): Promise<void> {
    const data = envelope.data;
    if (!isCentreBaseTransferCompletedData(data)) {
      this.logger.warn(
        `skipped ${CENTRE_BASE_TRANSFER_COMPLETED} ${envelope.id}: its data is not the documented shape`,
      );
      return;
    }
    const ctx: CommandContext = {
      user: { id: envelope.metadata.actorId, name: 'centres service', roles: [], centres: [], scope: { kind: 'all' } },
      metadata: {
        actorId: envelope.metadata.actorId,
        actorRoles: [...envelope.metadata.actorRoles],
        correlationId: envelope.metadata.correlationId,
        causationId: envelope.id,
        reason: `Centre base transfer ${data.transferId}`,
      },
      now: new Date(),
    };
    // Not in the inbox tx: each transfer commits on its own, and a redelivery is safe per member (idempotency key).
    for (const memberId of data.memberIds) {
      if (!UUID.test(memberId)) {
        this.logger.warn(`base transfer ${data.transferId}: skipped a member id that is not a UUID`);
        continue;
      }
      try {
        await this.members.handle(
          memberId,
          {
            type: 'TransferMember',
            toCentreId: data.toCentreId,
            effectiveOn: data.effectiveOn,
            reason: `Centre base transfer ${data.transferId}`,
          },
          ctx,
          { idempotencyKey: `${envelope.id}:${memberId}` },
        );
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        this.logger.warn(`base transfer ${data.transferId}: member ${memberId} not transferred (${error.code})`);
      }
    }
  }
}
