/**
 * A benchmark worker: a child process of run.ts that holds one or more contenders open and runs the measurements it
 * is sent, one at a time, over the IPC channel. Started by workers.ts, never directly.
 */
import { Contender } from './contenders/contender';
import { openEmmett } from './contenders/emmett';
import { openFloor } from './contenders/floor';
import { openMuster } from './contenders/muster';
import { ContenderName, Request, Response, Task, TaskResult } from './protocol';
import { appendContended, appendDistinct } from './scenarios/append';
import { readAllOnce } from './scenarios/read-all';
import { publishLatency } from './scenarios/publish-latency';
import { relayVersusProduce } from './scenarios/relay';

const open = new Map<ContenderName, Contender>();

function opened(name: ContenderName): Contender {
  const contender = open.get(name);
  if (!contender) throw new Error(`${name} is not open in this worker`);
  return contender;
}

async function openContender(
  name: ContenderName,
  databaseUrl: string,
  kafkaBrokers: string,
  poolSize: number,
): Promise<Contender> {
  switch (name) {
    case 'muster':
      return openMuster(databaseUrl, poolSize, kafkaBrokers);
    case 'muster-bare':
      return openMuster(databaseUrl, poolSize, false);
    case 'emmett':
      return openEmmett(databaseUrl, poolSize, false);
    case 'emmett-forwarding':
      return openEmmett(databaseUrl, poolSize, kafkaBrokers);
    case 'floor':
      return openFloor(databaseUrl, poolSize, false);
    case 'floor-tailing':
      return openFloor(databaseUrl, poolSize, kafkaBrokers);
  }
}

async function perform(task: Task): Promise<TaskResult> {
  switch (task.kind) {
    case 'open': {
      if (open.has(task.contender)) throw new Error(`${task.contender} is already open`);
      const started = Date.now();
      open.set(task.contender, await openContender(task.contender, task.databaseUrl, task.kafkaBrokers, task.poolSize));
      return { setupSeconds: (Date.now() - started) / 1000 };
    }
    case 'close': {
      const contender = open.get(task.contender);
      open.delete(task.contender);
      await contender?.close();
      return null;
    }
    case 'append':
      return appendDistinct(opened(task.contender), task.writers, task.durationMs);
    case 'contention':
      return appendContended(opened(task.contender), task.writers, task.durationMs);
    case 'preload':
      await opened(task.contender).preload(task.events);
      return null;
    case 'read-all':
      return readAllOnce(opened(task.contender), task.batchSize);
    case 'relay':
      return relayVersusProduce(task);
    case 'publish-latency':
      return publishLatency(task);
  }
}

function reply(response: Response): void {
  process.send?.(response);
}

// One task at a time: the orchestrator waits for each answer before it sends the next.
let queue = Promise.resolve();
process.on('message', (message: Request) => {
  queue = queue.then(async () => {
    try {
      reply({ id: message.id, ok: true, result: await perform(message.task) });
    } catch (error) {
      reply({
        id: message.id,
        ok: false,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
    }
  });
});
process.on('disconnect', () => {
  void Promise.all([...open.values()].map((contender) => contender.close().catch(() => undefined))).finally(() =>
    process.exit(0),
  );
});
