// A PostgreSQL restart under a running API and worker: the process survives, requests are answered 503
// (register unavailable, with Retry-After) instead of 500, readiness says so, the workflow's register
// writes fail and are retried by Temporal, and once the server is back everything resumes without a
// restart and the register holds every history entry the workflow has.
//
// The test owns its PostgreSQL server (initdb in a temporary folder, a free port): the machine's shared
// server is never touched.
import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { UNAVAILABLE_MESSAGES } from '../../src/api/unavailable';
import { RegisterUnavailableError, type Database } from '../../src/db/database';
import { getTaskState, taskUpdates, taskWorkflowId } from '../../src/workflows/contract';
import { apiPerFile } from '../support/api';
import { postgresServerEngine, type Engine } from '../support/engines';
import { freePort } from '../support/ports';

const run = promisify(execFile);

/** A throwaway PostgreSQL cluster. As root (initdb refuses root) its commands run as the postgres user. */
class TestPostgres {
  private dir = '';
  private port = 0;
  private running = false;
  private readonly bin = postgresBinaries();
  private readonly asPostgres = process.getuid?.() === 0;

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  async init(): Promise<void> {
    this.dir = mkdtempSync(path.join(os.tmpdir(), 'dondoc-pg-'));
    if (this.asPostgres) {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
      chownSync(this.dir, uid, gid);
    }
    this.port = await freePort();
    await this.pg('initdb', ['-D', this.data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-locale', '--no-sync']);
  }

  async start(): Promise<void> {
    const settings = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
    await this.pg('pg_ctl', ['-D', this.data, '-l', path.join(this.dir, 'server.log'), '-o', settings, '-w', '-t', '120', 'start']);
    this.running = true;
  }

  async stop(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    await this.pg('pg_ctl', ['-D', this.data, '-m', mode, '-w', '-t', '120', 'stop']);
    this.running = false;
  }

  async dispose(): Promise<void> {
    if (this.running) await this.stop('immediate').catch(() => undefined);
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }

  private get data(): string {
    return path.join(this.dir, 'data');
  }

  private async pg(command: string, args: string[]): Promise<void> {
    const program = path.join(this.bin, command);
    await (this.asPostgres ? run('runuser', ['-u', 'postgres', '--', program, ...args]) : run(program, args));
  }
}

/** The newest PostgreSQL server binaries installed (Debian keeps them out of PATH). */
function postgresBinaries(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(path.join(root, v, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (newest) return path.join(root, newest, 'bin');
  try {
    return execFileSync('pg_config', ['--bindir']).toString().trim();
  } catch {
    throw new Error('no PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin or from pg_config: install postgresql');
  }
}

/** The register with one fault to inject: something to do right before the next audit entry is written. */
function withAuditHook(engine: Engine, hook: { beforeAudit?: () => Promise<void> }): Engine {
  return {
    dispose: () => engine.dispose(),
    async open() {
      const db = await engine.open();
      const hooked: Database = {
        ...db,
        async query(sql, params) {
          const before = sql.startsWith('INSERT INTO audit_log') ? hook.beforeAudit : undefined;
          if (before) {
            hook.beforeAudit = undefined;
            await before();
          }
          return db.query(sql, params);
        },
      };
      return hooked;
    },
  };
}

const server = new TestPostgres();
const hook: { beforeAudit?: () => Promise<void> } = {};
const connectionErrors: Error[] = [];

beforeAll(async () => {
  await server.init();
  await server.start();
}, 180_000);

const api = apiPerFile(() =>
  withAuditHook(postgresServerEngine(() => server.url, { connectTimeoutMs: 3_000, onConnectionError: (e) => connectionErrors.push(e) }), hook),
);

afterAll(async () => {
  await server.dispose();
}, 180_000);

/** Polls `probe` until it returns a value (not undefined), or fails with the last thing it saw. */
async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 180_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms (last error: ${(last as Error)?.message ?? 'none'})`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const REGISTER_DOWN = { error: { code: 'REGISTER_UNAVAILABLE', message: UNAVAILABLE_MESSAGES.REGISTER_UNAVAILABLE } };

test('survives a PostgreSQL restart: 503 while it is down, then every workflow event reaches the register with no restart', async () => {
  const { app, request, createTask, db, env } = api();
  const taskId = await createTask();
  const handle = env.client.workflow.getHandle(taskWorkflowId(taskId));
  // The agency officer signs in and acts before the outage (the harness keeps its token).
  expect((await request('officer', 'POST', `/api/tasks/${taskId}/acknowledge`, {})).status).toBe(200);

  // The outage begins inside a progress report: the workflow has applied the Update, the API's audit
  // entry is next. The client is told 503 (not 500, not a success it could not record).
  hook.beforeAudit = () => server.stop('fast');
  const note = 'Đã khảo sát 3/5 tuyến đường';
  const cut = await request('officer', 'POST', `/api/tasks/${taskId}/report-progress`, { note, percent: 40 }, { 'idempotency-key': 'outage-report-1' });
  expect(cut.status).toBe(503);
  expect(cut.body).toEqual(REGISTER_DOWN);
  expect(cut.headers['retry-after']).toMatch(/^\d+$/);

  // While it is down: reads and sign-ins are 503 with Retry-After; the process lives on.
  const list = await request('office', 'GET', '/api/tasks');
  expect([list.status, list.body]).toEqual([503, REGISTER_DOWN]);
  expect(list.headers['retry-after']).toMatch(/^\d+$/);
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'head', password: 'anything' } });
  expect([login.statusCode, login.json()]).toEqual([503, REGISTER_DOWN]);
  const again = await request('officer', 'POST', `/api/tasks/${taskId}/report-progress`, { note: 'Báo cáo khác', percent: 45 });
  expect([again.status, again.body]).toEqual([503, REGISTER_DOWN]); // refused before it reached the workflow
  expect((await app.inject({ method: 'GET', url: '/api/health/live' })).statusCode).toBe(200);
  const notReady = await app.inject({ method: 'GET', url: '/api/health/ready' });
  expect(notReady.statusCode).toBe(503);
  expect(notReady.json()).toMatchObject({ ok: false, checks: { register: 'unavailable', temporal: 'ok', worker: 'ok' }, error: { code: 'NOT_READY' } });

  // Work reaching the workflow another way (here Temporal directly) still happens; writing its events
  // to the register fails, and Temporal retries the activity.
  await handle.executeUpdate(taskUpdates.report_progress, {
    args: [{ actor: { id: 'officer', name: 'Người dùng officer', role: 'agency_officer', agencyId: 'sxd' }, note: 'Ghi trong lúc mất kết nối', percent: 50 }],
  });
  const failing = await eventually('a failed register write waiting for its retry', async () => {
    const { raw } = await handle.describe();
    return (raw.pendingActivities ?? []).find((a) => a.activityType?.name === 'recordTaskEvents' && a.lastFailure);
  });
  expect(failing.lastFailure?.message).toMatch(/register unavailable/);
  // Still here: the idle pooled connections the shutdown closed were reported, not an unhandled 'error' event.
  expect(connectionErrors.length).toBeGreaterThan(0);
  expect(process.kill(process.pid, 0)).toBe(true);

  await server.start();

  // No restart of anything: the same API answers again, and readiness is green.
  await eventually('the API answering again', async () => {
    const r = await request('office', 'GET', `/api/tasks/${taskId}`);
    if (r.status !== 200) throw new Error(`${r.status} ${JSON.stringify(r.body)}`);
    return true;
  });
  const ready = await eventually('readiness', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/health/ready' });
    return r.statusCode === 200 ? r.json() : undefined;
  });
  expect(ready).toEqual({ ok: true, checks: { register: 'ok', temporal: 'ok', worker: 'ok' } });

  // The report cut off by the outage was applied once. Its Idempotency-Key stays claimed (the release
  // failed with the register down), so the retry is told it is in progress rather than applied twice.
  const retry = await request('officer', 'POST', `/api/tasks/${taskId}/report-progress`, { note, percent: 40 }, { 'idempotency-key': 'outage-report-1' });
  expect(retry.status === 409 ? retry.body.error.code : retry.headers['idempotent-replayed']).toBe(retry.status === 409 ? 'REQUEST_IN_PROGRESS' : 'true');

  // Every history entry of the workflow reaches the register's event log (through Temporal's retries).
  const view = await handle.query(getTaskState);
  expect(view.state.history.filter((e) => e.action === 'progress_reported' && e.details.note === note)).toHaveLength(1);
  const seqs = view.state.history.map((e) => e.seq);
  const recorded = await eventually('every event in the register', async () => {
    const { rows } = await db.query<{ seq: number }>('SELECT seq FROM task_events WHERE task_id = $1 ORDER BY seq', [taskId]);
    const found = rows.map((r) => r.seq);
    return seqs.every((s) => found.includes(s)) ? found : undefined;
  });
  expect(recorded).toEqual(seqs);
  const row = await api().row(taskId, (r) => r.last_seq === seqs.at(-1));
  expect(row.progress_percent).toBe(50);
}, 420_000);

test('a connection killed inside a transaction fails that transaction as unavailable and leaves the pool usable', async () => {
  const { db } = api();
  const failure = await db
    .transaction(async (tx) => {
      const { rows } = await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      await db.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]); // from another pooled connection
      // Idle inside the transaction, the client hears of its end as an 'error' event (fatal to node without a listener).
      await new Promise((resolve) => setTimeout(resolve, 300));
      await tx.query('SELECT 1');
    })
    .catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(RegisterUnavailableError);
  // The broken client was discarded, not handed out again: more queries than the pool has connections all work.
  for (let i = 0; i < 12; i += 1) expect((await db.query<{ n: number }>('SELECT $1::int AS n', [i])).rows[0]!.n).toBe(i);
  await db.transaction(async (tx) => tx.query('SELECT 1'));
}, 60_000);
