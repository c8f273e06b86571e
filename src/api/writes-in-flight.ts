// Register writes the API starts without waiting for them before it answers (an action's entries, written
// ahead of its workflow's own write): every request that comes after waits for them first, so the next
// list anyone opens through this process shows the action, and the action's answer does not carry the
// write's time (it would race the workflow's write of the same entries, started at the same moment).

export class WritesInFlight {
  private readonly pending = new Set<Promise<void>>();

  /** `maxWaitMs`: how long a request waits at most (a write hanging on a register outage must not hold every request). */
  constructor(private readonly maxWaitMs = 1_000) {}

  /** `write` must not reject: it reports its own failures. */
  track(write: Promise<void>): void {
    const tracked: Promise<void> = write.finally(() => this.pending.delete(tracked));
    this.pending.add(tracked);
  }

  /** Resolves once every write tracked so far has ended, or after `maxWaitMs`. */
  async settled(): Promise<void> {
    if (this.pending.size === 0) return;
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.maxWaitMs);
    });
    try {
      await Promise.race([Promise.all([...this.pending]), bound]);
    } finally {
      clearTimeout(timer);
    }
  }
}
