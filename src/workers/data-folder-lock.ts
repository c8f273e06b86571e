// One start command per data folder. `<dataDir>/dondoc.lock` names the start command that holds the
// folder and the Temporal dev server it runs, so a second start refuses instead of opening the same
// SQLite file and register twice, and a start after a crash can stop a server the crash left behind.
import { linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isRunningCommand, terminate } from './processes';

export const LOCK_FILE_NAME = 'dondoc.lock';

export interface LockedServer {
  pid: number;
  port: number;
  uiPort: number;
}

export interface LockContents {
  ownerPid: number;
  /** The script the owner runs (its argv[1]): with the pid, it tells a live owner from a reused pid. */
  ownerCommand: string;
  startedAt: string;
  dbFile: string;
  server?: LockedServer;
}

export interface DataFolderLock {
  /** Records the dev server, so that a start after a crash of this one can find and stop it. */
  recordServer(server: LockedServer): void;
}

export class DataFolderInUseError extends Error {}

const messages = {
  inUse: (dataDir: string, held: LockContents) =>
    `Một Đôn Đốc khác đang chạy trên thư mục dữ liệu ${dataDir} (pid ${held.ownerPid}, từ ${held.startedAt}); hãy dừng nó trước. / ` +
    `Another Đôn Đốc is already running on data folder ${dataDir} (pid ${held.ownerPid}, since ${held.startedAt}); ` +
    `stop it first (Ctrl-C in its terminal, or kill ${held.ownerPid}).`,
  unclaimable: (file: string) =>
    `Không giành được thư mục dữ liệu (${file}) / could not claim the data folder (${file}): ` +
    'another start is claiming it at the same moment; try again.',
  staleStopped: (pid: number) =>
    `Đôn Đốc: đã dừng Temporal dev server (pid ${pid}) còn sót lại từ lần chạy trước trên thư mục dữ liệu này / ` +
    `stopped a Temporal dev server (pid ${pid}) left running by an earlier start on this data folder.`,
};

/**
 * Claims `dataDir` for this process until it exits. Refuses when a live start command holds it; a
 * lock left by a dead one is taken over, after stopping the dev server it names if that still runs.
 */
export async function claimDataFolder(options: { dataDir: string; dbFile: string; log: (line: string) => void }): Promise<DataFolderLock> {
  const file = path.join(options.dataDir, LOCK_FILE_NAME);
  mkdirSync(options.dataDir, { recursive: true });
  const mine: LockContents = {
    ownerPid: process.pid,
    ownerCommand: process.argv[1] ?? '',
    startedAt: new Date().toISOString(),
    dbFile: options.dbFile,
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    if (create(file, mine)) {
      process.once('exit', () => release(file, mine));
      return { recordServer: (server) => replace(file, { ...mine, server }) };
    }
    const held = read(file);
    if (held && ownerRunning(held)) throw new DataFolderInUseError(messages.inUse(options.dataDir, held));
    // The pid alone could be anything by now; only a process running on this very SQLite file is stopped.
    if (held?.server && isRunningCommand(held.server.pid, options.dbFile, false)) {
      await terminate(held.server.pid);
      options.log(messages.staleStopped(held.server.pid));
    }
    removeStale(file, held);
  }
  throw new DataFolderInUseError(messages.unclaimable(file));
}

function ownerRunning(held: LockContents): boolean {
  // In a container a restarted start command may get the very pid its crashed predecessor had.
  if (held.ownerPid === process.pid) return false;
  // The command line holds the script as typed (often relative), so only its file name is compared.
  return isRunningCommand(held.ownerPid, path.basename(held.ownerCommand) || 'embedded', true);
}

/** Creates the lock file with its whole contents at once (a hard link either appears whole or fails). */
function create(file: string, contents: LockContents): boolean {
  const temporary = `${file}.${process.pid}.new`;
  writeFileSync(temporary, JSON.stringify(contents, null, 2));
  try {
    linkSync(temporary, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    // A file system without hard links: exclusive create is still atomic, if not its contents.
    try {
      writeFileSync(file, JSON.stringify(contents, null, 2), { flag: 'wx' });
      return true;
    } catch {
      return false;
    }
  } finally {
    unlinkSync(temporary);
  }
}

function replace(file: string, contents: LockContents): void {
  const temporary = `${file}.${process.pid}.new`;
  writeFileSync(temporary, JSON.stringify(contents, null, 2));
  renameSync(temporary, file);
}

function read(file: string): LockContents | undefined {
  try {
    const contents = JSON.parse(readFileSync(file, 'utf8')) as LockContents;
    return typeof contents.ownerPid === 'number' ? contents : undefined;
  } catch {
    return undefined; // gone, or not a lock file we wrote: stale either way
  }
}

/**
 * Removes a lock judged stale. Another start may have replaced it since it was read, so it is first
 * moved aside, and put back if it turns out to be a different lock.
 */
function removeStale(file: string, judged: LockContents | undefined): void {
  const aside = `${file}.${process.pid}.stale`;
  try {
    renameSync(file, aside);
  } catch {
    return; // already gone
  }
  const moved = read(aside);
  if (moved && !(judged && moved.ownerPid === judged.ownerPid && moved.startedAt === judged.startedAt)) {
    try {
      linkSync(aside, file);
    } catch {
      // yet another lock appeared meanwhile; it decides
    }
  }
  unlinkSync(aside);
}

function release(file: string, mine: LockContents): void {
  const held = read(file);
  try {
    if (held?.ownerPid === mine.ownerPid && held.startedAt === mine.startedAt) unlinkSync(file);
  } catch {
    // the folder itself is gone: nothing is left to release
  }
}
