// An API on a register (either engine), a Temporal dev server and a task worker, with a small
// directory of agencies, leaders and users, and requests made as one of those users.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import type { FastifyInstance } from 'fastify';
import { DatabaseNotificationStore, DelegationRouting, Notifier } from '../../src/activities';
import { ensureAdmin } from '../../src/api/bootstrap';
import { ErrorBody } from '../../src/api/errors';
import { buildApi } from '../../src/api/server';
import { backgroundLaneOf, type Database, type Queryable } from '../../src/db/database';
import { migrate } from '../../src/db/migrations';
import { getTaskState, taskWorkflowId } from '../../src/workflows/contract';
import type { Engine } from './engines';
import { startDevServer, testWorker, uniqueTaskQueue } from './temporal';

export const PASSWORD = 'mật-khẩu-thử-nghiệm';
export const ADMIN_PASSWORD = 'admin-password-1';

export const AGENCIES = [
  { id: 'vp', name: 'Văn phòng UBND thành phố', kind: 'office', email: 'vanphong@example.gov.vn', head: { name: 'Chánh Văn phòng Đỗ Văn G', email: 'cvp@example.gov.vn' } },
  { id: 'sxd', name: 'Sở Xây dựng', kind: 'department', email: 'soxaydung@example.gov.vn', head: { name: 'Giám đốc Lê Thị C', email: 'gd.sxd@example.gov.vn' }, focal: { name: 'Chuyên viên Hà', email: 'ha.sxd@example.gov.vn', phone: '0901000001' } },
  { id: 'stc', name: 'Sở Tài chính', kind: 'department', email: 'sotaichinh@example.gov.vn', head: { name: 'Giám đốc Phạm Văn D', email: 'gd.stc@example.gov.vn' } },
  { id: 'sgtvt', name: 'Sở Giao thông vận tải', kind: 'department', email: 'sogtvt@example.gov.vn', head: { name: 'Giám đốc Võ Văn E', email: 'gd.sgtvt@example.gov.vn' } },
  { id: 'quan-1', name: 'UBND Quận 1', kind: 'district', email: 'quan1@example.gov.vn', head: { name: 'Chủ tịch UBND Quận 1', email: 'ct.q1@example.gov.vn' } },
] as const;

export const LEADERS = [
  { id: 'ct-b', name: 'Nguyễn Văn B', title: 'Chủ tịch', email: 'ct.b@example.gov.vn', isChairman: true, areas: ['Chung'] },
  { id: 'pct-a', name: 'Trần Văn A', title: 'Phó Chủ tịch', email: 'pct.a@example.gov.vn', areas: ['Đô thị', 'Xây dựng'] },
  { id: 'pct-k', name: 'Lý Thị K', title: 'Phó Chủ tịch', email: 'pct.k@example.gov.vn', areas: ['Văn hóa', 'Xã hội'] },
] as const;

export const USERS = {
  office: { role: 'office' },
  chairman: { role: 'leader', leaderId: 'ct-b' },
  leader: { role: 'leader', leaderId: 'pct-a' },
  otherLeader: { role: 'leader', leaderId: 'pct-k' },
  head: { role: 'agency_head', agencyId: 'sxd' },
  officer: { role: 'agency_officer', agencyId: 'sxd' },
  coordinator: { role: 'agency_officer', agencyId: 'stc' },
  outsider: { role: 'agency_officer', agencyId: 'sgtvt' },
  district: { role: 'agency_head', agencyId: 'quan-1' },
  locked: { role: 'agency_officer', agencyId: 'quan-1' }, // the sign-in limit test locks it out
} as const;
export type UserKey = keyof typeof USERS | 'admin';

export interface Reply {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON answers, checked by each test
  headers: Record<string, string | string[] | number | undefined>;
  raw: Buffer;
}

export interface ApiHarness {
  app: FastifyInstance;
  db: Database;
  env: TestWorkflowEnvironment;
  taskQueue: string;
  request(who: UserKey | null, method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<Reply>;
  /** Waits until the register's row of a task satisfies `ready` (its events arrive through an activity). */
  row(taskId: string, ready?: (row: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  /** Registers one task through the API as the office and waits until its workflow recorded its first event. */
  createTask(overrides?: Record<string, unknown>): Promise<string>;
  /**
   * Waits until a task's workflow has delivered every notification it queued and the register holds every
   * entry of its history (the API writes an action's row first, so a row is no sign that the mail went out).
   */
  settled(taskId: string): Promise<void>;
  /** Holds the worker's register transactions (its event writes) until the returned function is called; that resolves once the held ones ran. */
  holdWorkerRegister(): () => Promise<void>;
  /** Makes the API's register transactions fail (its statements outside one still run) until the returned function is called. */
  failApiTransactions(): () => void;
}

/** `db`, each of its transactions going through `around` (everything else as it is). */
function aroundTransactions(db: Database, around: <T>(run: () => Promise<T>) => Promise<T>): Database {
  return new Proxy(db, {
    get: (target, property) => {
      if (property === 'transaction') return <T>(work: (tx: Queryable) => Promise<T>) => around(() => target.transaction(work));
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The worker's register, whose transactions a test can hold back (an activity slow to reach the register). */
class RegisterGate {
  private held: { opened: Promise<void>; open: () => void; waiting: Promise<unknown>[] } | null = null;

  wrap(db: Database): Database {
    return aroundTransactions(db, (run) => {
      const held = this.held;
      if (!held) return run();
      const done = held.opened.then(run);
      held.waiting.push(done.catch(() => undefined));
      return done;
    });
  }

  hold(): () => Promise<void> {
    if (this.held) throw new Error('the register is already held');
    let open!: () => void;
    const held = { opened: new Promise<void>((resolve) => { open = resolve; }), open, waiting: [] as Promise<unknown>[] };
    this.held = held;
    return async () => {
      this.held = null;
      held.open();
      await Promise.all(held.waiting);
    };
  }
}

let directives = 0;

export function apiPerFile(makeEngine: () => Engine): () => ApiHarness {
  const engine = makeEngine();
  let harness: ApiHarness | undefined;
  let worker: Worker | undefined;
  let running: Promise<void> | undefined;
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    const db = await engine.open();
    await migrate(db);
    await ensureAdmin(db, ADMIN_PASSWORD);
    const env = await startDevServer();
    const taskQueue = uniqueTaskQueue('api');
    const gate = new RegisterGate();
    // Notices for a leader who delegated go to the acting approver, as in production (src/workers/embedded.ts).
    worker = await testWorker(env, taskQueue, { notifier: new Notifier(new DatabaseNotificationStore(backgroundLaneOf(db)), undefined, undefined, new DelegationRouting(backgroundLaneOf(db))), register: gate.wrap(backgroundLaneOf(db)) });
    running = worker.run();
    let apiTransactionsFail = false;
    const apiDb = aroundTransactions(db, (run) => (apiTransactionsFail ? Promise.reject(new Error('the register refused the transaction (test)')) : run()));
    const app = await buildApi({ db: apiDb, temporal: env.client, taskQueue, log: (message, details) => console.error(message, details), loginLimit: { maxFailures: 5, windowMs: 60_000 }, checkResponses: true });

    const request: ApiHarness['request'] = async (who, method, url, body, headers = {}) => {
      let token: string | undefined;
      if (who) {
        token = tokens.get(who);
        if (!token) {
          const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: who.toLowerCase(), password: who === 'admin' ? ADMIN_PASSWORD : PASSWORD } });
          if (r.statusCode !== 200) throw new Error(`login ${who}: ${r.statusCode} ${r.body}`);
          token = (r.json() as { token: string }).token;
          tokens.set(who, token);
        }
      }
      const r = await app.inject({
        method: method as 'GET',
        url,
        ...(body !== undefined ? { payload: body as object } : {}),
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      });
      const isJson = String(r.headers['content-type'] ?? '').includes('json');
      // Every refusal, fastify's own included, has the documented error shape.
      if (r.statusCode >= 400 && !ErrorBody.safeParse(isJson ? r.json() : r.body).success) throw new Error(`${method} ${url}: ${r.statusCode} answer is not the error shape: ${r.body}`);
      return { status: r.statusCode, body: isJson ? r.json() : r.body, headers: r.headers, raw: r.rawPayload };
    };

    const row: ApiHarness['row'] = async (taskId, ready = () => true) => {
      const deadline = Date.now() + 60_000; // the row follows through an activity: slow on a busy machine
      for (;;) {
        const { rows } = await db.query(`SELECT *, to_char(deadline, 'YYYY-MM-DD') AS deadline_day FROM tasks WHERE task_id = $1`, [taskId]);
        if (rows[0] && ready(rows[0])) return rows[0];
        if (Date.now() > deadline) throw new Error(`task ${taskId}: row not ready: ${JSON.stringify(rows[0])}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };

    const createTask: ApiHarness['createTask'] = async (overrides = {}) => {
      directives += 1;
      const r = await request('office', 'POST', '/api/directives', {
        directive: { number: `${directives}/UBND-TH`, date: '2026-07-26', signer: 'Phó Chủ tịch Trần Văn A', source: 'peoples_committee', title: 'Văn bản thử nghiệm' },
        tasks: [{ title: 'Báo cáo tiến độ giải ngân vốn đầu tư công', leadAgencyId: 'sxd', coordinatingAgencyIds: ['stc'], assigningLeaderId: 'pct-a', deadline: '15/3/2031', ...overrides }],
      });
      if (r.status !== 201) throw new Error(`create task: ${r.status} ${JSON.stringify(r.body)}`);
      const taskId = r.body.tasks[0].taskId as string;
      // The row is there as soon as registration answers; wait for the workflow's first event, so tests start from a running task.
      await row(taskId, (x) => Number(x.last_seq) > 0);
      return taskId;
    };

    const settled: ApiHarness['settled'] = async (taskId) => {
      const deadline = Date.now() + 60_000;
      const handle = env.client.workflow.getHandle(taskWorkflowId(taskId));
      for (;;) {
        const view = await handle.query(getTaskState);
        const lastSeq = view.state.history.at(-1)?.seq ?? 0;
        const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM task_events WHERE task_id = $1', [taskId]);
        if (view.state.outbox.length === 0 && rows[0]!.n >= lastSeq) return;
        if (Date.now() > deadline) throw new Error(`task ${taskId}: still delivering ${view.state.outbox.length} notice(s)`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };

    harness = { app, db, env, taskQueue, request, row, createTask, settled, holdWorkerRegister: () => gate.hold(),
      failApiTransactions: () => {
        apiTransactionsFail = true;
        return () => {
          apiTransactionsFail = false;
        };
      },
    };
    for (const a of AGENCIES) await expectCreated(request('admin', 'POST', '/api/agencies', a));
    for (const l of LEADERS) await expectCreated(request('admin', 'POST', '/api/leaders', l));
    for (const [id, u] of Object.entries(USERS)) {
      await expectCreated(request('admin', 'POST', '/api/users', { id: id.toLowerCase(), name: `Người dùng ${id}`, email: `${id.toLowerCase()}@example.gov.vn`, password: PASSWORD, ...u }));
    }
  }, 90_000);

  afterAll(async () => {
    await harness?.app.close();
    if (worker?.getState() === 'RUNNING') worker.shutdown();
    await running;
    await harness?.env.teardown();
    await harness?.db.close();
    await engine.dispose();
  }, 120_000);

  return () => {
    if (!harness) throw new Error('the API is built in beforeAll');
    return harness;
  };
}

async function expectCreated(reply: Promise<Reply>): Promise<void> {
  const r = await reply;
  if (r.status !== 201) throw new Error(`seeding the directory: ${r.status} ${JSON.stringify(r.body)}`);
}
