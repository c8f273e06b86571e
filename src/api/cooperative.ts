// CPU-heavy loops that share the process with every request and activity: the work goes in slices of a
// few milliseconds with a turn of the event loop between them, so a 5,000-task registration (≈0.5 ms of
// checking per task) never holds a sign-in or a reminder back for more than a slice.

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** `fn` over every item in order, yielding to the event loop whenever `budgetMs` of work has run. */
export async function mapInSlices<T, R>(items: readonly T[], fn: (item: T, index: number) => R, budgetMs = 8): Promise<R[]> {
  const out: R[] = [];
  let sliceStart = performance.now();
  for (const [i, item] of items.entries()) {
    out.push(fn(item, i));
    if (performance.now() - sliceStart >= budgetMs) {
      await yieldToLoop();
      sliceStart = performance.now();
    }
  }
  return out;
}

/** Runs `work` on every item with at most `concurrency` at a time; resolves when all have settled. */
export async function forEachConcurrently<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
}
