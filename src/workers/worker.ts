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
}

export function createTaskWorker(options: TaskWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    workflowBundle: options.workflowBundle,
    activities: createActivities(options.dependencies),
  });
}
