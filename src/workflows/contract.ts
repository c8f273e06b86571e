// One definition of the contract between the API, the workers and the task workflows:
// the task queue, the custom search attributes, the Updates, the signal and the query.
import { SearchAttributeType, defineSearchAttributeKey, type SearchAttributePair } from '@temporalio/common';
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { CalendarData } from '../domain/calendar';
import type { TaskRow } from '../domain/register/task-row';
import type { ActionOf, Actor, HistoryEntry, PendingNotification, TaskActionType, TaskInput, TaskState, TaskStatus, TimedEvent } from '../domain/task';

/** Custom search attributes kept current by every task workflow, so the web UI can filter tasks. */
export const searchAttributes = {
  status: defineSearchAttributeKey('DonDocStatus', SearchAttributeType.KEYWORD),
  leadAgency: defineSearchAttributeKey('DonDocLeadAgency', SearchAttributeType.KEYWORD),
  deadline: defineSearchAttributeKey('DonDocDeadline', SearchAttributeType.DATETIME),
  escalationLevel: defineSearchAttributeKey('DonDocEscalationLevel', SearchAttributeType.INT),
  assigningLeader: defineSearchAttributeKey('DonDocAssigningLeader', SearchAttributeType.KEYWORD),
  source: defineSearchAttributeKey('DonDocSource', SearchAttributeType.KEYWORD),
} as const;

export const ALL_SEARCH_ATTRIBUTES = Object.values(searchAttributes);

/** What a task's search attributes say (deadline: epoch ms, or null for a task without one). */
export interface TaskSearchValues {
  status: string;
  leadAgency: string;
  deadline: number | null;
  escalationLevel: number;
  assigningLeader: string;
  source: string;
}

/** A register row's search attribute values: what a task is started with (the client, a regime's run). */
export function searchValuesOfRow(row: TaskRow): TaskSearchValues {
  return {
    status: row.status,
    leadAgency: row.lead_agency_id,
    deadline: row.deadline_at === null ? null : Date.parse(row.deadline_at),
    escalationLevel: row.escalation_level,
    assigningLeader: row.assigning_leader_id,
    source: row.source,
  };
}

/** The search attributes saying `values`: set at the start of a task's workflow and upserted by it as they change. */
export function taskSearchAttributePairs(values: TaskSearchValues): SearchAttributePair[] {
  return [
    { key: searchAttributes.status, value: values.status },
    { key: searchAttributes.leadAgency, value: values.leadAgency },
    { key: searchAttributes.escalationLevel, value: values.escalationLevel },
    { key: searchAttributes.assigningLeader, value: values.assigningLeader },
    { key: searchAttributes.source, value: values.source },
    ...(values.deadline === null ? [] : [{ key: searchAttributes.deadline, value: new Date(values.deadline) }]),
  ];
}

/**
 * The rules generation a run follows, named in its arguments by whoever starts it (the client, a regime's
 * run, the run itself when it continues as new), so the run needs no patch marker to know it. Recording
 * one cost every new task a history event and a visibility write (the TemporalChangeVersion search
 * attribute): ~2.6 ms of the dev server's CPU per task, a fifth of a 5,000-task directive's time. A run
 * started without it (by code from before it) asks patched() as it always did: see taskWorkflow.
 * Generations, newest first: `rules-2026-12-one-timer` (a run keeps one timer across actions while its
 * next timed event stays put), `rules-2026-12-together` (see CURRENT_RULES_PATCH in task-workflow.ts).
 */
export const TASK_RULES = 'rules-2026-12-one-timer';

/** What a workflow run starts from: a new task, or the state carried over by continue-as-new; and its rules generation (TASK_RULES). */
export type TaskWorkflowArgs = ({ input: TaskInput } | { state: TaskState; recordedSeq?: number }) & { rules?: string };

/** The live view of a task: its status, full state and append-only history, and what happens next. */
export interface TaskView {
  status: TaskStatus;
  state: TaskState;
  nextEvent: Pick<TimedEvent, 'key' | 'kind' | 'at'> | null;
}

/** Where a task stands: its status and the parts of its state a person acts on, without the calendar, the policy or the history. */
export type TaskStanding = Pick<
  TaskState,
  'phase' | 'deadline' | 'overdue' | 'dueSoon' | 'escalationLevel' | 'progressPercent' | 'acknowledgedAt' | 'leadAgency' | 'coordinatingAgencies' | 'extension' | 'completion' | 'refusal' | 'hold'
> & { status: TaskStatus; nextEvent: TaskView['nextEvent'] };

/**
 * What an action's Update answers: where the task stands after it and the history entries it added.
 * Not the whole TaskView: its calendar and full history are kilobytes on every action, while the
 * caller needs the outcome. The full state stays available through `getTaskState` (and the API's task detail).
 */
export interface ActionResult extends TaskStanding {
  changes: HistoryEntry[];
  /**
   * The task's register row after the action. The API writes it with `changes` as it answers, and every
   * later request waits for that write, so whoever looks at a list next sees the action (the workflow
   * writes them too, through an activity). Absent from answers recorded before it was added.
   */
  row?: TaskRow;
}

export type ActionArgs<T extends TaskActionType> = Omit<ActionOf<T>, 'type'>;

const actionUpdate = <T extends TaskActionType>(type: T) => defineUpdate<ActionResult, [ActionArgs<T>]>(type);

/** One Update per action; a validator refuses a bad one before anything changes. */
export const taskUpdates = {
  acknowledge: actionUpdate('acknowledge'),
  report_progress: actionUpdate('report_progress'),
  submit_completion: actionUpdate('submit_completion'),
  review_completion: actionUpdate('review_completion'),
  propose_extension: actionUpdate('propose_extension'),
  decide_extension: actionUpdate('decide_extension'),
  withdraw: actionUpdate('withdraw'),
  reassign: actionUpdate('reassign'),
  amend_deadline: actionUpdate('amend_deadline'),
  hold: actionUpdate('hold'),
  resume: actionUpdate('resume'),
  refuse: actionUpdate('refuse'),
  insist: actionUpdate('insist'),
} as const;

export type UpdateActionType = keyof typeof taskUpdates;

/** Sent to every open task in one batch when an administrator corrects the holiday calendar. */
export const correctCalendar = defineSignal<[{ actor: Actor; calendar: CalendarData }]>('correctCalendar');

export const getTaskState = defineQuery<TaskView>('getTaskState');

export function taskWorkflowId(taskId: string): string {
  return `task-${taskId}`;
}

/** The task facts every notification names, and the request the notification activity receives. */
export interface NotificationRequest extends Omit<PendingNotification, 'key'> {
  /** Idempotency key: `${taskId}/${event key}`, stable across retries and continue-as-new. */
  key: string;
  task: {
    id: string;
    code: string;
    title: string;
    directive: string;
    assigningLeader: string;
    leadAgency: string;
    priority: string;
  };
}
