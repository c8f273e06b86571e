// PGlite is one connection for the API and the worker's activities. A request's statement goes before
// activity statements already waiting, a whole transaction is one turn, and background work still gets
// a turn in every few while requests keep coming.
import { openPglite, type PgliteDatabase } from '../../src/db/database';

let db: PgliteDatabase;
beforeAll(async () => {
  db = await openPglite();
  await db.exec('CREATE TABLE t (n integer)');
});
afterAll(() => db.close());

// A statement that takes a little while, so that others queue behind it.
const slow = 'SELECT count(*) FROM generate_series(1, 20000)';

it("runs a request's statement before the activity statements queued ahead of it", async () => {
  const finished: string[] = [];
  const background = Array.from({ length: 20 }, (_, i) => db.background.query(slow).then(() => finished.push(`b${i}`)));
  const request = db.query('SELECT 1').then(() => finished.push('request'));
  await Promise.all([...background, request]);
  // b0 had the connection already; the request goes next.
  expect(finished.slice(0, 2)).toEqual(['b0', 'request']);
});

it('lets the event loop run between queued statements: a timer fires, and a request read meanwhile goes next', async () => {
  let done = 0;
  const finished: string[] = [];
  const background = Array.from({ length: 200 }, () => db.background.query('SELECT 1').then(() => (done += 1)));
  const request = new Promise<void>((resolve) =>
    setTimeout(() => {
      finished.push(`timer after ${done}`);
      void db.query('SELECT 1').then(() => {
        finished.push(`request after ${done}`);
        resolve();
      });
    }, 0),
  );
  await Promise.all([...background, request]);
  const [timer, answered] = finished.map((f) => Number(f.split(' ').at(-1)));
  expect(timer).toBeLessThan(200);
  expect(answered).toBeLessThanOrEqual(timer! + 1); // at most the statement running when it arrived
});

it('lets the event loop run while one caller sends statement after statement', async () => {
  let done = 0;
  let timerAfter = -1;
  setTimeout(() => (timerAfter = done), 0);
  for (let i = 0; i < 40; i += 1) {
    await db.background.query(slow);
    done += 1;
  }
  expect(timerAfter).toBeGreaterThanOrEqual(0);
  expect(timerAfter).toBeLessThan(40);
});

it('gives waiting background work every eighth turn while requests keep coming', async () => {
  const finished: string[] = [];
  const first = db.query(slow).then(() => finished.push('f0'));
  const background = [0, 1].map((i) => db.background.query('SELECT 1').then(() => finished.push(`b${i}`)));
  const requests = Array.from({ length: 16 }, (_, i) => db.query('SELECT 1').then(() => finished.push(`f${i + 1}`)));
  await Promise.all([first, ...background, ...requests]);
  expect(finished.indexOf('b0')).toBe(9); // f0, then eight requests in a row, then b0
  expect(finished.indexOf('b1')).toBe(18);
});

it('holds the turn for a whole transaction: a request waits for it to end, and sees all of it', async () => {
  const seen: number[] = [];
  let inside!: () => void;
  const entered = new Promise<void>((resolve) => (inside = resolve));
  const tx = db.background.transaction(async (q) => {
    await q.query('INSERT INTO t VALUES (1)');
    inside();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await q.query('INSERT INTO t VALUES (2)');
  });
  await entered;
  const read = db.query<{ n: number }>('SELECT count(*)::int AS n FROM t').then((r) => seen.push(r.rows[0]!.n));
  await Promise.all([tx, read]);
  expect(seen).toEqual([2]);
});

it('passes the turn on when a statement fails', async () => {
  await expect(db.background.query('SELECT * FROM no_such_table')).rejects.toThrow(/no_such_table/);
  await expect(db.query<{ one: number }>('SELECT 1 AS one')).resolves.toMatchObject({ rows: [{ one: 1 }] });
  await expect(db.background.close()).resolves.toBeUndefined(); // the foreground closes it
  await expect(db.background.query('SELECT 1 AS one')).resolves.toMatchObject({ rows: [{ one: 1 }] });
});
