// Runs the Temporal CLI dev server (SQLite, web UI) under a watchdog child process, so that it stops
// cleanly with the start command and never outlives it, even when the start command is killed.
import { type ChildProcess, fork } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import type { SearchAttributeType } from '@temporalio/common';
import type { SearchAttributeKey } from '@temporalio/common/lib/search-attributes';
import type { DataFolderLock } from './data-folder-lock';
import type { WatchdogMessage } from './dev-server-watchdog';
import { isRunningCommand, terminate } from './processes';

// Compiled next to this file: the start command runs from dist/.
const WATCHDOG = path.join(__dirname, 'dev-server-watchdog.js');
/** How long the server has to stop after SIGTERM before it gets SIGKILL. */
const STOP_GRACE_MS = 10_000;

export interface DevServerOptions {
  cliPath: string;
  dbFile: string;
  logFile: string;
  port: number;
  uiPort: number;
  namespace: string;
  searchAttributes: SearchAttributeKey<SearchAttributeType>[];
  startTimeoutMs?: number;
  /** Told the server's pid as soon as it is known, so a later start can clean up after a crash. */
  lock?: DataFolderLock;
  /** Told why a start is tried again (the server exited while starting). */
  onRetry?: (why: string) => void;
}

/**
 * Tries before giving up when the server exits while starting: the dev server (Temporal CLI 1.9.1) has
 * been seen to panic now and then as it starts (a nil listener in its worker service, once in a CI run)
 * and to start on the next try. A server that starts but does not answer is not tried again.
 */
export const START_ATTEMPTS = 3;

export interface RunningDevServer {
  address: string;
  uiUrl: string;
  /** The pid of the Temporal server itself (not of its watchdog). */
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
  for (let attempt = 1; ; attempt += 1) {
    const outcome = await startOnce(options);
    if ('address' in outcome) return outcome;
    if (!outcome.exitedWhileStarting || attempt === START_ATTEMPTS) throw new Error(outcome.reason);
    options.onRetry?.(`the Temporal dev server exited while starting (try ${attempt} of ${START_ATTEMPTS}); starting it again. ${outcome.reason}`);
  }
}

async function startOnce(options: DevServerOptions): Promise<RunningDevServer | { reason: string; exitedWhileStarting: boolean }> {
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
  if (!existsSync(WATCHDOG)) throw new Error(`${WATCHDOG} is missing: build first (npm run build)`);
  const log = openSync(options.logFile, 'a');
  const watchdog = fork(WATCHDOG, [String(STOP_GRACE_MS), options.cliPath, ...args], { stdio: ['ignore', log, log, 'ipc'], execArgv: [] });
  closeSync(log);

  let serverPid: number | undefined;
  let reason: string | undefined;
  const spawned = new Promise<'spawned'>((resolve) =>
    watchdog.on('message', (message: WatchdogMessage) => {
      if (message.kind === 'exited') return void (reason = message.reason);
      serverPid = message.pid;
      options.lock?.recordServer({ pid: message.pid, port: options.port, uiPort: options.uiPort });
      resolve('spawned');
    }),
  );
  const exited = new Promise<string>((resolve) => {
    watchdog.once('error', (error) => resolve(`the Temporal dev server's watchdog could not start: ${error.message}`));
    const settle = (code: number | null, signal: NodeJS.Signals | null) => {
      // The watchdog exits on its own only after its server has exited.
      if (code !== null) return resolve(`${reason ?? 'the Temporal dev server was stopped'}; see ${options.logFile}`);
      const why = `the Temporal dev server's watchdog was killed (${signal}); see ${options.logFile}`;
      // Its server may be left running: stop it here, if that pid is still the server on this SQLite file.
      if (serverPid !== undefined && isRunningCommand(serverPid, options.dbFile, false)) {
        void terminate(serverPid, STOP_GRACE_MS).then(() => resolve(why));
      } else {
        resolve(why);
      }
    };
    // Not 'close': Node never emits it once this side has disconnected. Messages still in the channel
    // are read before it reports 'disconnect', so the reason is known by then.
    watchdog.once('exit', (code, signal) => (watchdog.connected ? watchdog.once('disconnect', () => settle(code, signal)) : settle(code, signal)));
  });
  const stop = () => stopWatchdog(watchdog, exited);

  const address = `127.0.0.1:${options.port}`;
  const exitedEarly = exited.then((why) => ({ exited: why }));
  const started = await Promise.race([spawned, exitedEarly]);
  const ready = started === 'spawned' ? await Promise.race([waitUntilServing(address, options.startTimeoutMs ?? 30_000), exitedEarly]) : started;
  if (ready !== 'serving') {
    await stop();
    const exitedWhileStarting = typeof ready === 'object';
    return { reason: `${exitedWhileStarting ? ready.exited : ready}\n${tail(options.logFile)}`, exitedWhileStarting };
  }
  return {
    address,
    uiUrl: `http://127.0.0.1:${options.uiPort}`,
    pid: serverPid!,
    exited,
    stop,
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

/** Closing the IPC channel is the watchdog's cue to stop the server, the same cue as this process dying. */
async function stopWatchdog(watchdog: ChildProcess, exited: Promise<string>): Promise<void> {
  if (watchdog.exitCode === null && watchdog.signalCode === null && watchdog.connected) watchdog.disconnect();
  // A watchdog that hangs is killed; its 'close' handler then stops the server directly.
  const timer = setTimeout(() => watchdog.kill('SIGKILL'), STOP_GRACE_MS + 5_000);
  await exited;
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
