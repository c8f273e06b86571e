// Temporal test environments on the project's own binaries, and a worker on the run's single bundle.
import { randomUUID } from 'node:crypto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, makeTelemetryFilterString, type Worker } from '@temporalio/worker';
import type { ActivityDependencies } from '../../src/activities';
import { ensureSearchAttributes } from '../../src/workers/search-attributes';
import { createTaskWorker } from '../../src/workers/worker';
import { ALL_SEARCH_ATTRIBUTES } from '../../src/workflows/contract';

// One quiet logger for the SDK and the Temporal core (errors only: the core's warnings about the test
// server's capabilities are expected), installed before this file creates any worker. Installed here
// rather than for every test file, because an installed runtime that never runs a worker keeps jest alive.
Runtime.install({
  logger: new DefaultLogger('ERROR'),
  telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'ERROR', other: 'ERROR' }), forward: {} } },
});

function binary(variable: 'TEMPORAL_CLI_PATH' | 'TEMPORAL_TEST_SERVER_PATH'): string {
  const value = process.env[variable];
  if (!value) throw new Error(`${variable} is not set: run the tests through ./dondoc test (jest global setup sets it)`);
  return value;
}

export function workflowBundle(): { codePath: string } {
  const codePath = process.env.DONDOC_TEST_WORKFLOW_BUNDLE;
  if (!codePath) throw new Error('DONDOC_TEST_WORKFLOW_BUNDLE is not set: jest global setup did not run');
  return { codePath };
}

/** The Java time-skipping test server: timers fire as soon as the workflow waits on them. */
export async function startTimeSkippingServer(): Promise<TestWorkflowEnvironment> {
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: binary('TEMPORAL_TEST_SERVER_PATH') } },
  });
  await ensureSearchAttributes(env.connection, env.namespace ?? 'default');
  return env;
}

/** The Temporal CLI dev server, in memory, with the project's search attributes. */
export function startDevServer(): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createLocal({
    server: {
      executable: { type: 'existing-path', path: binary('TEMPORAL_CLI_PATH') },
      ip: '127.0.0.1',
      searchAttributes: ALL_SEARCH_ATTRIBUTES,
    },
  });
}

export function uniqueTaskQueue(prefix = 'test'): string {
  return `${prefix}-${randomUUID()}`;
}

export function testWorker(env: TestWorkflowEnvironment, taskQueue: string, dependencies: ActivityDependencies): Promise<Worker> {
  return createTaskWorker({
    connection: env.nativeConnection,
    namespace: env.namespace ?? 'default',
    taskQueue,
    workflowBundle: workflowBundle(),
    dependencies,
  });
}
