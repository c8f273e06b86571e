// Runs the Temporal CLI dev server (SQLite, web UI) as a child process and stops it cleanly.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, openSync, closeSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import type { SearchAttributeType } from '@temporalio/common';
import type { SearchAttributeKey } from '@temporalio/common/lib/search-attributes';

export interface DevServerOptions {
  cliPath: string;
  dbFile: string;
  logFile: string;
  port: number;
  uiPort: number;
  namespace: string;
  searchAttributes: SearchAttributeKey<SearchAttributeType>[];
  startTimeoutMs?: number;
}

export interface RunningDevServer {
  address: string;
  uiUrl: string;
  pid: number;
  /** Resolves when the server process has exited, with a reason if it exited on its own. */
  exited: Promise<string>;
  stop(): Promise<void>;
}

const SEARCH_ATTRIBUTE_TYPE_NAMES: Record<string, string> = {
  KEYWORD: 'Keyword',
  TEXT: 'Text',
  INT: 'Int',
  DOUBLE: 'Double',
  BOOL: 'Bool',
  DATETIME: 'Datetime',
  KEYWORD_LIST: 'KeywordList',
};

export async function startDevServer(options: DevServerOptions): Promise<RunningDevServer> {
  await assertPortFree(options.port, 'DONDOC_TEMPORAL_PORT');
  await assertPortFree(options.uiPort, 'DONDOC_TEMPORAL_UI_PORT');
  mkdirSync(path.dirname(options.dbFile), { recursive: true });
  mkdirSync(path.dirname(options.logFile), { recursive: true });

  const args = [
    'server', 'start-dev',
    '--db-filename', options.dbFile,
    '--ip', '127.0.0.1',
    '--port', String(options.port),
    '--ui-port', String(options.uiPort),
    '--namespace', options.namespace,
    '--log-level', 'warn',
    // The SQLite defaults manage about one workflow a second on these disks; WAL is ten times faster.
    '--sqlite-pragma', 'journal_mode=wal',
    '--sqlite-pragma', 'synchronous=NORMAL',
    ...options.searchAttributes.flatMap((key) => ['--search-attribute', `${key.name}=${SEARCH_ATTRIBUTE_TYPE_NAMES[key.type]}`]),
  ];
  const log = openSync(options.logFile, 'a');
  const child = spawn(options.cliPath, args, { stdio: ['ignore', log, log] });
  closeSync(log);

  const exited = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => resolve(`the Temporal dev server exited (code ${code}, signal ${signal}); see ${options.logFile}`));
    child.once('error', (error) => resolve(`the Temporal dev server could not start: ${error.message}`));
  });
  const address = `127.0.0.1:${options.port}`;
  const ready = await Promise.race([waitUntilServing(address, options.startTimeoutMs ?? 30_000), exited]);
  if (ready !== 'serving') {
    await stopChild(child);
    throw new Error(`${ready}\n${tail(options.logFile)}`);
  }
  return {
    address,
    uiUrl: `http://127.0.0.1:${options.uiPort}`,
    pid: child.pid!,
    exited,
    stop: () => stopChild(child),
  };
}

async function waitUntilServing(address: string, timeoutMs: number): Promise<'serving' | string> {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1000 });
      try {
        await connection.workflowService.getSystemInfo({});
        return 'serving';
      } finally {
        await connection.close();
      }
    } catch (error) {
      lastError = (error as Error).message;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return `the Temporal dev server did not answer on ${address} within ${timeoutMs} ms (${lastError})`;
}

async function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await done;
  clearTimeout(timer);
}

function assertPortFree(port: number, variable: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', () =>
      reject(new Error(`Cổng ${port} đang được dùng / port ${port} is already in use: stop what uses it or set ${variable} to a free port.`)),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

function tail(file: string, lines = 15): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}
