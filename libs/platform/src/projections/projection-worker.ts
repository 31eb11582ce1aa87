import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CatchUpProjection, CatchUpProjectionRunner } from '@muster/event-store';
import { backoffMs, Wakeup } from '@muster/messaging';

const POLL_MS = 500;

/** Projections followed by one runner (its batch size suits them). */
export interface Following {
  readonly runner: CatchUpProjectionRunner;
  readonly projections: readonly CatchUpProjection[];
}
const MAX_BACKOFF_MS = 10_000;

/**
 * Keeps a service's catch-up read models (and own-event reactions) following the store: each pass applies what committed since its checkpoint.
 * Failures back off and retry; they never stop the service, and the checkpoint only moves with applied events.
 */
export class ProjectionWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Projections');
  private running = false;
  private loop: Promise<void> | undefined;
  private readonly wakeup = new Wakeup();

  constructor(
    private readonly readModels: Following,
    /** Own-event reactions: followed the same way, never rebuilt (a replayed process only finds its effects done). */
    private readonly reactions: Following,
  ) {}

  /** A read model by name, to rebuild. */
  find(name: string): CatchUpProjection | undefined {
    return this.readModels.projections.find((p) => p.name === name);
  }

  onApplicationBootstrap(): void {
    if (this.readModels.projections.length === 0 && this.reactions.projections.length === 0) return;
    this.running = true;
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wakeup.wake();
    await this.loop;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        for (const { runner, projections } of [this.readModels, this.reactions]) {
          for (const projection of projections) await runner.catchUp(projection);
        }
        failures = 0;
      } catch (error) {
        failures += 1;
        this.logger.warn(
          `catch-up failed (${failures} in a row): ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      await this.wakeup.wait(failures === 0 ? POLL_MS : backoffMs(failures, POLL_MS * 2, MAX_BACKOFF_MS));
    }
  }
}
