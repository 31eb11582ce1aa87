import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '@muster/infra';
import { Request, Response, Task, TaskResult, WorkerName } from './protocol';

/** The orchestrator's side of a worker process: send a task, await its answer. */
export class Worker {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: TaskResult) => void; reject: (e: Error) => void }>();
  private exited = false;

  private constructor(
    readonly name: WorkerName,
    private readonly child: ChildProcess,
  ) {
    child.on('message', (response: Response) => {
      const waiter = this.pending.get(response.id);
      this.pending.delete(response.id);
      if (!waiter) return;
      if (response.ok) waiter.resolve(response.result);
      else waiter.reject(new Error(`worker ${name}: ${response.error}`));
    });
    child.on('exit', (code, signal) => {
      this.exited = true;
      for (const waiter of this.pending.values()) {
        waiter.reject(new Error(`worker ${name} exited (${signal ?? code})`));
      }
      this.pending.clear();
    });
  }

  static start(name: WorkerName): Worker {
    const child = fork(join(__dirname, 'worker.ts'), [], {
      cwd: REPO_ROOT,
      execArgv: ['-r', join(REPO_ROOT, 'infra', 'register.js')],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new Worker(name, child);
  }

  run(task: Task): Promise<TaskResult> {
    if (this.exited) return Promise.reject(new Error(`worker ${this.name} is gone`));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const request: Request = { id, task };
      this.child.send(request);
    });
  }

  /** Closes the IPC channel (the worker closes its pools and exits); kills it if it lingers. */
  async stop(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.disconnect();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}
