// One durable workflow per assigned task: reminds the lead agency before the deadline, at a fixed
// local hour on working days, and demands a report when the deadline passes.
import { proxyActivities, setHandler, sleep, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import type { createActivities } from '../activities';
import { WorkingCalendar } from '../domain/calendar';
import { upcomingReminders } from '../domain/reminders';
import { getTaskState, searchAttributes } from './contract';
import type { NotificationKind, TaskInput, TaskState } from './task-state';

const { sendNotification } = proxyActivities<ReturnType<typeof createActivities>>({
  startToCloseTimeout: '1 minute',
  // Mail servers go down for hours; keep trying with backoff rather than lose a notice.
  retry: { initialInterval: '10 seconds', backoffCoefficient: 2, maximumInterval: '30 minutes' },
});

export async function taskWorkflow(input: TaskInput): Promise<TaskState> {
  const calendar = new WorkingCalendar(input.calendar);
  const state: TaskState = {
    taskId: input.taskId,
    status: 'in_progress',
    deadline: input.deadline,
    deadlineAt: calendar.endOfDay(input.deadline),
    sent: [],
  };
  setHandler(getTaskState, () => state);
  upsertSearchAttributes([
    { key: searchAttributes.status, value: state.status },
    { key: searchAttributes.leadAgency, value: input.leadAgency.id },
    { key: searchAttributes.deadline, value: new Date(state.deadlineAt) },
  ]);

  const notify = async (kind: NotificationKind, keySuffix: string) => {
    const key = `${workflowInfo().workflowId}/${keySuffix}`;
    await sendNotification({ key, kind, taskId: input.taskId, title: input.title, deadline: input.deadline, to: input.leadAgency });
    state.sent.push({ kind, key, at: Date.now() });
  };

  for (const reminder of upcomingReminders(calendar, input.deadline, input.policy, Date.now())) {
    await sleep(reminder.at - Date.now());
    await notify('reminder', `reminder/${reminder.offset}`);
  }

  await sleep(Math.max(0, state.deadlineAt + 1 - Date.now()));
  state.status = 'overdue';
  upsertSearchAttributes([{ key: searchAttributes.status, value: state.status }]);
  await notify('report_required', 'report-required');
  return state;
}
