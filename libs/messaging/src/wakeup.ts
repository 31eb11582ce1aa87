/** Sleep that can be cut short: by a NOTIFY, by stop(). A wake with nobody waiting is kept, so none is lost. */
export class Wakeup {
  private pending = false;
  private resolveWaiter: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;

  wake(): void {
    if (this.resolveWaiter) this.finish();
    else this.pending = true;
  }

  wait(ms: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.resolveWaiter = resolve;
      this.timer = setTimeout(() => this.finish(), ms);
    });
  }

  private finish(): void {
    clearTimeout(this.timer);
    const resolve = this.resolveWaiter;
    this.resolveWaiter = undefined;
    this.pending = false;
    resolve?.();
  }
}

/** Exponential backoff, capped: 1st failure → base, then ×2 up to max. */
export function backoffMs(failures: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, failures - 1));
}
