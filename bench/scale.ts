// City-scale benchmark (issue 9): a register of 100,000 tasks on PostgreSQL and on PGlite, the system as
// `./dondoc start` runs it, and a bare worker of the same shape (bench/bare-worker.ts) on the same
// Temporal dev server. Prints each figure as ours, bare and their ratio: the median of 5 runs after a
// warm-up, ours and bare interleaved. Run with `npm run bench` (about 10 minutes; not a test, not in CI).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { openPglite, openPostgres, type Database } from '../src/db/database';
import { migrate } from '../src/db/migrations';
import { SORTS, type SortKey } from '../src/db/task-list';
import { resolveTemporalBinaries } from '../src/workers/temporal-binaries';
import { ALL_SEARCH_ATTRIBUTES } from '../src/workflows/contract';
import { launch, quiet, rss, type Running } from './processes';
import { seedTasks } from './seed';
import { Ours, bareInput } from './ours';
import { median, table, type Figure } from './report';

const POSTGRES_URL = process.env.DONDOC_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
// Smaller sizes for a quick check of the benchmark itself; the figures are meant at the defaults.
const TASKS = Number(process.env.DONDOC_BENCH_TASKS ?? 100_000);
const BATCH = Number(process.env.DONDOC_BENCH_BATCH ?? 200);
const BIG = Number(process.env.DONDOC_BENCH_BIG ?? 5_000);
const RUNS = Number(process.env.DONDOC_BENCH_RUNS ?? 5);
const AGENCIES = Array.from({ length: 20 }, (_, i) => `ag-${i + 1}`);
const LEADERS = ['ld-1', 'ld-2', 'ld-3', 'ld-4'];
const NOW = Date.now();
/** How long to let started workflows run their first activities before the next measurement (at most). */
const SETTLE_MS = 30_000;

/** A register seeded with TASKS rows, and a cursor into the middle of each sort (sort values as the register prints them). */
async function seed(db: Database): Promise<Record<SortKey, { v: string; id: string }>> {
  await migrate(db);
  const began = performance.now();
  await seedTasks(db, { count: TASKS, agencies: AGENCIES, leaders: LEADERS, now: NOW });
  await db.query(`SELECT setval('task_numbers', $1)`, [TASKS]); // registrations continue after the seeded ids
  await db.exec('ANALYZE');
  console.error(`  seeded ${TASKS} tasks in ${((performance.now() - began) / 1000).toFixed(1)} s`);
  const middle = {} as Record<SortKey, { v: string; id: string }>;
  for (const [key, sort] of Object.entries(SORTS) as [SortKey, (typeof SORTS)[SortKey]][]) {
    const { rows } = await db.query<{ v: string; id: string }>(`SELECT (${sort.expr})::text AS v, task_id AS id FROM tasks ORDER BY ${sort.expr}, task_id OFFSET ${Math.floor(TASKS / 2)} LIMIT 1`);
    middle[key] = rows[0]!;
  }
  return middle;
}

/** What to undo if the run is interrupted (Ctrl-C): the processes it started, the schema it made. */
const cleanups = new Set<() => Promise<void>>();
function abort(why: unknown, code: number): void {
  console.error(why);
  console.error('stopping what the benchmark started…');
  void Promise.allSettled([...cleanups].map((c) => c())).finally(() => process.exit(code));
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => abort(signal, 130));
process.once('uncaughtException', (error) => abort(error, 1));
process.once('unhandledRejection', (error) => abort(error, 1));

/**
 * Signs-in checks (GET /api/me) every 100 ms for as long as it runs: the slowest says how long any
 * request waited behind the rest of the work (statistics, registrations, activities) during the run.
 */
/** The part of the benchmark running now: the probe says during which part its slowest answer came. */
let section = 'start';

function probe(ours: Ours): { stop(): Promise<{ ms: number; section: string }[]> } {
  const latencies: { ms: number; section: string }[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const began = performance.now();
      const failure = await ours.get('officer', '/api/me').then(() => undefined, (error: Error) => (running ? error : undefined)); // stopping: the system may be gone
      if (failure) throw new Error(`GET /api/me failed while the benchmark ran: ${failure.message}`);
      if (running) latencies.push({ ms: performance.now() - began, section });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return latencies;
    },
  };
}

const cursor = (sort: string, c: { v: string; id: string }) => Buffer.from(JSON.stringify({ s: sort, v: c.v, id: c.id })).toString('base64url');

async function phase(engine: 'PostgreSQL' | 'PGlite', temporal: TestWorkflowEnvironment, port: number): Promise<Figure[]> {
  console.error(`${engine}:`);
  const tag = engine === 'PGlite' ? 'pglite' : 'pg';
  const namespace = `bench-${tag}`; // each phase its own: task ids start over in each register
  const schema = `bench_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `dondoc-bench-${tag}-`));
  const databaseUrl = `${POSTGRES_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  let middle: Record<SortKey, { v: string; id: string }>;
  if (engine === 'PostgreSQL') {
    const admin = await openPostgres(POSTGRES_URL);
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.close();
    const db = await openPostgres(databaseUrl);
    middle = await seed(db);
    await db.close();
  } else {
    const db = await openPglite(path.join(dataDir, 'register'));
    middle = await seed(db);
    await db.close();
  }

  const processes: Running[] = [];
  const cleanup = async () => {
    for (const p of processes.reverse()) await p.stop();
    if (engine === 'PostgreSQL') {
      const admin = await openPostgres(POSTGRES_URL);
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.close();
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  cleanups.add(cleanup);
  let watch: ReturnType<typeof probe> | undefined;
  try {
    const ours = new Ours(
      await launch('src/workers/embedded.js', {
        TEMPORAL_ADDRESS: temporal.address, TEMPORAL_NAMESPACE: namespace, DONDOC_API_PORT: String(port), DONDOC_TASK_QUEUE: `bench-ours-${tag}`, DONDOC_ADMIN_PASSWORD: 'bench-admin-1',
        DONDOC_LOG_LEVEL: 'WARN', DONDOC_DATA_DIR: dataDir, ...(engine === 'PostgreSQL' ? { DATABASE_URL: databaseUrl } : { DATABASE_URL: '' }),
      }, 'Press Ctrl-C to stop.'),
      `http://127.0.0.1:${port}`,
    );
    processes.push(ours.process);
    const bare = await launch('bench/bare-worker.js', {
      TEMPORAL_ADDRESS: temporal.address, BARE_NAMESPACE: namespace, BARE_TASK_QUEUE: `bench-bare-${tag}`, BARE_PORT: String(port + 1), ...(engine === 'PostgreSQL' ? { BARE_DATABASE_URL: databaseUrl } : {}),
    }, 'ready');
    processes.push(bare);
    const bareUrl = `http://127.0.0.1:${port + 1}`;
    const barePost = async <T>(route: string, body: unknown): Promise<T> => {
      const r = await fetch(`${bareUrl}/${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (r.status !== 200) throw new Error(`bare ${route}: ${r.status} ${await r.text()}`);
      return (await r.json()) as T;
    };
    const pids = [ours.process.child.pid!, bare.child.pid!];
    await ours.directory(AGENCIES, LEADERS);
    // Signed in before the checks start: they measure GET /api/me, and the first of them used to include
    // the officer's sign-in (a password hash made slow on purpose), the run's slowest answer on some days.
    for (const who of ['office', 'officer'] as const) await ours.get(who, '/api/me');
    await quiet(pids);
    watch = probe(ours);
    const figures: Figure[] = [];
    const figure = (f: Omit<Figure, 'engine'>) => figures.push({ engine, ...f });

    // ---- statistics, alone and with a sign-in check alongside
    section = 'statistics';
    const timed = async (run: () => Promise<unknown>) => {
      const began = performance.now();
      await run();
      return performance.now() - began;
    };
    const runs = async (run: () => Promise<number>) => {
      await run(); // warm-up
      const out: number[] = [];
      for (let i = 0; i < RUNS; i += 1) out.push(await run());
      return out;
    };
    const office = await runs(() => timed(() => ours.get('office', '/api/statistics?groupBy=agency')));
    figure({ name: 'statistics by agency, as the office', ours: median(office), unit: 'ms', goal: engine === 'PGlite' ? 600 : 150 });
    const agency = await runs(() => timed(() => ours.get('officer', '/api/statistics')));
    figure({ name: 'statistics, as an agency officer', ours: median(agency), unit: 'ms', goal: engine === 'PGlite' ? 200 : 50 });
    const meDuring = await runs(async () => {
      let done = false;
      const report = ours.get('office', '/api/statistics?groupBy=agency').finally(() => (done = true));
      let worst = 0;
      await new Promise((resolve) => setTimeout(resolve, 5));
      while (!done) worst = Math.max(worst, await timed(() => ours.get('officer', '/api/me')));
      await report;
      return worst;
    });
    figure({ name: 'GET /api/me while a statistics request runs (slowest)', ours: median(meDuring), unit: 'ms', goal: 100 });

    // ---- the task list: every sort both ways, first page and a cursor in the middle; every filter; an agency's scope
    section = 'task list';
    const lists: [string, 'office' | 'officer', string][] = [];
    for (const sort of Object.keys(SORTS) as SortKey[]) {
      for (const s of [sort, `-${sort}`]) {
        lists.push([`sort=${s}`, 'office', `sort=${s}`]);
        lists.push([`sort=${s}, middle page`, 'office', `sort=${s}&cursor=${cursor(s, middle[sort])}`]);
      }
    }
    for (const f of [
      'agency=ag-5', 'agency=ag-5&agencyRole=coordinator', 'agency=ag-5&agencyRole=lead', 'status=overdue', 'status=assigned,in_progress', 'category=completed_late',
      'category=overdue', 'category=due_soon', 'category=no_deadline', 'category=open', 'source=government', 'leader=ld-2', `directive=${encodeURIComponent('CT-77/UBND')}`,
      'deadlineFrom=2026-01-01&deadlineTo=2026-01-31', 'overdue=true', 'escalationLevel=3', 'q=vanh%20dai', 'q=nv-012345', 'q=gi%E1%BA%A3i%20ph%C3%B3ng',
    ]) lists.push([f, 'office', f]);
    lists.push(['status=overdue, sort=-updated, middle page', 'office', `status=overdue&sort=-updated&cursor=${cursor('-updated', middle.updated)}`]);
    lists.push(['category=open, sort=-escalation, middle page', 'office', `category=open&sort=-escalation&cursor=${cursor('-escalation', middle.escalation)}`]);
    lists.push(['agency=ag-5, sort=code, middle page', 'office', `agency=ag-5&sort=code&cursor=${cursor('code', middle.code)}`]);
    lists.push(['q=giai phong, sort=-assigned, middle page', 'office', `q=giai%20phong&sort=-assigned&cursor=${cursor('-assigned', middle.assigned)}`]);
    lists.push(['an agency officer\'s tasks', 'officer', '']);
    lists.push(['an agency officer\'s tasks, sort=-updated', 'officer', 'sort=-updated']);
    lists.push(['an agency officer\'s tasks, sort=deadline, middle page', 'officer', `sort=deadline&cursor=${cursor('deadline', middle.deadline)}`]);
    let worst = { name: '', ms: 0 };
    const perList: number[] = [];
    for (const [name, who, query] of lists) {
      const ms = median(await runs(() => timed(() => ours.get(who, `/api/tasks?limit=50&${query}`))));
      perList.push(ms);
      if (ms > worst.ms) worst = { name, ms };
    }
    figure({ name: `task list, slowest of ${lists.length} filters/sorts/pages (${worst.name})`, ours: worst.ms, unit: 'ms', goal: engine === 'PGlite' ? 60 : 15 });
    figure({ name: 'task list, median of those', ours: median(perList), unit: 'ms' });

    // ---- Updates: report-progress through the API, against an Update behind plain HTTP
    section = 'report-progress';
    const pool = await ours.register('officer-pool', 20, 'ag-1');
    const barePool = Array.from({ length: 20 }, (_, i) => `bare-${tag}-pool-${i}`);
    await Promise.all(barePool.map((id) => barePost('first', { id, input: bareInput(id) })));
    await quiet(pids, 0.05, SETTLE_MS);
    const oursUpdates: number[] = [];
    const bareUpdates: number[] = [];
    for (let round = 0; round <= RUNS; round += 1) {
      for (let i = 0; i < pool.length; i += 1) {
        const body = { note: `Tiến độ lần ${round}`, percent: Math.min(100, round * 10 + 5) };
        const a = await timed(() => ours.post('officer', `/api/tasks/${pool[i]}/report-progress`, body, 200));
        const b = await timed(() => barePost(`update/${barePool[i]}`, body));
        if (round > 0) {
          oursUpdates.push(a);
          bareUpdates.push(b);
        }
      }
    }
    figure({ name: 'report-progress round trip (p50)', ours: median(oursUpdates), bare: median(bareUpdates), unit: 'ms', goal: 1.3, goalOn: 'ratio' });
    await quiet(pids, 0.05, SETTLE_MS);

    // ---- a registered task in the register, against a bare workflow's first activity
    section = 'time to the register';
    const oursVisible: number[] = [];
    const bareFirst: number[] = [];
    for (let run = 0; run <= RUNS; run += 1) {
      const a = await ours.timeToListed(`visible-${run}`);
      const b = (await barePost<{ ms: number }>('first', { id: `bare-${tag}-first-${run}`, input: bareInput(`first-${run}`) })).ms;
      if (run > 0) {
        oursVisible.push(a);
        bareFirst.push(b);
      }
      await quiet(pids, 0.05, SETTLE_MS);
    }
    figure({ name: 'registered task in the register vs bare first activity', ours: median(oursVisible), bare: median(bareFirst), unit: 'ms', goal: 1.3, goalOn: 'ratio' });

    // ---- registration throughput: a directive of BATCH tasks against BATCH workflow.start, 16 at a time.
    section = 'registration throughput';
    // The workflows started here stay open: the memory each costs is measured on them.
    await quiet(pids, 0.05, SETTLE_MS);
    const before = [rss(pids[0]!), rss(pids[1]!)];
    const oursRate: number[] = [];
    const bareRate: number[] = [];
    for (let run = 0; run <= RUNS; run += 1) {
      const a = BATCH / ((await timed(() => ours.register(`rate-${run}`, BATCH))) / 1000);
      await quiet(pids, 0.05, SETTLE_MS);
      const b = BATCH / ((await barePost<{ ms: number }>('start', { prefix: `bare-${tag}-rate-${run}`, count: BATCH, concurrency: 16, input: bareInput('rate') })).ms / 1000);
      await quiet(pids, 0.05, SETTLE_MS);
      if (run > 0) {
        oursRate.push(a);
        bareRate.push(b);
      }
    }
    figure({ name: `registering ${BATCH} tasks (tasks/s; bare: workflow.start ×16)`, ours: median(oursRate), bare: median(bareRate), unit: '/s', goal: 0.8, goalOn: 'ratio', higherIsBetter: true });
    await quiet(pids, 0.05, 2 * SETTLE_MS);
    const opened = (RUNS + 1) * BATCH;
    const grown = [rss(pids[0]!) - before[0]!, rss(pids[1]!) - before[1]!];
    figure({ name: `worker RSS per open workflow (over ${opened.toLocaleString('en')} each)`, ours: grown[0]! / opened / 1024, bare: grown[1]! / opened / 1024, unit: 'KB', goal: 1.2, goalOn: 'ratio' });

    // ---- one directive of BIG (5,000) tasks: until every workflow has started (the throughput against bare is above)
    section = 'the 5,000-task directive';
    const big = await timed(() => ours.register('big', BIG));
    figure({ name: `one directive of ${BIG.toLocaleString('en')} tasks, until all started`, ours: big / 1000, unit: 's', goal: 60 });
    const waits = await watch.stop();
    const slowest = waits.reduce((a, b) => (b.ms > a.ms ? b : a));
    figure({ name: `GET /api/me every 100 ms through all of the above: slowest of ${waits.length} (during ${slowest.section})`, ours: slowest.ms, unit: 'ms', goal: 100 });
    console.error(table(figures));
    return figures;
  } finally {
    // The sign-in checks end first: once the system stops they would fail, and that failure (unhandled, the
    // phase having failed before stopping them) ended the run before its schema and folder were removed.
    await watch?.stop().catch(() => undefined);
    cleanups.delete(cleanup);
    await cleanup();
  }
}

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const memory = `${Math.round(os.totalmem() / 2 ** 30)} GiB`;
  const pglite = (JSON.parse(readFileSync(path.resolve(__dirname, '../../node_modules/@electric-sql/pglite/package.json'), 'utf8')) as { version: string }).version;
  return `${os.cpus().length} × ${cpu}, ${memory} RAM, ${os.type()} ${os.release()}, Node ${process.versions.node}, PGlite ${pglite}, ${TASKS.toLocaleString('en')} tasks`;
}

/** A fresh in-memory dev server per phase: the first phase's thousands of open workflows do not load the second's. */
async function devServer(namespace: string): Promise<TestWorkflowEnvironment> {
  const { cli } = resolveTemporalBinaries(process.env);
  const temporal = await TestWorkflowEnvironment.createLocal({
    server: { executable: { type: 'existing-path', path: cli }, ip: '127.0.0.1', searchAttributes: ALL_SEARCH_ATTRIBUTES, extraArgs: ['--namespace', namespace] },
  });
  const original = temporal.teardown.bind(temporal);
  const teardown = () => original();
  cleanups.add(teardown);
  return Object.assign(temporal, {
    teardown: async () => {
      cleanups.delete(teardown);
      await teardown();
    },
  });
}

async function main(): Promise<void> {
  const began = Date.now();
  const pgVersion = await openPostgres(POSTGRES_URL).then(async (db) => {
    const { rows } = await db.query<{ v: string }>(`SELECT current_setting('server_version') AS v`);
    await db.close();
    return rows[0]!.v;
  });
  const figures: Figure[] = [];
  const only = process.env.DONDOC_BENCH_ENGINES?.toLowerCase(); // "pglite" or "postgresql": one engine only
  for (const [engine, port] of ([['PostgreSQL', 18_480], ['PGlite', 18_490]] as const).filter(([e]) => !only || only.includes(e.toLowerCase()))) {
    const temporal = await devServer(`bench-${engine === 'PGlite' ? 'pglite' : 'pg'}`);
    try {
      figures.push(...(await phase(engine, temporal, port)));
    } finally {
      await temporal.teardown();
    }
  }
  console.log(`Machine: ${machine()}, PostgreSQL ${pgVersion}; median of ${RUNS} runs after a warm-up, ours and bare interleaved.\n`);
  console.log(table(figures));
  console.log(`\n(${Math.round((Date.now() - began) / 1000)} s)`);
}

main().catch((error) => abort(error, 1));
