import { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { getTaskState, searchAttributes, taskWorkflowId } from '../../src/workflows/contract';
import { taskWorkflow } from '../../src/workflows';
import { RecordingMailer } from '../support/recording-mailer';
import { taskInput } from '../support/tasks';
import { startDevServer, testWorker, uniqueTaskQueue } from '../support/temporal';

describe('task workflow on the Temporal dev server', () => {
  let env: TestWorkflowEnvironment;

  beforeAll(async () => {
    env = await startDevServer();
  });
  afterAll(async () => {
    await env?.teardown();
  });

  it('runs a task and makes it findable by its custom search attributes', async () => {
    const taskQueue = uniqueTaskQueue();
    const worker = await testWorker(env, taskQueue, { mailer: new RecordingMailer(() => Date.now()) });
    const leadAgency = { id: `so-tai-chinh-${taskQueue.slice(-8)}`, name: 'Sở Tài chính', email: 'sotaichinh@example.gov.vn' };
    const input = taskInput({ deadline: '2031-03-07', leadAgency });
    const client = new Client({ connection: env.connection, namespace: env.namespace });

    await worker.runUntil(async () => {
      const handle = await client.workflow.start(taskWorkflow, { args: [input], taskQueue, workflowId: taskWorkflowId(input.taskId) });
      expect(await handle.query(getTaskState)).toMatchObject({ status: 'in_progress', deadline: '2031-03-07' });

      // Visibility is eventually consistent: poll briefly.
      let found: string[] = [];
      for (let i = 0; i < 40 && found.length === 0; i++) {
        found = [];
        for await (const w of client.workflow.list({ query: `DonDocLeadAgency = '${leadAgency.id}' AND DonDocStatus = 'in_progress'` })) {
          found.push(w.workflowId);
        }
        if (found.length === 0) await new Promise((r) => setTimeout(r, 250));
      }
      expect(found).toEqual([taskWorkflowId(input.taskId)]);

      const description = await handle.describe();
      expect(description.typedSearchAttributes.get(searchAttributes.deadline)?.toISOString()).toBe('2031-03-07T16:59:59.999Z');
      await handle.terminate('test over');
    });
  });
});
