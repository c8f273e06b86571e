// Runs the Temporal dev server for the start command and stops it when the start command is gone,
// however it went: an IPC channel is a socket the kernel closes when its parent dies, even after
// `kill -9`, so 'disconnect' is a cue that cannot be missed (a signal to the child could be).
// The start command's normal stop is the same cue: it disconnects and waits for this process to exit.
// This process exits only once the server has exited, so a normal exit means no server is left.
// Started by dev-server.ts only: node dev-server-watchdog.js <grace ms> <cli> <cli arguments…>
import { spawn } from 'node:child_process';

/** What the watchdog tells the start command over the IPC channel. */
export type WatchdogMessage = { kind: 'spawned'; pid: number } | { kind: 'exited'; reason: string };

function main(): void {
  const [grace, cli, ...args] = process.argv.slice(2);
  const graceMs = Number(grace);
  if (!process.send || !cli || !Number.isFinite(graceMs)) {
    console.error('dev-server-watchdog: start it through startDevServer (an IPC channel, a grace period and a command are needed)');
    process.exit(2);
  }
  const tell = (message: WatchdogMessage, then: () => void) => {
    if (!process.connected) return then();
    process.send!(message, undefined, undefined, () => then());
  };

  // stdout and stderr are the server log this process was given.
  const server = spawn(cli, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  server.once('spawn', () => tell({ kind: 'spawned', pid: server.pid! }, () => undefined));
  server.on('error', (error) => {
    if (server.pid !== undefined) return; // a failed kill() of a server that is exiting anyway
    tell({ kind: 'exited', reason: `the Temporal dev server could not start: ${error.message}` }, () => process.exit(1));
  });
  server.once('exit', (code, signal) =>
    tell({ kind: 'exited', reason: `the Temporal dev server exited (code ${code}, signal ${signal})` }, () => process.exit(0)),
  );

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.kill('SIGTERM');
    setTimeout(() => server.kill('SIGKILL'), graceMs);
  };
  process.on('disconnect', stop);
  process.on('SIGTERM', stop);
  process.on('SIGHUP', stop);
  // Ctrl-C reaches the whole foreground process group; the start command decides when the server stops.
  process.on('SIGINT', () => undefined);
}

if (require.main === module) main();
