import { Command as BusCommand, CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { AggregateCommand, CommandContext, CommandResult, Send } from '@muster/platform';
import { OpenRecovery } from '../domain/recovery.commands';
import { RecoveryItem } from '../domain/recovery.events';
import { recoveryIdOf } from '../domain/recovery.state';
import { recoveryAggregate } from '../recovery.aggregate';

type Opening = Omit<OpenRecovery, 'type' | 'recoveryId' | 'items'>;

/**
 * A recovery's opening as a reaction sends it: what the member holds is read when it runs (a reaction's plan sees
 * only the triggering event), then the command takes the recovery's one command path under the reaction's
 * idempotency key — so a redelivered death or departure finds it done.
 */
export class OpenMemberRecovery extends BusCommand<CommandResult> implements AggregateCommand<Opening> {
  constructor(
    readonly id: string,
    readonly command: Opening,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}

/** The recovery of `opening.memberId`, for a reaction's `send`. */
export function openMemberRecovery(opening: Opening, reason: string): Send {
  const recoveryId = recoveryIdOf(opening.memberId);
  return {
    streamId: recoveryAggregate.streamId(recoveryId),
    step: 'open',
    reason,
    message: (ctx) => new OpenMemberRecovery(recoveryId, opening, ctx),
  };
}

@CommandHandler(OpenMemberRecovery)
export class OpenMemberRecoveryHandler implements ICommandHandler<OpenMemberRecovery> {
  constructor(
    private readonly bus: CommandBus,
    private readonly dataSource: DataSource,
  ) {}

  async execute({ id, command, ctx }: OpenMemberRecovery): Promise<CommandResult> {
    const items = await this.dataSource.query<RecoveryItem[]>(
      `SELECT item_id AS "itemId", centre_id AS "centreId", quantity FROM item_holdings
        WHERE holder_kind = 'member' AND holder_id = $1 ORDER BY item_id`,
      [command.memberId],
    );
    return this.bus.execute(
      recoveryAggregate.command(id, { type: 'OpenRecovery', recoveryId: id, ...command, items }, ctx),
    );
  }
}
