// A dependency that is down answers 503 with a code, a bilingual reason and Retry-After — never a 500 —
// and readiness names what is down. Fast: a fake register and a Temporal client aimed at a closed port.
import { Client, Connection } from '@temporalio/client';
import Fastify from 'fastify';
import { ApiError } from '../../src/api/errors';
import { healthRoutes, readiness } from '../../src/api/health';
import { buildApi } from '../../src/api/server';
import { UNAVAILABLE_MESSAGES, isTemporalUnavailable, unavailableError } from '../../src/api/unavailable';
import { RegisterUnavailableError, isRegisterConnectionError, openPostgres, type Database } from '../../src/db/database';
import { freePort } from '../support/ports';

/** What node-postgres throws when the server is gone, restarting or refusing connections. */
const connectionFailures: [string, unknown][] = [
  ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
  ['a reset connection', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
  ['an administrator shutdown (57P01)', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })],
  ['a server starting up (57P03)', Object.assign(new Error('the database system is starting up'), { code: '57P03' })],
  ['a connection exception (class 08)', Object.assign(new Error('connection failure'), { code: '08006' })],
  ['a connection that ended', new Error('Connection terminated unexpectedly')],
  ['a pool that could not connect in time', new Error('timeout exceeded when trying to connect')],
  ['a statement with no answer', new Error('Query read timeout')],
  ['both addresses refused', new AggregateError([Object.assign(new Error('connect ECONNREFUSED ::1:5432'), { code: 'ECONNREFUSED' })], 'connect failed')],
  ['a wrapped failure', new Error('outer', { cause: Object.assign(new Error('inner'), { code: '57P02' }) })],
];

const requestFailures: [string, unknown][] = [
  ['a unique violation', Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' })],
  ['a syntax error', Object.assign(new Error('syntax error at or near "SELEC"'), { code: '42601' })],
  ['a refusal the API made', new ApiError(409, 'TASK_CLOSED', 'closed')],
  ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'x')")],
];

describe('classifying errors as an unavailable register', () => {
  test.each(connectionFailures)('counts %s as the register being unavailable (503 REGISTER_UNAVAILABLE)', (_name, error) => {
    expect(isRegisterConnectionError(error)).toBe(true);
    const answer = unavailableError(error);
    expect(answer?.status).toBe(503);
    expect(answer?.toJSON()).toEqual({ error: { code: 'REGISTER_UNAVAILABLE', message: UNAVAILABLE_MESSAGES.REGISTER_UNAVAILABLE } });
    expect(answer?.headers['retry-after']).toMatch(/^\d+$/);
  });

  test.each(requestFailures)('leaves %s alone', (_name, error) => {
    expect(isRegisterConnectionError(error)).toBe(false);
    expect(unavailableError(error)).toBeUndefined();
  });

  test('a register that cannot be reached at start says where, and is classified as unavailable', async () => {
    const port = await freePort();
    const failure = await openPostgres(`postgres://dondoc:secret@127.0.0.1:${port}/register`, { connectTimeoutMs: 2_000 }).catch((e: Error) => e);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toContain(`127.0.0.1:${port}`);
    expect((failure as Error).message).not.toContain('secret');
    expect(isRegisterConnectionError(failure)).toBe(true);
  });

  test('RegisterUnavailableError keeps the cause and its name reaches Temporal as the failure type', () => {
    const cause = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const error = new RegisterUnavailableError(cause);
    expect(error.name).toBe('RegisterUnavailableError');
    expect(error.cause).toBe(cause);
    expect(error.message).toContain('ECONNREFUSED');
  });
});

describe('with Temporal and the register out of reach', () => {
  let temporal: Client;
  let connection: Connection;
  // The register as a switch: up (empty answers, one signed-in agency officer, one visible task) or down.
  let registerDown = false;
  const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
  const register: Database = {
    engine: 'postgresql',
    async query<T>(sql: string) {
      if (registerDown) throw refused();
      if (sql.includes('FROM sessions')) {
        const user = { id: 'cv', name: 'Chuyên viên', email: 'cv@example.gov.vn', role: 'agency_officer', agency_id: 'sxd', leader_id: null, active: true };
        return { rows: [user] as T[], affectedRows: 1 };
      }
      if (sql.includes('FROM tasks WHERE task_id')) return { rows: [{ lead: 'sxd', coordinating: [] }] as T[], affectedRows: 1 }; // taskAgencies: the task is the officer's
      return { rows: [] as T[], affectedRows: 0 };
    },
    async exec() {
      if (registerDown) throw refused();
    },
    async transaction(work) {
      return work(this);
    },
    async close() {},
  };

  beforeAll(async () => {
    // A closed port and no retry interceptor: every call fails at once with gRPC UNAVAILABLE.
    connection = Connection.lazy({ address: `127.0.0.1:${await freePort()}`, interceptors: [] });
    temporal = new Client({ connection });
  });
  afterAll(async () => {
    await connection.close();
  });
  beforeEach(() => {
    registerDown = false;
  });

  test('the Temporal client’s connection error counts as Temporal being unavailable', async () => {
    const error = await temporal.workflow.getHandle('task-NV-000001').query('getTaskState').catch((e: unknown) => e);
    expect(isTemporalUnavailable(error)).toBe(true);
    expect(unavailableError(error)?.toJSON()).toEqual({ error: { code: 'TEMPORAL_UNAVAILABLE', message: UNAVAILABLE_MESSAGES.TEMPORAL_UNAVAILABLE } });
  });

  test('readiness names Temporal as failing while the register and the worker are fine', async () => {
    const report = await readiness({ db: register, temporal, taskQueue: 'q', workerState: () => 'RUNNING', timeoutMs: 2_000 });
    expect(report).toEqual({
      ok: false,
      checks: { register: 'ok', temporal: 'unavailable', worker: 'ok' },
      error: { code: 'NOT_READY', message: 'Chưa sẵn sàng: Temporal không truy cập được / Not ready: Temporal is unreachable' },
    });
  });

  test('readiness answers 503 naming the register and a stopped worker, while liveness answers 200', async () => {
    registerDown = true;
    const app = Fastify();
    healthRoutes(app, { db: register, temporal, taskQueue: 'q', workerState: () => 'STOPPED', timeoutMs: 2_000 });
    const ready = await app.inject({ method: 'GET', url: '/api/health/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.headers['retry-after']).toMatch(/^\d+$/);
    expect(ready.json()).toMatchObject({ ok: false, checks: { register: 'unavailable', temporal: 'unavailable', worker: 'STOPPED' }, error: { code: 'NOT_READY' } });
    expect(ready.json().error.message).toMatch(/sổ đăng ký.*\/ Not ready: the register \(database\) is unreachable; Temporal is unreachable; no worker/);
    for (const url of ['/api/health/live', '/api/health']) {
      const live = await app.inject({ method: 'GET', url });
      expect([live.statusCode, live.json()]).toEqual([200, { ok: true }]);
    }
    await app.close();
  });

  test('the API answers 503 REGISTER_UNAVAILABLE with Retry-After to a signed-in request and to a sign-in while the register is down', async () => {
    const app = await buildApi({ db: register, temporal, taskQueue: 'q', log: () => undefined });
    registerDown = true;
    const me = await app.inject({ method: 'GET', url: '/api/me', headers: { authorization: 'Bearer some-token' } });
    expect(me.statusCode).toBe(503);
    expect(me.headers['retry-after']).toMatch(/^\d+$/);
    expect(me.json()).toEqual({ error: { code: 'REGISTER_UNAVAILABLE', message: UNAVAILABLE_MESSAGES.REGISTER_UNAVAILABLE } });
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'cv', password: 'whatever' } });
    expect(login.statusCode).toBe(503);
    expect(login.json().error.code).toBe('REGISTER_UNAVAILABLE');
    await app.close();
  });

  test('the API answers 503 TEMPORAL_UNAVAILABLE when an action cannot reach Temporal', async () => {
    const app = await buildApi({ db: register, temporal, taskQueue: 'q', log: () => undefined });
    const r = await app.inject({ method: 'POST', url: '/api/tasks/NV-000001/report-progress', payload: { note: 'Đã xong 50%' }, headers: { authorization: 'Bearer some-token' } });
    expect(r.statusCode).toBe(503);
    expect(r.headers['retry-after']).toMatch(/^\d+$/);
    expect(r.json()).toEqual({ error: { code: 'TEMPORAL_UNAVAILABLE', message: UNAVAILABLE_MESSAGES.TEMPORAL_UNAVAILABLE } });
    await app.close();
  });
});
