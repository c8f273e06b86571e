// Register writes left running after an answer: a later request waits for them, but not forever.
import { WritesInFlight } from '../../src/api/writes-in-flight';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
const turn = () => new Promise((resolve) => setImmediate(resolve));

it('lets a request through at once when no write is running', async () => {
  const writes = new WritesInFlight(60_000);
  await writes.settled(); // the test's own timeout would end it otherwise
  writes.track(Promise.resolve());
  await turn();
  await writes.settled();
});

it('holds a request until every write started before it has ended', async () => {
  const writes = new WritesInFlight(60_000);
  const [a, b] = [deferred(), deferred()];
  writes.track(a.promise);
  writes.track(b.promise);
  let through = false;
  const request = writes.settled().then(() => (through = true));
  a.resolve();
  for (let i = 0; i < 5; i += 1) await turn();
  expect(through).toBe(false);
  b.resolve();
  await request;
  expect(through).toBe(true);
});

it('lets a request through after the bound when a write hangs (a register outage)', async () => {
  const writes = new WritesInFlight(20);
  writes.track(new Promise<void>(() => undefined));
  await writes.settled(); // resolves: the test would time out otherwise
});
