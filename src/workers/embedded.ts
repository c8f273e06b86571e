// The embedded start command: a Temporal dev server on a SQLite file in the data folder (or an
// external server when TEMPORAL_ADDRESS is set), a task worker, and the HTTP API with its docs page.
// `--demo` loads a demo city into an empty register. Ctrl-C / SIGTERM stops everything.
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Runtime, makeTelemetryFilterString } from '@temporalio/worker';
import type { FastifyInstance } from 'fastify';
import { DatabaseNotificationStore, DelegationRouting, DigestQueue, Notifier, smtpTransport } from '../activities';
import { ensureDigestSchedule } from '../client/digest-schedule';
import { ensureAdmin } from '../api/bootstrap';
import { DEMO_PASSWORD, loadDemoCity } from '../api/demo';
import { buildApi } from '../api/server';
import { WritesInFlight } from '../api/writes-in-flight';
import { ConfigError, loadConfig, type Config } from '../config';
import { backgroundLaneOf, openPglite, openPostgres } from '../db/database';
import { migrate } from '../db/migrations';
import { refreshPlannerStatistics } from '../db/planner-statistics';
import { ALL_SEARCH_ATTRIBUTES } from '../workflows/contract';
import { BUNDLE_FILE } from './build-bundle';
import { claimDataFolder } from './data-folder-lock';
import { startDevServer, type RunningDevServer } from './dev-server';
import { ensureSearchAttributes } from './search-attributes';
import { resolveTemporalBinaries } from './temporal-binaries';
import { lineLogger } from './log';
import { createTaskWorker } from './worker';

async function main(config: Config, demo: boolean): Promise<void> {
  // Core logs go through the same logger instead of straight to stderr: one line per entry (src/workers/log.ts).
  const logger = lineLogger(config.logLevel);
  Runtime.install({
    logger,
    telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'WARN', other: 'ERROR' }), forward: {} } },
  });

  const registerDir = path.join(config.dataDir, 'register');
  const dbFile = path.join(config.dataDir, 'temporal.sqlite');
  // Before anything in the data folder opens: neither the SQLite file nor PGlite may be opened twice.
  const usesDataDir = !config.temporal.address || !config.databaseUrl;
  const lock = usesDataDir ? await claimDataFolder({ dataDir: config.dataDir, dbFile, log: (line) => console.log(line) }) : undefined;
  // The register opens first: a failure here leaves no server behind.
  const register = config.databaseUrl ? await openPostgres(config.databaseUrl) : await openPglite(registerDir);
  // The activities' statements must not leave a request waiting (thousands of them at once when a
  // 5,000-task directive starts): on PostgreSQL they get connections of their own; PGlite is one
  // connection, so there they queue behind any request's statements (its background lane).
  const activityRegister = config.databaseUrl ? await openPostgres(config.databaseUrl, { poolSize: 10 }) : backgroundLaneOf(register);
  const closeRegister = async () => {
    await activityRegister.close(); // PGlite's background lane: nothing
    await register.close();
  };
  await migrate(register);
  await refreshPlannerStatistics(register); // PGlite has no autovacuum: the list's plans need row counts

  let server: RunningDevServer | undefined;
  let address = config.temporal.address;
  if (!address) {
    const { cli } = resolveTemporalBinaries({ ...process.env, TEMPORAL_CLI_PATH: config.temporal.devServer.cliPath });
    server = await startDevServer({
      cliPath: cli,
      dbFile,
      logFile: path.join(config.dataDir, 'temporal-server.log'),
      port: config.temporal.devServer.port,
      uiPort: config.temporal.devServer.uiPort,
      namespace: config.temporal.namespace,
      searchAttributes: ALL_SEARCH_ATTRIBUTES,
      lock,
      onRetry: (why) => logger.warn(why),
    });
    address = server.address;
  } else {
    const client = await Connection.connect({ address });
    try {
      await ensureSearchAttributes(client, config.temporal.namespace);
    } finally {
      await client.close();
    }
  }

  const transport = config.mail.smtpUrl ? smtpTransport(config.mail.smtpUrl, config.mail.from) : undefined;
  const notifier = new Notifier(new DatabaseNotificationStore(activityRegister), transport, new DigestQueue(activityRegister, config.api.publicUrl), new DelegationRouting(activityRegister));
  let connection: NativeConnection;
  let clientConnection: Connection | undefined;
  let worker: Awaited<ReturnType<typeof createTaskWorker>>;
  let api: FastifyInstance | undefined;
  let adminPassword: string | null;
  let demoLoaded = false;
  try {
    connection = await NativeConnection.connect({ address });
    worker = await createTaskWorker({
      connection,
      namespace: config.temporal.namespace,
      taskQueue: config.temporal.taskQueue,
      workflowBundle: { codePath: BUNDLE_FILE },
      dependencies: { notifier, register: activityRegister },
    });
  } catch (error) {
    await closeRegister();
    await server?.stop(); // never leave a server behind
    throw error;
  }

  const running = worker.run();
  try {
    clientConnection = await Connection.connect({ address });
    const temporal = new Client({ connection: clientConnection, namespace: config.temporal.namespace });
    adminPassword = await ensureAdmin(register, config.api.adminPassword);
    await ensureDigestSchedule(temporal, config.temporal.taskQueue, config.timeZone);
    const services = { db: register, temporal, taskQueue: config.temporal.taskQueue, log: (m: string, d?: Record<string, unknown>) => logger.warn(`Đôn Đốc: ${m}`, d), writes: new WritesInFlight() };
    api = await buildApi({ ...services, workerState: () => worker.getState(), corsOrigins: config.api.corsOrigins, webRoot: path.resolve(__dirname, '../../../web/dist') });
    if (demo) {
      const admin = { userId: 'admin', name: 'Quản trị hệ thống', email: '', role: 'admin' as const, agencyId: null, leaderId: null };
      demoLoaded = await loadDemoCity(services, admin);
    }
    await api.listen({ host: config.api.host, port: config.api.port });
  } catch (error) {
    worker.shutdown();
    await running.catch(() => undefined);
    await api?.close();
    await clientConnection?.close();
    await connection.close();
    await closeRegister();
    await server?.stop(); // never leave a server behind
    throw error;
  }

  let stopping = false;
  const stop = async (reason: string, exitCode: number) => {
    if (stopping) return;
    stopping = true;
    console.log(`Đôn Đốc: stopping (${reason})…`);
    await api?.close();
    if (worker.getState() === 'RUNNING') worker.shutdown();
    await running.catch(() => undefined);
    await clientConnection?.close();
    await connection.close();
    transport?.close();
    await closeRegister();
    await server?.stop();
    console.log('Đôn Đốc: stopped.');
    process.exit(exitCode);
  };
  process.once('SIGINT', () => void stop('SIGINT', 0));
  process.once('SIGTERM', () => void stop('SIGTERM', 0));
  void server?.exited.then((why) => void stop(why, 1));

  const apiUrl = `http://${config.api.host.includes(':') ? `[${config.api.host}]` : config.api.host}:${config.api.port}`;
  await logger.quiet(); // the banner, with the one-time password, comes last rather than buried in start-up's log
  console.log(
    [
      `Đôn Đốc is running: open ${apiUrl}/ in a browser (the web app; sign in there).`,
      `  Temporal server:  ${address}${server ? ` (dev server, data in ${path.join(config.dataDir, 'temporal.sqlite')})` : ' (external)'}`,
      server ? `  Temporal web UI:  ${server.uiUrl}` : undefined,
      `  Register:         ${register.engine === 'pglite' ? `PGlite in ${registerDir}` : 'PostgreSQL (DATABASE_URL)'}`,
      `  API:              ${apiUrl}/api   (interactive docs: ${apiUrl}/docs)`,
      adminPassword ? `  First sign-in:    user "admin", password "${adminPassword}" (shown once; change it with PATCH /api/users/admin)` : undefined,
      demoLoaded ? `  Demo city:        loaded; users vanphong, chutich, pct-dothi, gd-xaydung, cv-xaydung, cv-taichinh, … password "${DEMO_PASSWORD}"` : undefined,
      demo && !demoLoaded ? '  Demo city:        not loaded: the register already has agencies' : undefined,
      `  Worker:           namespace "${config.temporal.namespace}", task queue "${config.temporal.taskQueue}"`,
      config.mail.smtpUrl
        ? `  Mail:             SMTP ${new URL(config.mail.smtpUrl).host} (sent mail recorded in the register: GET /api/outbox)`
        : '  Mail:             no SMTP_URL set: notifications are kept in the register\'s outbox (GET /api/outbox)',
      'Press Ctrl-C to stop.',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  await running.catch((error) => stop(`worker failed: ${(error as Error).message}`, 1));
}

let config: Config;
try {
  config = loadConfig(process.env);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(2);
}
const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--demo');
if (unknown.length) {
  console.error(`Tham số không hợp lệ / unknown argument(s): ${unknown.join(' ')}. Dùng / use: ./dondoc start [--demo]`);
  process.exit(2);
}
main(config, args.includes('--demo')).catch((error) => {
  console.error(`Đôn Đốc could not start: ${(error as Error).message}`);
  process.exit(1);
});
