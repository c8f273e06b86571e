// Wires a task worker together: connection, task queue, workflow bundle, activities.
import { NativeConnection, Worker } from '@temporalio/worker';
import { createActivities, type ActivityDependencies } from '../activities';

export interface TaskWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  /** A prebuilt bundle (production, tests) — bundling takes seconds, so it is never done per worker. */
  workflowBundle: { codePath: string } | { code: string };
  dependencies: ActivityDependencies;
  /**
   * Activities run at once. On PGlite every activity and every API request share one connection, served
   * in turn: a hundred activities in flight (a 5,000-task directive's first events) put a sign-in behind
   * a hundred transactions. A few at a time keep that queue short; throughput is the same, since PGlite
   * runs one statement at a time anyway.
   */
  maxConcurrentActivities?: number;
}

export function createTaskWorker(options: TaskWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    workflowBundle: options.workflowBundle,
    activities: createActivities(options.dependencies),
    ...(options.maxConcurrentActivities ? { maxConcurrentActivityTaskExecutions: options.maxConcurrentActivities } : {}),
  });
}
