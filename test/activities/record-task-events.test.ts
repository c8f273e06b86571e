// The event-log activity: writes a batch to the register, and refuses a malformed one without retries.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { taskRowOf } from '../../src/domain/register';
import { TaskMachine } from '../../src/domain/task';
import { registerPerFile } from '../support/register';
import { taskInput } from '../support/tasks';
import { FileNotificationStore, Notifier, createActivitiesForTest } from './notifier-fixture';

const register = registerPerFile();
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dondoc-events-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function batch() {
  const m = TaskMachine.assign(taskInput(), Date.parse('2031-02-01T00:00:00Z'));
  return { taskId: m.state.task.taskId, events: m.state.history, row: taskRowOf(m.state, m.status()) };
}

it('records a batch of history entries in the register', async () => {
  const { recordTaskEvents } = createActivitiesForTest(new Notifier(new FileNotificationStore(dir)), register());
  const b = batch();
  expect(await recordTaskEvents(b)).toEqual({ inserted: 1 });
  expect((await register().query('SELECT status FROM tasks WHERE task_id = $1', [b.taskId])).rows).toEqual([{ status: 'assigned' }]);
});

it('refuses a malformed batch without retrying it, writing nothing', async () => {
  const { recordTaskEvents } = createActivitiesForTest(new Notifier(new FileNotificationStore(dir)), register());
  const b = batch();
  await expect(recordTaskEvents({ ...b, events: [] })).rejects.toMatchObject({ type: 'INVALID_EVENT_BATCH', nonRetryable: true });
  expect((await register().query('SELECT 1 FROM task_events WHERE task_id = $1', [b.taskId])).rows).toEqual([]);
});
