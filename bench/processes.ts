// The processes a benchmark run starts (the system as `./dondoc start` runs it, the bare worker), and
// what it reads of them from /proc: memory, and whether they have gone quiet after a burst of work.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const DIST = path.resolve(__dirname, '..');

export interface Running {
  child: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

/** Starts `entry` (a compiled script under dist/) and resolves once it printed `ready`; rejects if it exits first. */
export function launch(entry: string, env: NodeJS.ProcessEnv, ready: string, timeoutMs = 120_000, execArgv: string[] = []): Promise<Running> {
  // An empty value removes the variable (DATABASE_URL for the embedded register).
  const merged = Object.fromEntries(Object.entries({ ...process.env, ...env }).filter(([, v]) => v !== undefined && v !== ''));
  const child = spawn(process.execPath, [...execArgv, path.join(DIST, entry)], { env: merged, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry} not ready after ${timeoutMs / 1000} s:\n${output}`)), timeoutMs);
    const check = () => {
      if (!output.includes(ready)) return;
      clearTimeout(timer);
      child.stdout!.off('data', check);
      resolve({ child, output: () => output, stop });
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited with ${code}:\n${output}`));
    });
  });
}

/** Resident memory of a process, in bytes. */
export function rss(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) * 1024;
}

/** CPU time a process has used (user + system), in clock ticks. */
function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
}

/** Waits until every process used under `busyShare` of a core for two half-seconds running (at most `maxMs`). */
export async function quiet(pids: number[], busyShare = 0.05, maxMs = 240_000): Promise<number> {
  const began = Date.now();
  let calm = 0;
  let last = pids.map(cpuTicks);
  while (Date.now() - began < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = pids.map(cpuTicks);
    const busiest = Math.max(...now.map((t, i) => (t - last[i]!) / 100 / 0.5));
    last = now;
    calm = busiest < busyShare ? calm + 1 : 0;
    if (calm >= 2) break;
  }
  return Date.now() - began;
}
