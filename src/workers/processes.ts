// Looks at and stops processes by pid, for the dev server's watchdog and the data folder's lock.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const HAS_PROC = existsSync('/proc/self/cmdline');

/** True while `pid` names a process that has not exited (a zombie has exited: it only awaits its parent). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (!HAS_PROC) return true;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** The command line of `pid`, words joined by spaces; undefined when it cannot be known. */
export function commandLine(pid: number): string | undefined {
  try {
    if (HAS_PROC) return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
    return execFileSync('ps', ['-ww', '-o', 'command=', '-p', String(pid)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/**
 * A running process whose command line contains `text`. Pids are reused, so a pid read from a
 * file proves nothing on its own; when the command line cannot be read, `unknown` decides.
 */
export function isRunningCommand(pid: number, text: string, unknown: boolean): boolean {
  if (!isRunning(pid)) return false;
  const command = commandLine(pid);
  if (command === undefined) return unknown;
  return command.includes(text);
}

/** SIGTERM, then SIGKILL if `pid` is still running after `graceMs`; resolves once it is gone (or 5 s after SIGKILL). */
export async function terminate(pid: number, graceMs = 10_000): Promise<void> {
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(pid, name);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const killAt = Date.now() + graceMs;
  let killed = false;
  while (isRunning(pid) && Date.now() < killAt + 5_000) {
    if (!killed && Date.now() >= killAt) {
      signal('SIGKILL');
      killed = true;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
