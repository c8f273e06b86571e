// The Temporal dev server never outlives the start command: it goes when the start command is killed
// with kill -9, a second start never runs a second server on the same SQLite file, and a server left
// behind by a crash is stopped by the next start on that data folder.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { LOCK_FILE_NAME, type LockContents } from '../../src/workers/data-folder-lock';
import { resolveTemporalBinaries } from '../../src/workers/temporal-binaries';
import { taskWorkflowId } from '../../src/workflows/contract';
import { taskWorkflow } from '../../src/workflows';
import { freePort, isListening } from '../support/ports';
import { ENTRY, processesMentioning, runToExit, start, stop } from '../support/start-command';
import { taskInput } from '../support/tasks';

const TASK_QUEUE = 'lifecycle-test';

/** Running and not a zombie (a zombie's command line is empty); independent of the code under test. */
function running(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`).length > 0;
  } catch {
    return false;
  }
}

/** Polls until `condition` holds or `timeoutMs` passes; a busy machine is slow, never wrong. */
async function eventually(condition: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return condition();
}

/** A pid that has just exited: what a lock left by a crashed start command names as its owner. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

describe("the Temporal dev server's lifetime", () => {
  let tmp: string;
  const startCommands: ChildProcess[] = [];
  const otherPids: number[] = [];

  beforeAll(() => {
    if (!existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: build first (./dondoc test does)`);
    tmp = mkdtempSync(path.join(os.tmpdir(), 'dondoc-lifecycle-'));
  });
  afterAll(async () => {
    for (const child of startCommands) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const stopped = stop(child);
      if (!(await eventually(() => child.exitCode !== null || child.signalCode !== null, 30_000))) child.kill('SIGKILL');
      await stopped;
    }
    // Servers the tests started or read from a lock, and anything else still running on their folders.
    for (const pid of [...otherPids, ...processesMentioning(tmp)]) if (running(pid)) process.kill(pid, 'SIGKILL');
    rmSync(tmp, { recursive: true, force: true });
  });

  async function folder(name: string) {
    const dataDir = path.join(tmp, name);
    const ports = { grpc: await freePort(), ui: await freePort(), api: await freePort() };
    const env = {
      DONDOC_DATA_DIR: dataDir,
      DONDOC_TEMPORAL_PORT: String(ports.grpc),
      DONDOC_TEMPORAL_UI_PORT: String(ports.ui),
      DONDOC_API_PORT: String(ports.api),
      DONDOC_TASK_QUEUE: TASK_QUEUE,
      DONDOC_LOG_LEVEL: 'WARN',
    };
    return { dataDir, dbFile: path.join(dataDir, 'temporal.sqlite'), lockFile: path.join(dataDir, LOCK_FILE_NAME), ports, env };
  }

  async function started(env: NodeJS.ProcessEnv) {
    const result = await start(env);
    startCommands.push(result.child);
    return result;
  }

  function lock(lockFile: string): LockContents {
    const contents = JSON.parse(readFileSync(lockFile, 'utf8')) as LockContents;
    if (contents.server) otherPids.push(contents.server.pid);
    return contents;
  }

  it('stops the dev server when the start command is killed with kill -9, and the next start has the same data', async () => {
    const { dbFile, lockFile, ports, env } = await folder('killed');
    const first = await started(env);
    const password = /user "admin", password "([^"]+)"/.exec(first.output())?.[1];
    expect(password).toBeDefined();
    const { server } = lock(lockFile);
    expect(server && running(server.pid)).toBe(true);
    const input = taskInput();
    let connection = await Connection.connect({ address: `127.0.0.1:${ports.grpc}` });
    await new Client({ connection }).workflow.start(taskWorkflow, { args: [{ input }], taskQueue: TASK_QUEUE, workflowId: taskWorkflowId(input.taskId) });
    await connection.close();

    first.child.kill('SIGKILL');
    expect(await eventually(() => !running(server!.pid), 20_000)).toBe(true);
    expect(await eventually(() => processesMentioning(dbFile).length === 0, 20_000)).toBe(true); // its watchdog too
    expect(await isListening(ports.grpc)).toBe(false);
    expect(await isListening(ports.ui)).toBe(false);

    const second = await started(env);
    expect(second.output()).toContain(`data in ${dbFile}`);
    expect(second.output()).not.toContain('password "'); // the register kept its administrator
    const login = await fetch(`http://127.0.0.1:${ports.api}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password }),
    });
    expect(login.status).toBe(200);
    connection = await Connection.connect({ address: `127.0.0.1:${ports.grpc}` });
    const handle = new Client({ connection }).workflow.getHandle(taskWorkflowId(input.taskId));
    expect((await handle.describe()).status.name).toBe('RUNNING');
    await handle.terminate('test over');
    await connection.close();
    expect(await stop(second.child)).toBe(0);
    expect(second.output()).toContain('Đôn Đốc: stopped.');
  }, 240_000);

  it('refuses a second start on a data folder in use, names the running one, and leaves it running', async () => {
    const { lockFile, ports, env } = await folder('shared');
    const first = await started(env);
    const held = lock(lockFile);

    const second = await runToExit(env);
    expect(second.code).not.toBe(0);
    expect(second.output).toContain('Another Đôn Đốc is already running on data folder');
    expect(second.output).toContain('Một Đôn Đốc khác đang chạy');
    expect(second.output).toContain(`(pid ${first.child.pid}`);
    // Advice to take another port would lead to a second server on the same SQLite file.
    expect(second.output).not.toMatch(/already in use|DONDOC_TEMPORAL_PORT/);

    expect(first.child.exitCode).toBeNull();
    expect(running(held.server!.pid)).toBe(true);
    expect(await isListening(ports.grpc)).toBe(true);
    expect(lock(lockFile)).toEqual(held);
    expect(await stop(first.child)).toBe(0);
    expect(first.output()).toContain('Đôn Đốc: stopped.');
    expect(existsSync(lockFile)).toBe(false);
  }, 180_000);

  it('stops a dev server left running by a crashed start on the same data folder, says so, and starts', async () => {
    const { dataDir, dbFile, lockFile, ports, env } = await folder('crashed');
    mkdirSync(dataDir, { recursive: true });
    // What a crash leaves behind: the server still running on this folder's SQLite file, and a lock
    // naming a start command that is gone.
    const orphan = spawn(process.env.TEMPORAL_CLI_PATH!, [
      'server', 'start-dev', '--db-filename', dbFile, '--ip', '127.0.0.1',
      '--port', String(ports.grpc), '--ui-port', String(ports.ui), '--log-level', 'warn',
    ], { stdio: 'ignore' });
    otherPids.push(orphan.pid!);
    expect(await eventually(() => isListening(ports.grpc), 60_000)).toBe(true);
    const stale: LockContents = {
      ownerPid: await deadPid(),
      ownerCommand: ENTRY,
      startedAt: new Date().toISOString(),
      dbFile,
      server: { pid: orphan.pid!, port: ports.grpc, uiPort: ports.ui },
    };
    writeFileSync(lockFile, JSON.stringify(stale));

    const next = await started(env);
    expect(next.output()).toContain(`stopped a Temporal dev server (pid ${orphan.pid}) left running by an earlier start on this data folder`);
    expect(running(orphan.pid!)).toBe(false);
    const held = lock(lockFile);
    expect(held.ownerPid).toBe(next.child.pid);
    expect(held.server!.pid).not.toBe(orphan.pid);
    expect(await stop(next.child)).toBe(0);
  }, 180_000);

  it('leaves alone a process that merely has the pid a stale lock names, and still reports a port held by something else', async () => {
    const { dataDir, lockFile, ports, env } = await folder('port-taken');
    mkdirSync(dataDir, { recursive: true });
    const bystander = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    otherPids.push(bystander.pid!);
    const stale: LockContents = {
      ownerPid: await deadPid(),
      ownerCommand: ENTRY,
      startedAt: new Date().toISOString(),
      dbFile: path.join(dataDir, 'temporal.sqlite'),
      server: { pid: bystander.pid!, port: ports.grpc, uiPort: ports.ui },
    };
    writeFileSync(lockFile, JSON.stringify(stale));
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(ports.grpc, '127.0.0.1', resolve));
    try {
      const refused = await runToExit(env);
      expect(refused.code).not.toBe(0);
      expect(refused.output).toContain(`port ${ports.grpc} is already in use`);
      expect(refused.output).toContain('DONDOC_TEMPORAL_PORT');
      expect(refused.output).not.toContain('stopped a Temporal dev server');
      expect(running(bystander.pid!)).toBe(true);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
      bystander.kill('SIGKILL');
    }
  }, 120_000);

  it('starts the dev server again when it exits while starting, and gives up after three tries', async () => {
    const { dataDir, env } = await folder('flaky');
    mkdirSync(dataDir, { recursive: true });
    const realCli = resolveTemporalBinaries(process.env).cli;
    /** A Temporal CLI that exits as the dev server has been seen to (a panic while starting) its first `failures` times. */
    const flakyCli = (name: string, failures: number) => {
      const script = path.join(dataDir, name);
      const count = `${script}.count`;
      writeFileSync(script, [
        '#!/bin/sh',
        `n=$(cat '${count}' 2>/dev/null || echo 0); n=$((n + 1)); echo "$n" > '${count}'`,
        `if [ "$n" -le ${failures} ]; then echo 'panic: runtime error: invalid memory address or nil pointer dereference (simulated)'; exit 2; fi`,
        `exec '${realCli}' "$@"`,
      ].join('\n'), { mode: 0o755 });
      return { script, tries: () => Number(readFileSync(count, 'utf8')) };
    };

    const once = flakyCli('temporal-fails-once', 1);
    const result = await started({ ...env, TEMPORAL_CLI_PATH: once.script });
    expect(result.output()).toContain('the Temporal dev server exited while starting (try 1 of 3); starting it again');
    expect(once.tries()).toBe(2);
    expect(await stop(result.child)).toBe(0);

    const always = flakyCli('temporal-always-fails', 99);
    const refused = await runToExit({ ...env, TEMPORAL_CLI_PATH: always.script });
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('(try 2 of 3)');
    expect(refused.output).toContain('Đôn Đốc could not start: the Temporal dev server exited');
    expect(always.tries()).toBe(3);
    expect(processesMentioning(dataDir)).toEqual([]);
  }, 180_000);
});
