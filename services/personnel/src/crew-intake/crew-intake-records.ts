import { Injectable } from '@nestjs/common';
import { PostgresEventStore } from '@muster/event-store';
import { CommandContext } from '@muster/platform';
import { CommandResult, commandResult } from '../shared/command-result';
import { crewIntakeStreamId } from '../shared/streams';
import { CrewIntakeCommand } from './domain/crew-intake.commands';
import { CrewIntakeState, crewIntakeDecider } from './domain/crew-intake.decider';
import { CrewIntakeErrors } from './domain/crew-intake.errors';

/** The one way the application layer changes a crew intake. */
@Injectable()
export class CrewIntakeRecords {
  constructor(private readonly store: PostgresEventStore) {}

  async handle(intakeId: string, command: CrewIntakeCommand, ctx: CommandContext): Promise<CommandResult> {
    const result = await this.store.handle(crewIntakeDecider, crewIntakeStreamId(intakeId), command, {
      ...(ctx.expectedVersion !== undefined ? { expectedVersion: ctx.expectedVersion } : {}),
      ...(ctx.idempotencyKey ? { idempotencyKey: ctx.idempotencyKey } : {}),
      metadata: ctx.metadata,
      now: ctx.now,
    });
    return commandResult(intakeId, result.nextExpectedVersion);
  }

  /** The intake's state now; INTAKE_NOT_FOUND when there is no such intake. */
  async load(intakeId: string): Promise<{ state: CrewIntakeState; version: number }> {
    const loaded = await this.store.load(crewIntakeDecider, crewIntakeStreamId(intakeId));
    if (loaded.version === 0) throw CrewIntakeErrors.notFound();
    return loaded;
  }
}
