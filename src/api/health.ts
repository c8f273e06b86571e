// Liveness and readiness. Live: the process answers (a supervisor restarts it otherwise). Ready: it can
// do its work now — the register answers, Temporal answers, a worker takes the task queue's work — so a
// load balancer or `docker compose` sees an outage instead of a green light over failing requests.
import type { Client } from '@temporalio/client';
import type { FastifyInstance } from 'fastify';
import type { Queryable } from '../db/database';
import { RETRY_AFTER_SECONDS } from './unavailable';

export interface HealthDependencies {
  db: Queryable;
  temporal: Client;
  taskQueue: string;
  /**
   * The state of the worker running in this process ('RUNNING' is ready). Without it (an API with its
   * worker elsewhere), the task queue is asked whether a worker has polled it recently.
   */
  workerState?: () => string;
  /** How long one check may take before it counts as failed. */
  timeoutMs?: number;
}

type CheckName = 'register' | 'temporal' | 'worker';

/** 'ok', or a short word saying what is wrong ('unavailable', 'no-pollers', a worker state such as 'STOPPED'). */
export type Checks = Record<CheckName, string>;

export interface Readiness {
  ok: boolean;
  checks: Checks;
  error?: { code: 'NOT_READY'; message: string };
}

const FAILED: Record<CheckName, [vi: string, en: string]> = {
  register: ['sổ đăng ký (cơ sở dữ liệu) không truy cập được', 'the register (database) is unreachable'],
  temporal: ['Temporal không truy cập được', 'Temporal is unreachable'],
  worker: ['không có worker nhận việc từ hàng đợi', 'no worker is taking work from the task queue'],
};

const TASK_QUEUE_TYPE_WORKFLOW = 1; // temporal.api.enums.v1.TaskQueueType

/** Runs the three checks together, each bounded by the timeout; never throws. */
export async function readiness(deps: HealthDependencies): Promise<Readiness> {
  const timeoutMs = deps.timeoutMs ?? 3_000;
  const { temporal } = deps;
  const [register, temporalCheck, worker] = await Promise.all([
    within(timeoutMs, deps.db.query('SELECT 1')).then(() => 'ok', () => 'unavailable'),
    within(timeoutMs, temporal.connection.withDeadline(Date.now() + timeoutMs, () => temporal.workflowService.getSystemInfo({}))).then(
      () => 'ok',
      () => 'unavailable',
    ),
    deps.workerState
      ? Promise.resolve(deps.workerState()).then((state) => (state === 'RUNNING' ? 'ok' : state))
      : // Temporal lists a queue's pollers for a few minutes after their last poll: a lagging but honest signal.
        within(
          timeoutMs,
          temporal.connection.withDeadline(Date.now() + timeoutMs, () =>
            temporal.workflowService.describeTaskQueue({ namespace: temporal.options.namespace, taskQueue: { name: deps.taskQueue }, taskQueueType: TASK_QUEUE_TYPE_WORKFLOW }),
          ),
        ).then(
          (r) => ((r.pollers?.length ?? 0) > 0 ? 'ok' : 'no-pollers'),
          () => 'unknown',
        ),
  ]);
  const checks: Checks = { register, temporal: temporalCheck, worker };
  const failed = (Object.keys(checks) as CheckName[]).filter((name) => checks[name] !== 'ok');
  if (failed.length === 0) return { ok: true, checks };
  const vi = failed.map((name) => FAILED[name][0]).join('; ');
  const en = failed.map((name) => FAILED[name][1]).join('; ');
  return { ok: false, checks, error: { code: 'NOT_READY', message: `Chưa sẵn sàng: ${vi} / Not ready: ${en}` } };
}

/** GET /api/health/live, GET /api/health/ready, and GET /api/health (liveness, as before). Public: no details beyond the check names. */
export function healthRoutes(app: FastifyInstance, deps: HealthDependencies): void {
  const live = async () => ({ ok: true });
  app.get('/api/health', live);
  app.get('/api/health/live', live);
  app.get('/api/health/ready', async (_request, reply) => {
    const report = await readiness(deps);
    void reply.header('cache-control', 'no-store');
    if (!report.ok) void reply.status(503).header('retry-after', String(RETRY_AFTER_SECONDS));
    return reply.send(report);
  });
}

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
