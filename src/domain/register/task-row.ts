// The register's row for a task, derived from the workflow's state: pure, so the workflow computes
// it deterministically and the event-log activity stores it as is. Keys are the table's columns.
import { TaskMachine } from '../task/machine';
import type { TaskInput, TaskState, TaskStatus } from '../task/types';

export interface TaskRow {
  task_id: string;
  code: string;
  title: string;
  source: string;
  directive_number: string;
  lead_agency_id: string;
  coordinating_agency_ids: string[];
  priority: string;
  assigning_leader_id: string;
  status: TaskStatus;
  deadline: string | null;
  deadline_at: string | null;
  escalation_level: number;
  progress_percent: number;
  assigned_at: string;
  completed_at: string | null;
  completed_on_time: boolean | null;
  withdrawn_at: string | null;
  last_seq: number;
  updated_at: string;
  /** The next notice the workflow will send and when ("Việc của tôi" shows it); null when none is pending. */
  next_notice_at: string | null;
  next_notice_kind: string | null;
  /** 'report' for a periodic report under a reporting regime, else 'task'. */
  kind: 'task' | 'report';
}

export const TASK_ROW_COLUMNS: readonly (keyof TaskRow)[] = [
  'task_id', 'code', 'title', 'source', 'directive_number', 'lead_agency_id', 'coordinating_agency_ids', 'priority', 'assigning_leader_id', 'status', 'deadline',
  'deadline_at', 'escalation_level', 'progress_percent', 'assigned_at', 'completed_at', 'completed_on_time', 'withdrawn_at',
  'last_seq', 'updated_at', 'next_notice_at', 'next_notice_kind', 'kind',
];

export function taskRowOf(state: TaskState, status: TaskStatus, nextNotice?: { kind: string; at: number }): TaskRow {
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  const withdrawal = state.phase === 'withdrawn' ? [...state.history].reverse().find((h) => h.action === 'withdrawn') : undefined;
  const last = state.history.at(-1);
  return {
    task_id: state.task.taskId,
    code: state.task.code,
    title: state.task.title,
    source: state.task.source,
    directive_number: state.task.directive.number,
    lead_agency_id: state.leadAgency.id,
    coordinating_agency_ids: state.coordinatingAgencies.map((a) => a.id),
    priority: state.task.priority,
    assigning_leader_id: state.task.assigningLeader.id,
    status,
    deadline: state.deadline.day,
    deadline_at: iso(state.deadline.at),
    escalation_level: state.escalationLevel,
    progress_percent: state.progressPercent,
    assigned_at: iso(state.history[0]?.at ?? state.assignedAt)!,
    completed_at: iso(state.completedAt),
    completed_on_time: state.completedOnTime,
    withdrawn_at: withdrawal ? iso(withdrawal.at) : null,
    last_seq: last?.seq ?? 0,
    updated_at: iso(last?.at ?? state.assignedAt)!,
    next_notice_at: iso(nextNotice?.at ?? null),
    next_notice_kind: nextNotice?.kind ?? null,
    kind: state.task.report ? 'report' : 'task',
  };
}

/**
 * A task's row as its machine stands now. The workflow writes this row with its entries, and an action's
 * Update returns it for the API to write first: both must be the same row for the same last entry (the
 * register keeps whichever came first), so both take it from here.
 */
export function currentTaskRow(machine: TaskMachine): TaskRow {
  return taskRowOf(machine.state, machine.status(), machine.nextNotice());
}

/**
 * The row of a task as of its assignment at `at`: what the workflow's first event will write, bar the
 * instants. Registration stores it, so the register shows a task from the moment it is registered.
 */
export function initialTaskRow(input: TaskInput, at: number): TaskRow {
  const machine = TaskMachine.assign(input, at);
  return { ...currentTaskRow(machine), last_seq: 0 };
}
