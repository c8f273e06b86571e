import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { DEFAULT_CALENDAR_DATA, WorkingCalendar, addDays } from '../../src/domain/calendar';
import { getTaskState, taskWorkflowId } from '../../src/workflows/contract';
import { taskWorkflow } from '../../src/workflows';
import { RecordingMailer } from '../support/recording-mailer';
import { taskInput } from '../support/tasks';
import { startTimeSkippingServer, testWorker, uniqueTaskQueue } from '../support/temporal';

// The test server jumps to each timer, then its clock runs on in real time: compare to the second.
const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString();
const calendar = new WorkingCalendar(DEFAULT_CALENDAR_DATA);

describe('task workflow on the time-skipping server', () => {
  let env: TestWorkflowEnvironment;
  let worker: Worker;
  let mailer: RecordingMailer;
  let taskQueue: string;

  // A server per test: its clock only moves forward, so a test's dates must not depend on the one before.
  beforeEach(async () => {
    env = await startTimeSkippingServer();
    mailer = new RecordingMailer();
    taskQueue = uniqueTaskQueue();
    worker = await testWorker(env, taskQueue, { mailer });
  });
  afterEach(async () => {
    await env?.teardown();
  });

  it('sends reminders 7, 3, 1 and 0 working days before the deadline at 08:00, then demands the report', async () => {
    const input = taskInput({ deadline: '2031-03-07' }); // a Friday
    const state = await worker.runUntil(
      env.client.workflow.execute(taskWorkflow, { args: [input], taskQueue, workflowId: taskWorkflowId(input.taskId) }),
    );
    expect(mailer.delivered.map((d) => [d.kind, iso(d.at)])).toEqual([
      ['reminder', '2031-02-26T01:00:00.000Z'],
      ['reminder', '2031-03-04T01:00:00.000Z'],
      ['reminder', '2031-03-06T01:00:00.000Z'],
      ['reminder', '2031-03-07T01:00:00.000Z'],
      ['report_required', '2031-03-07T17:00:00.000Z'],
    ]);
    expect(mailer.delivered.map((d) => d.key)).toEqual([
      `task-${input.taskId}/reminder/7`,
      `task-${input.taskId}/reminder/3`,
      `task-${input.taskId}/reminder/1`,
      `task-${input.taskId}/reminder/0`,
      `task-${input.taskId}/report-required`,
    ]);
    expect(state.status).toBe('overdue');
  });

  it('sleeps through a simulated week in well under a second of wall time', async () => {
    const startedAt = await env.currentTimeMs();
    const deadline = addDays(calendar.localDateOf(startedAt), 7);
    const input = taskInput({ deadline });
    const wallStart = Date.now();
    const handle = await env.client.workflow.start(taskWorkflow, { args: [input], taskQueue, workflowId: taskWorkflowId(input.taskId) });
    const state = await worker.runUntil(handle.result());
    const wallMs = Date.now() - wallStart;

    expect((await env.currentTimeMs()) - startedAt).toBeGreaterThanOrEqual(6 * 86_400_000);
    const last = mailer.delivered.at(-1)!;
    expect([last.kind, iso(last.at)]).toEqual(['report_required', iso(calendar.endOfDay(deadline) + 1)]);
    expect(state.sent.map((s) => s.kind)).toContain('report_required');
    expect(wallMs).toBeLessThan(15_000); // real sleeping would take a week
  });

  it('answers a query with the live state while waiting for the deadline', async () => {
    const input = taskInput({ deadline: '2031-03-07' });
    const handle = await env.client.workflow.start(taskWorkflow, { args: [input], taskQueue, workflowId: taskWorkflowId(input.taskId) });
    const state = await worker.runUntil(async () => {
      const live = await handle.query(getTaskState);
      await handle.terminate('test over');
      return live;
    });
    expect(state).toMatchObject({ taskId: input.taskId, status: 'in_progress', deadline: '2031-03-07', sent: [] });
    expect(new Date(state.deadlineAt).toISOString()).toBe('2031-03-07T16:59:59.999Z');
  });
});
