// The first README command, end to end: the compiled start command runs its own Temporal dev server
// on a SQLite file, keeps workflows across restarts, and leaves no process behind after SIGTERM.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { taskWorkflowId } from '../../src/workflows/contract';
import { taskWorkflow } from '../../src/workflows';
import { freePort, isListening } from '../support/ports';
import { ENTRY, processesMentioning, start, stop } from '../support/start-command';
import { taskInput } from '../support/tasks';

// Each test starts the whole system (a dev server on SQLite, PGlite, the worker, the API) once or twice: on a
// busy 2-core machine that takes well over the suite's default minute.
jest.setTimeout(180_000);

describe('the embedded start command', () => {
  let tmp: string;
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let ports: { grpc: number; ui: number; api: number };
  const running: ChildProcess[] = [];

  beforeAll(async () => {
    if (!existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: build first (./dondoc test does)`);
    tmp = mkdtempSync(path.join(os.tmpdir(), 'dondoc-start-'));
    dataDir = path.join(tmp, 'not-yet', 'data'); // as on a fresh machine: the start command creates it
    ports = { grpc: await freePort(), ui: await freePort(), api: await freePort() };
    env = {
      DONDOC_DATA_DIR: dataDir,
      DONDOC_TEMPORAL_PORT: String(ports.grpc),
      DONDOC_TEMPORAL_UI_PORT: String(ports.ui),
      DONDOC_API_PORT: String(ports.api),
      DONDOC_TASK_QUEUE: 'embedded-test',
      DONDOC_LOG_LEVEL: 'WARN',
    };
  });
  afterAll(async () => {
    for (const child of running) if (child.exitCode === null) await stop(child);
    rmSync(tmp, { recursive: true, force: true });
  });

  it('serves the web UI, keeps workflows in SQLite across a restart, and stops everything on SIGTERM', async () => {
    const first = await start(env);
    running.push(first.child);
    expect(first.output()).toContain(`Temporal web UI:  http://127.0.0.1:${ports.ui}`);
    expect(first.output()).toContain(`Register:         PGlite in ${path.join(dataDir, 'register')}`);
    const ui = await fetch(`http://127.0.0.1:${ports.ui}/`);
    expect(ui.status).toBe(200);
    // The API and its docs page; the first administrator's password is shown once.
    const password = /user "admin", password "([^"]+)"/.exec(first.output())?.[1];
    expect(password).toBeDefined();
    const api = `http://127.0.0.1:${ports.api}`;
    expect((await fetch(`${api}/docs/`)).status).toBe(200);
    const login = await fetch(`${api}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password }) });
    expect(login.status).toBe(200);

    const input = taskInput();
    let connection = await Connection.connect({ address: `127.0.0.1:${ports.grpc}` });
    await new Client({ connection }).workflow.start(taskWorkflow, {
      args: [{ input }],
      taskQueue: 'embedded-test',
      workflowId: taskWorkflowId(input.taskId),
    });
    await connection.close();

    expect(await stop(first.child)).toBe(0);
    expect(await isListening(ports.grpc)).toBe(false);
    expect(await isListening(ports.ui)).toBe(false);
    expect(await isListening(ports.api)).toBe(false);
    expect(processesMentioning(path.join(dataDir, 'temporal.sqlite'))).toEqual([]);

    const second = await start(env);
    running.push(second.child);
    expect(second.output()).not.toContain('password "'); // users exist now: no new administrator
    connection = await Connection.connect({ address: `127.0.0.1:${ports.grpc}` });
    const handle = new Client({ connection }).workflow.getHandle(taskWorkflowId(input.taskId));
    expect((await handle.describe()).status.name).toBe('RUNNING');
    await handle.terminate('test over');
    await connection.close();

    expect(await stop(second.child)).toBe(0);
    expect(processesMentioning(path.join(dataDir, 'temporal.sqlite'))).toEqual([]);
  });

  it('loads a demo city with tasks in every state when started with --demo', async () => {
    const demoDir = path.join(tmp, 'demo');
    const demo = await start({ ...env, DONDOC_DATA_DIR: demoDir }, ['--demo']);
    running.push(demo.child);
    try {
    expect(demo.output()).toContain('Demo city:        loaded');
    const api = `http://127.0.0.1:${ports.api}`;
    const login = await fetch(`${api}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'pct-dothi', password: 'dondoc-demo' }) });
    const { token } = (await login.json()) as { token: string };
    const statuses = async () => {
      const r = await fetch(`${api}/api/tasks?limit=200`, { headers: { authorization: `Bearer ${token}` } });
      return new Set(((await r.json()) as { items: { status: string }[] }).items.map((t) => t.status));
    };
    const expected = ['assigned', 'in_progress', 'overdue', 'no_deadline', 'awaiting_review', 'refused', 'on_hold', 'completed_on_time', 'withdrawn'];
    const until = Date.now() + 30_000;
    let seen = await statuses();
    while (!expected.every((x) => seen.has(x)) && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      seen = await statuses();
    }
    expect([...seen].sort()).toEqual(expect.arrayContaining(expected.sort()));
    const agencies = await fetch(`${api}/api/agencies`, { headers: { authorization: `Bearer ${token}` } });
    expect(((await agencies.json()) as { items: unknown[] }).items.length).toBeGreaterThanOrEqual(20);
    } finally {
      expect(await stop(demo.child)).toBe(0);
    }
  });

  it('uses the server named by TEMPORAL_ADDRESS, starts none, and registers the search attributes there', async () => {
    const external = await TestWorkflowEnvironment.createLocal({
      server: { executable: { type: 'existing-path', path: process.env.TEMPORAL_CLI_PATH! }, ip: '127.0.0.1' },
    });
    try {
      const attached = await start({ ...env, TEMPORAL_ADDRESS: external.address });
      running.push(attached.child);
      expect(attached.output()).toContain(`Temporal server:  ${external.address} (external)`);
      expect(attached.output()).not.toContain('web UI');
      expect(processesMentioning(dataDir)).toEqual([]);
      const { keys } = await external.connection.operatorService
        .listSearchAttributes({ namespace: 'default' })
        .then((r) => ({ keys: Object.keys(r.customAttributes ?? {}) }));
      expect(keys).toEqual(expect.arrayContaining(['DonDocStatus', 'DonDocLeadAgency', 'DonDocDeadline', 'DonDocEscalationLevel', 'DonDocAssigningLeader', 'DonDocSource']));
      expect(await stop(attached.child)).toBe(0);
    } finally {
      await external.teardown();
    }
  });

  it('refuses an unknown argument and names it', async () => {
    const child = spawn(process.execPath, [ENTRY, '--dmeo'], { env: { ...process.env, ...env } });
    let output = '';
    child.stderr!.on('data', (chunk) => (output += chunk));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(output).toContain('unknown argument(s): --dmeo');
  });

  it('refuses to start with a bad setting and names the variable', async () => {
    const child = spawn(process.execPath, [ENTRY], { env: { ...process.env, ...env, DONDOC_TEMPORAL_PORT: 'abc' } });
    let output = '';
    child.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(output).toContain('DONDOC_TEMPORAL_PORT="abc"');
  });
});
