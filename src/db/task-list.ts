// The task list and a task's row: named queries over `tasks`, with the index each condition is meant
// to use (migration 005_city_scale). Every sort orders by an expression that has an index on exactly
// (expression, task_id), so a page is an index range read in order, and a cursor is a row comparison on
// the same pair: the 2,000th page costs what the first does. Selective filters have their own index;
// the planner picks between reading in sort order and collecting the matches first.
import { writtenDeadline, type TaskRow } from '../domain/register';
import type { DeadlineSpec } from '../domain/task';
import type { Queryable } from './database';

export const SORTS = {
  deadline: { expr: `COALESCE(deadline_at, 'infinity'::timestamptz)`, cast: 'timestamptz' }, // tasks_sort_deadline
  assigned: { expr: 'assigned_at', cast: 'timestamptz' }, // tasks_sort_assigned
  updated: { expr: 'updated_at', cast: 'timestamptz' }, // tasks_sort_updated
  escalation: { expr: 'escalation_level', cast: 'integer' }, // tasks_sort_escalation
  code: { expr: 'code', cast: 'text' }, // tasks_sort_code
} as const;
export type SortKey = keyof typeof SORTS;
export type SortCast = (typeof SORTS)[SortKey]['cast'];

export const CATEGORIES = ['completed_on_time', 'completed_late', 'in_progress_on_time', 'overdue', 'due_soon', 'no_deadline', 'open'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface TaskListQuery {
  /** An agency user sees only what its agency leads or coordinates. */
  visibleTo: string | null;
  agency?: { id: string; role: 'lead' | 'coordinator' | 'any' };
  statuses?: string[];
  category?: Category;
  overdue?: boolean;
  source?: string;
  leader?: string;
  directive?: string;
  deadlineFrom?: string;
  deadlineTo?: string;
  escalationLevel?: number;
  /** Periodic reports only, or ordinary tasks only. */
  kind?: 'task' | 'report';
  /** Folded words (foldVietnamese), each of which must occur in the task's search text. */
  words?: string[];
  sort: SortKey;
  descending: boolean;
  /** The last row of the previous page: its sort value as text, and its task id. */
  after?: { value: string; taskId: string };
  limit: number;
  now: number;
}

type Instant = Date | string; // the drivers return timestamptz as Date
/** A task row as read back: timestamps as the driver gives them; rows from before migration 002 lack the newer columns. */
export type TaskRowRecord = Omit<TaskRow, 'coordinating_agency_ids' | 'priority' | 'deadline_at' | 'assigned_at' | 'completed_at' | 'withdrawn_at' | 'updated_at' | 'last_seq' | 'next_notice_at' | 'kind'> & {
  kind: string | null;
  next_notice_at: Instant | null;
  coordinating_agency_ids: string[] | null;
  priority: string | null;
  deadline_at: Instant | null;
  assigned_at: Instant;
  completed_at: Instant | null;
  withdrawn_at: Instant | null;
  updated_at: Instant;
  sort_key?: string;
};

const ROW_COLUMNS = `task_id, code, title, source, directive_number, lead_agency_id, coordinating_agency_ids, priority, assigning_leader_id, status,
  to_char(deadline, 'YYYY-MM-DD') AS deadline, deadline_at, escalation_level, progress_percent, assigned_at, completed_at, completed_on_time, withdrawn_at, updated_at,
  next_notice_at, next_notice_kind, kind`;

/** A cursor whose value PostgreSQL refuses for the sort's type (30 February): the client's error, not the server's. */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
}

/**
 * One page of tasks and whether more follow. An agency's scope is `lead = a OR coordinating @> [a]`:
 * a bitmap OR of tasks_by_lead_agency and the GIN index tasks_by_coordinating (a COALESCE around the
 * column, as before, hid it from the index). Free text is `LIKE '%word%'` per word on the trigram index.
 */
export async function listTasks(db: Queryable, q: TaskListQuery): Promise<{ rows: TaskRowRecord[]; more: boolean }> {
  const { sql, params } = listTasksSql(q);
  const { rows } = await db.query<TaskRowRecord>(sql, params).catch((error: { code?: string }) => {
    if (q.after && ['22007', '22008', '22P02'].includes(error.code ?? '')) throw new InvalidCursorError('invalid cursor value');
    throw error;
  });
  // `sort_value` is the merge's own column (several statuses), not the row's
  const page = rows.slice(0, q.limit).map(({ sort_value: _merged, ...row }: TaskRowRecord & { sort_value?: unknown }) => row);
  return { rows: page, more: rows.length > q.limit };
}

/** The statement `listTasks` runs (one row more than a page, to know whether another follows); the plan tests EXPLAIN it. */
export function listTasksSql(q: TaskListQuery): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (v: unknown) => `$${params.push(v)}`;
  const involving = (agency: string, role: 'lead' | 'coordinator' | 'any') => {
    const a = param(agency);
    const lead = `lead_agency_id = ${a}`;
    const coordinating = `coordinating_agency_ids @> jsonb_build_array(${a}::text)`;
    return role === 'lead' ? lead : role === 'coordinator' ? coordinating : `(${lead} OR ${coordinating})`;
  };
  if (q.visibleTo !== null) where.push(involving(q.visibleTo, 'any'));
  if (q.agency) where.push(involving(q.agency.id, q.agency.role));
  const statuses = [...new Set(q.statuses ?? [])];
  if (q.statuses && statuses.length <= 1) where.push(statuses.length ? `status = ${param(statuses[0])}` : 'false');
  let nowRef: string | undefined; // only bound when used: PostgreSQL refuses a parameter it cannot type
  const now = () => (nowRef ??= param(new Date(q.now).toISOString()));
  const open = 'completed_at IS NULL AND withdrawn_at IS NULL';
  const overdue = () => `(${open} AND deadline_at < ${now()}::timestamptz)`;
  const categories: Record<Category, () => string> = {
    completed_on_time: () => 'completed_at IS NOT NULL AND completed_on_time',
    completed_late: () => 'completed_at IS NOT NULL AND NOT completed_on_time',
    // "No deadline, or not passed yet", said on the deadline sort's expression: on that sort the read
    // starts at now instead of passing over every finished task with an earlier deadline.
    in_progress_on_time: () => `${open} AND ${SORTS.deadline.expr} >= ${now()}::timestamptz`,
    overdue,
    due_soon: () => `status = 'due_soon'`,
    // Stated on the deadline sort's expression too, so that sort is by task id alone and the partial
    // index tasks_open_no_deadline serves it in order.
    no_deadline: () => `${open} AND deadline_at IS NULL AND ${SORTS.deadline.expr} = 'infinity'::timestamptz`,
    open: () => open,
  };
  if (q.category) where.push(categories[q.category]());
  if (q.overdue !== undefined) where.push(q.overdue ? overdue() : `NOT ${overdue()}`);
  if (q.source) where.push(`source = ${param(q.source)}`);
  if (q.leader) where.push(`assigning_leader_id = ${param(q.leader)}`);
  if (q.directive) where.push(`directive_number = ${param(q.directive)}`);
  // On the deadline sort a day range is read as a range of that sort's own index, a day wider on each
  // side (whatever the time zone), in order; the days themselves are then checked row by row, wrapped
  // (`IS TRUE`) so that the planner does not combine them with the day index and sort a month of
  // matches instead (18 ms → 1 ms on 100,000 rows). Other sorts use the day index.
  const from = q.deadlineFrom ? param(q.deadlineFrom) : undefined;
  const to = q.deadlineTo ? param(q.deadlineTo) : undefined;
  const days = [...(from ? [`deadline >= ${from}::date`] : []), ...(to ? [`deadline <= ${to}::date`] : [])];
  if (days.length && q.sort === 'deadline') {
    if (from) where.push(`${SORTS.deadline.expr} >= (${from}::date - 1)::timestamptz`);
    if (to) where.push(`${SORTS.deadline.expr} < (${to}::date + 2)::timestamptz`);
    where.push(`(${days.join(' AND ')}) IS TRUE`);
  } else where.push(...days);
  if (q.escalationLevel !== undefined) where.push(`escalation_level = ${param(q.escalationLevel)}`);
  if (q.kind) where.push(`kind = ${param(q.kind)}`);
  for (const word of q.words ?? []) where.push(`search_text LIKE ${param(`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
  const sort = SORTS[q.sort];
  if (q.after) where.push(`(${sort.expr}, task_id) ${q.descending ? '<' : '>'} (${param(q.after.value)}::${sort.cast}, ${param(q.after.taskId)})`);
  const dir = q.descending ? 'DESC' : 'ASC';
  const page = (conditions: string[], extra = '') => `SELECT ${ROW_COLUMNS}, (${sort.expr})::text AS sort_key${extra} FROM tasks
          ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
          ORDER BY ${sort.expr} ${dir}, task_id ${dir} LIMIT ${q.limit + 1}`;
  if (statuses.length <= 1) return { sql: page(where), params };
  // Several statuses: one page per status, each a range of its own index (tasks_status_deadline on the
  // deadline sort), then the first page of their merge. One `status = ANY(…)` would read the sort index
  // and filter, and the statuses people pick together (open ones) sit far along it.
  const branches = statuses.map((status) => `(${page([...where, `status = ${param(status)}`], `, ${sort.expr} AS sort_value`)})`);
  return {
    sql: `SELECT * FROM (${branches.join(' UNION ALL ')}) AS pages ORDER BY sort_value ${dir}, task_id ${dir} LIMIT ${q.limit + 1}`,
    params,
  };
}

/** A task's row in the register, if it has one yet. */
export async function taskRow(db: Queryable, taskId: string): Promise<TaskRowRecord | undefined> {
  const { rows } = await db.query<TaskRowRecord>(`SELECT ${ROW_COLUMNS} FROM tasks WHERE task_id = $1`, [taskId]);
  return rows[0];
}

/**
 * The deadlines of these tasks as their directives wrote them ("trong 05 ngày làm việc kể từ ngày ký",
 * "quý IV/2026", "21/02/2027"), from their start inputs: one primary-key read per page.
 */
export async function writtenDeadlines(db: Queryable, taskIds: readonly string[]): Promise<Map<string, string>> {
  if (taskIds.length === 0) return new Map();
  const { rows } = await db.query<{ task_id: string; deadline: DeadlineSpec; words: string | null }>(
    `SELECT task_id, input->'deadline' AS deadline, input->>'deadlineText' AS words FROM task_registrations WHERE task_id = ANY($1::text[])`,
    [taskIds],
  );
  return new Map(rows.map((r) => [r.task_id, writtenDeadline({ deadline: r.deadline, ...(r.words ? { deadlineText: r.words } : {}) })]));
}

export interface LastReport {
  kind: 'progress' | 'completion';
  at: Date | string;
  percent: number | null;
  text: string;
}

/** Each task's latest report (progress or completion), by the reports' primary key (task_id, seq). */
export async function lastReports(db: Queryable, taskIds: readonly string[]): Promise<Map<string, LastReport>> {
  if (taskIds.length === 0) return new Map();
  const { rows } = await db.query<LastReport & { task_id: string }>(
    `SELECT DISTINCT ON (task_id) task_id, kind, at, percent, text FROM reports WHERE task_id = ANY($1::text[]) ORDER BY task_id, seq DESC`,
    [taskIds],
  );
  return new Map(rows.map(({ task_id, ...r }) => [task_id, r]));
}
