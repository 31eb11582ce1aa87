import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CatchUpProjection, CatchUpProjectionRunner } from '@muster/event-store';
import { backoffMs, Wakeup } from '@muster/messaging';

const POLL_MS = 500;
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
    private readonly runner: CatchUpProjectionRunner,
    private readonly projections: readonly CatchUpProjection[],
    /** Own-event reactions, followed the same way (by a runner of their own batch size), never rebuilt. */
    private readonly reactionRunner?: CatchUpProjectionRunner,
    private readonly reactions: readonly CatchUpProjection[] = [],
  ) {}

  find(name: string): CatchUpProjection | undefined {
    return this.projections.find((p) => p.name === name);
  }

  onApplicationBootstrap(): void {
    if (this.projections.length === 0 && this.reactions.length === 0) return;
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
        for (const projection of this.projections) await this.runner.catchUp(projection);
        for (const reaction of this.reactions) await this.reactionRunner?.catchUp(reaction);
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
