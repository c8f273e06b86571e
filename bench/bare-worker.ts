// The bare comparison process: a Temporal worker for bench/bare-workflow.ts and a plain HTTP server in
// front of its client (no framework, no sign-in, no validation), on the same dev server as the system.
// Started by bench/scale.ts; says "ready" on stdout. Settings come from the environment.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { openPglite, openPostgres } from '../src/db/database';
import { BARE_SCHEMA, bareActivities } from './bare-activities';
import { reportProgress, type bareTask } from './bare-workflow';

const { TEMPORAL_ADDRESS, BARE_NAMESPACE, BARE_TASK_QUEUE, BARE_PORT, BARE_DATABASE_URL } = process.env;

async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const db = BARE_DATABASE_URL ? await openPostgres(BARE_DATABASE_URL) : await openPglite();
  await db.exec(BARE_SCHEMA);
  const firstRecorded = new Map<string, () => void>();
  const activities = bareActivities(db, (id, seq) => {
    if (seq === 1) firstRecorded.get(id)?.();
  });
  const worker = await Worker.create({
    connection: await NativeConnection.connect({ address: TEMPORAL_ADDRESS! }),
    namespace: BARE_NAMESPACE!,
    taskQueue: BARE_TASK_QUEUE!,
    workflowsPath: require.resolve('./bare-workflow'),
    activities,
  });
  void worker.run();
  const client = new Client({ connection: await Connection.connect({ address: TEMPORAL_ADDRESS! }), namespace: BARE_NAMESPACE! });
  const start = (id: string, input: unknown) =>
    client.workflow.start<typeof bareTask>('bareTask', { args: [{ input }], taskQueue: BARE_TASK_QUEUE!, workflowId: id });

  const routes: Record<string, (body: Record<string, unknown>, path: string[]) => Promise<unknown>> = {
    // Starts `count` workflows, `concurrency` at a time: how long until all started.
    async start({ prefix, count, concurrency, input }) {
      const began = performance.now();
      let next = 0;
      const lane = async () => {
        for (let i = next++; i < (count as number); i = next++) await start(`${prefix}-${i}`, input);
      };
      await Promise.all(Array.from({ length: concurrency as number }, lane));
      return { ms: performance.now() - began };
    },
    // One workflow: how long from the start call until its first activity has written its row.
    async first({ id, input }) {
      const began = performance.now();
      const recorded = new Promise<void>((resolve) => firstRecorded.set(id as string, resolve));
      await start(id as string, input);
      await recorded;
      firstRecorded.delete(id as string);
      return { ms: performance.now() - began };
    },
    // An Update behind plain HTTP: the answer is the Update's.
    async update(body, path) {
      return client.workflow.getHandle(path[1]!).executeUpdate(reportProgress, { args: [{ note: String(body.note), percent: body.percent as number }] });
    },
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const path = (req.url ?? '/').split('/').filter(Boolean);
      const handler = routes[path[0] ?? ''];
      if (!handler) {
        res.writeHead(404).end();
        return;
      }
      handler(raw ? (JSON.parse(raw) as Record<string, unknown>) : {}, path).then(
        (answer) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer)),
        (error: Error) => res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: error.message })),
      );
    });
  });
  server.listen(Number(BARE_PORT), '127.0.0.1', () => console.log('ready'));
  process.once('SIGTERM', () => {
    server.close();
    worker.shutdown();
    void db.close().finally(() => process.exit(0));
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
