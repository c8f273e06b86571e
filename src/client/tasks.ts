// Client-side operations on task workflows: start one (after validation), correct the calendar of all.
import { randomUUID } from 'node:crypto';
import type { Client, WorkflowHandle } from '@temporalio/client';
import { toPayloads } from '@temporalio/common';
import type { CalendarData } from '../domain/calendar';
import { isCalendarData, type Actor, type TaskInput } from '../domain/task';
import { initialTaskRow, type TaskRow } from '../domain/register/task-row';
import { TASK_RULES, correctCalendar, searchValuesOfRow, taskSearchAttributePairs, taskWorkflowId } from '../workflows/contract';
import type { taskWorkflow } from '../workflows';
import { parseTaskInput } from './task-input';

export async function startTask(client: Client, draft: unknown, taskQueue: string): Promise<WorkflowHandle<typeof taskWorkflow>> {
  return startCheckedTask(client, parseTaskInput(draft), taskQueue);
}

/**
 * Starts a task whose input is already the result of parsing it (the registration builds each input
 * with TaskInputSchema and only sets its id and code after): parsing 5,000 inputs twice cost a quarter
 * of a millisecond each on the request's thread. The workflow starts with its search attributes set, from
 * `row` (the task's first register row, when the caller has it) or from the task as of now; the workflow
 * upserts only what differs when it runs (see RULES_2026_12_PATCH). It names the rules it follows (TASK_RULES).
 */
export async function startCheckedTask(client: Client, input: TaskInput, taskQueue: string, row: TaskRow = initialTaskRow(input, Date.now())): Promise<WorkflowHandle<typeof taskWorkflow>> {
  return client.workflow.start<typeof taskWorkflow>('taskWorkflow', {
    args: [{ input, rules: TASK_RULES }],
    taskQueue,
    workflowId: taskWorkflowId(input.taskId),
    typedSearchAttributes: taskSearchAttributePairs(searchValuesOfRow(row)),
  });
}

/** Sends the corrected calendar to every open task in one Temporal batch operation; returns its job id. */
export async function broadcastCalendarCorrection(client: Client, actor: Actor, calendar: CalendarData, reason: string): Promise<string> {
  if (!isCalendarData(calendar)) throw new Error('Dữ liệu lịch làm việc không hợp lệ / invalid calendar data');
  const jobId = `calendar-correction-${randomUUID()}`;
  await client.workflowService.startBatchOperation({
    namespace: client.options.namespace,
    jobId,
    reason,
    visibilityQuery: `WorkflowType = 'taskWorkflow' AND ExecutionStatus = 'Running'`,
    signalOperation: {
      signal: correctCalendar.name,
      input: { payloads: toPayloads(client.options.loadedDataConverter.payloadConverter, { actor, calendar }) },
      identity: actor.id,
    },
  });
  return jobId;
}
