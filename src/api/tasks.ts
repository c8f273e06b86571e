// Directives and their tasks: registration (one request, many tasks, each a workflow), the actions
// forwarded as workflow Updates, lists with filters and cursor pagination, and the task detail.
import { createHash } from 'node:crypto';
import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { z } from 'zod';
import { DatabaseNotificationStore } from '../activities/notification-store';
import { TaskInputSchema } from '../client/task-input';
import { startTask } from '../client/tasks';
import type { Database, Queryable } from '../db/database';
import { DEFAULT_CALENDAR_DATA, type CalendarData } from '../domain/calendar';
import { foldVietnamese, isTruncatedTitle, parseDeadlineText, type TaskRow } from '../domain/register';
import { AGENCY_ROLES, DEFAULT_TASK_POLICY, OFFICE_ROLES, type Actor, type Agency, type Role, type DeadlineSpec, type TaskInput, type TaskSource, type TaskStatus } from '../domain/task';
import { getTaskState, taskUpdates, taskWorkflowId, type TaskView, type UpdateActionType } from '../workflows/contract';
import { isAgencyRole, maySee, type Principal } from './auth';
import { audit } from './audit';
import { findAgency, findLeader, type AgencyRecord } from './directory';
import { ApiError, badInput, notFound, problemsOf, type FieldProblem } from './errors';
import { route, type Route } from './routes';
import { DirectiveList, LiveViewOut, NotificationList, RegistrationOut, TaskDetailOut, TaskPage } from './responses';
import { flag, isStorableText, localDate, safeString, slug, taskIdParam, text } from './schemas';

export interface TaskServices {
  db: Database;
  temporal: Client;
  taskQueue: string;
  log: (message: string, details?: Record<string, unknown>) => void;
}

export const TASK_SOURCES = ['government', 'party_committee', 'peoples_council', 'peoples_committee', 'chairman'] as const satisfies readonly TaskSource[];
export const TASK_STATUSES = [
  'assigned', 'in_progress', 'due_soon', 'overdue', 'no_deadline', 'awaiting_review', 'refused', 'on_hold', 'completed_on_time', 'completed_late', 'withdrawn',
] as const satisfies readonly TaskStatus[];

// ---------------------------------------------------------------- registration

const StructuredDeadline = z.discriminatedUnion('precision', [
  z.object({ precision: z.literal('day'), date: localDate }),
  z.object({ precision: z.literal('month'), year: z.number().int(), month: z.number().int().min(1).max(12) }),
  z.object({ precision: z.literal('quarter'), year: z.number().int(), quarter: z.number().int().min(1).max(4) }),
  z.object({ precision: z.literal('year'), year: z.number().int() }),
  z.object({ precision: z.literal('none') }),
]);

export const NewTaskSchema = z
  .object({
    code: text.max(100).optional(),
    title: text.max(500),
    content: safeString().max(20_000).default(''),
    leadAgencyId: slug,
    coordinatingAgencyIds: z.array(slug).max(50).default([]),
    assigningLeaderId: slug,
    deadline: z
      .union([safeString().max(200), StructuredDeadline])
      .describe('"15/3/2026", "12/2026", "quý IV/2026", "năm 2026", "01/01/1970" (không thời hạn / none), or {precision, …}'),
    priority: z.enum(['normal', 'high', 'urgent']).default('normal'),
  })
  .strict();

export const DirectiveSchema = z
  .object({
    number: text.max(100),
    date: localDate,
    signer: text.max(200),
    source: z.enum(TASK_SOURCES),
    title: text.max(1000),
  })
  .strict();

const RegisterBody = z.object({ directive: DirectiveSchema, tasks: z.array(NewTaskSchema).min(1).max(500) }).strict();
export type NewTask = z.output<typeof NewTaskSchema>;
export type DirectiveFacts = z.output<typeof DirectiveSchema>;

async function activeAgency(q: Queryable, id: string): Promise<AgencyRecord | undefined> {
  const a = await findAgency(q, id);
  return a?.active ? a : undefined;
}

export const agencyForTask = (a: AgencyRecord): Agency => ({ id: a.id, name: a.name, email: a.email, head: a.head });

export async function currentCalendar(q: Queryable): Promise<CalendarData> {
  const { rows } = await q.query<{ calendar: CalendarData }>('SELECT calendar FROM calendar_corrections ORDER BY id DESC LIMIT 1');
  return rows[0]?.calendar ?? DEFAULT_CALENDAR_DATA;
}

/** What every new task is started with, read once per request: the chairman, the office and the calendar. */
export interface RegistrationContext {
  chairman: { id: string; name: string; email: string };
  office: { name: string; email: string };
  calendar: CalendarData;
}

export async function registrationContext(q: Queryable): Promise<RegistrationContext> {
  const { rows: chairmen } = await q.query<{ id: string; name: string; email: string }>('SELECT id, name, email FROM leaders WHERE is_chairman AND active');
  const { rows: offices } = await q.query<{ name: string; email: string }>(`SELECT name, email FROM agencies WHERE kind = 'office' AND active ORDER BY id LIMIT 1`);
  if (!chairmen[0]) throw new ApiError(409, 'NO_CHAIRMAN', 'Chưa khai báo Chủ tịch trong danh mục lãnh đạo / No active chairman in the leaders directory');
  if (!offices[0]) throw new ApiError(409, 'NO_OFFICE', 'Chưa khai báo Văn phòng (cơ quan loại office) / No active office agency (kind "office")');
  return { chairman: chairmen[0], office: offices[0], calendar: await currentCalendar(q) };
}

/** The start input of a new task, from the register's directory; problems name fields under `prefix`. */
export async function taskInputFor(q: Queryable, context: RegistrationContext, directive: DirectiveFacts, t: NewTask, prefix: string): Promise<{ input?: TaskInput; problems: FieldProblem[] }> {
  const problems: FieldProblem[] = [];
  const field = (name: string, message: string) => problems.push({ field: `${prefix}.${name}`, message });
  const lead = await activeAgency(q, t.leadAgencyId);
  if (!lead) field('leadAgencyId', `không có cơ quan "${t.leadAgencyId}" đang hoạt động / no active agency "${t.leadAgencyId}"`);
  const coordinating: AgencyRecord[] = [];
  for (const [i, id] of t.coordinatingAgencyIds.entries()) {
    const a = await activeAgency(q, id);
    if (!a) field(`coordinatingAgencyIds.${i}`, `không có cơ quan "${id}" đang hoạt động / no active agency "${id}"`);
    else coordinating.push(a);
  }
  const leader = await findLeader(q, t.assigningLeaderId);
  if (!leader?.active) field('assigningLeaderId', `không có lãnh đạo "${t.assigningLeaderId}" / no active leader "${t.assigningLeaderId}"`);
  let deadline: DeadlineSpec | undefined;
  if (typeof t.deadline === 'string') {
    const parsed = parseDeadlineText(t.deadline);
    if (parsed.ok) deadline = parsed.deadline;
    else field('deadline', parsed.reason);
  } else deadline = t.deadline;
  if (isTruncatedTitle(t.title)) field('title', 'trích yếu bị cắt ("…"), cần nhập đầy đủ / the title is cut short ("…"); enter it in full');
  if (problems.length || !lead || !leader || !deadline) return { problems };
  const parsed = TaskInputSchema.safeParse({
    taskId: 'pending',
    code: t.code ?? 'pending',
    title: t.title,
    content: t.content,
    source: directive.source,
    directive: { number: directive.number, date: directive.date, signer: directive.signer },
    assigningLeader: { id: leader.id, name: `${leader.title} ${leader.name}`, email: leader.email },
    chairman: context.chairman,
    office: context.office,
    leadAgency: agencyForTask(lead),
    coordinatingAgencies: coordinating.map(agencyForTask),
    deadline,
    priority: t.priority,
    policy: DEFAULT_TASK_POLICY,
    calendar: context.calendar,
  });
  if (!parsed.success) return { problems: problemsOf(parsed.error, prefix) };
  return { input: parsed.data, problems: [] };
}

/**
 * Registers a directive and its tasks: every task is checked first, then the directive and the tasks'
 * start inputs are stored in one transaction, then each workflow is started. A workflow that could
 * not start stays registered and is started by `startPendingTasks` (at every API start).
 * A task already registered under the same directive with the same title is a duplicate (409), unless
 * this request `resumes` one that was cut off after storing them (its Idempotency-Key was taken over):
 * then the stored tasks are its own, and are answered (and started) instead of stored twice.
 */
export async function registerDirective(s: TaskServices, p: Principal, body: z.input<typeof RegisterBody>, resumed = false) {
  const { directive, tasks } = RegisterBody.parse(body);
  const repeated = tasks.flatMap((t, i) => (tasks.findIndex((u) => u.title === t.title) < i ? [{ field: `tasks.${i}.title`, message: 'trùng trích yếu với nhiệm vụ khác trong cùng văn bản / same title as another task of this directive' }] : []));
  if (repeated.length) throw badInput(repeated);
  const context = await registrationContext(s.db);
  const built = await Promise.all(tasks.map((t, i) => taskInputFor(s.db, context, directive, t, `tasks.${i}`)));
  const problems = built.flatMap((b) => b.problems);
  if (problems.length) throw badInput(problems);
  const ids = await s.db.transaction(async (tx) => {
    await upsertDirective(tx, p, directive); // locks the directive: a concurrent registration of it waits here
    const existing = await registeredTitles(tx, directive.number, tasks.map((t) => t.title));
    if (existing.size && !resumed) {
      throw new ApiError(409, 'DUPLICATE_TASK', `Văn bản ${directive.number} đã có nhiệm vụ cùng trích yếu / Directive ${directive.number} already has a task with this title`, tasks.flatMap((t, i) => {
        const taskId = existing.get(t.title)?.taskId;
        return taskId ? [{ field: `tasks.${i}.title`, message: `đã đăng ký: ${taskId} (cùng văn bản và trích yếu) / already registered as ${taskId} (same directive and title)` }] : [];
      }));
    }
    const registered: { taskId: string; code: string; title: string }[] = [];
    for (const [i, b] of built.entries()) {
      const earlier = existing.get(tasks[i]!.title);
      registered.push(earlier ?? (await insertRegistration(tx, p, directive.number, b.input!, tasks[i]!.code)));
    }
    if (registered.length > existing.size) await audit(tx, p, 'directive_registered', 'directive', directive.number, { tasks: registered.map((r) => r.taskId) });
    return registered;
  });
  const started = await startPendingTasks(s, ids.map((r) => r.taskId));
  const running = new Set([...started, ...(await startedTasks(s.db, ids.map((r) => r.taskId)))]);
  return { directive, tasks: ids.map((r) => ({ ...r, started: running.has(r.taskId) })) };
}

/** Tasks already registered under a directive, by title (the duplicate rule shared with the import). */
export async function registeredTitles(q: Queryable, directiveNumber: string, titles: string[]): Promise<Map<string, { taskId: string; code: string; title: string }>> {
  const { rows } = await q.query<{ task_id: string; code: string; title: string }>(
    `SELECT task_id, input->>'code' AS code, input->>'title' AS title FROM task_registrations WHERE directive_number = $1 AND input->>'title' = ANY($2::text[])`,
    [directiveNumber, titles],
  );
  return new Map(rows.map((r) => [r.title, { taskId: r.task_id, code: r.code, title: r.title }]));
}

async function startedTasks(q: Queryable, ids: string[]): Promise<string[]> {
  const { rows } = await q.query<{ task_id: string }>('SELECT task_id FROM task_registrations WHERE task_id = ANY($1::text[]) AND started_at IS NOT NULL', [ids]);
  return rows.map((r) => r.task_id);
}

/** Stores a directive, or accepts it again when the same number arrives with the same date and signer; holds its row until the transaction ends. */
export async function upsertDirective(tx: Queryable, p: Principal, d: DirectiveFacts): Promise<void> {
  await tx.query('INSERT INTO directives (number, date, signer, source, title, created_by) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (number) DO NOTHING', [
    d.number, d.date, d.signer, d.source, d.title, p.userId,
  ]);
  const { rows } = await tx.query<{ date: string; signer: string }>(`SELECT to_char(date, 'YYYY-MM-DD') AS date, signer FROM directives WHERE number = $1 FOR UPDATE`, [d.number]);
  if (rows[0]!.date !== d.date || rows[0]!.signer !== d.signer) {
    throw new ApiError(409, 'DIRECTIVE_CONFLICT', `Văn bản số ${d.number} đã đăng ký với ngày/người ký khác / Directive ${d.number} is already registered with another date or signer`, [
      { field: 'directive.number', message: `đã có: ${rows[0]!.date}, ${rows[0]!.signer} / exists: ${rows[0]!.date}, ${rows[0]!.signer}` },
    ]);
  }
}

export async function insertRegistration(tx: Queryable, p: Principal, directiveNumber: string, input: TaskInput, code: string | undefined) {
  const { rows } = await tx.query<{ n: string }>(`SELECT nextval('task_numbers') AS n`);
  const taskId = `NV-${String(rows[0]!.n).padStart(6, '0')}`;
  const stored: TaskInput = { ...input, taskId, code: code ?? taskId };
  await tx.query('INSERT INTO task_registrations (task_id, directive_number, input, registered_by) VALUES ($1, $2, $3, $4)', [
    taskId, directiveNumber, JSON.stringify(stored), p.userId,
  ]);
  return { taskId, code: stored.code, title: stored.title };
}

/** Starts the workflows of registered tasks not started yet (all of them, or those named). Returns the ids started. */
export async function startPendingTasks(s: TaskServices, only?: string[]): Promise<string[]> {
  const { rows } = await s.db.query<{ task_id: string; input: TaskInput }>(
    'SELECT task_id, input FROM task_registrations WHERE started_at IS NULL AND ($1::text[] IS NULL OR task_id = ANY($1)) ORDER BY task_id',
    [only ?? null],
  );
  const started: string[] = [];
  for (const r of rows) {
    try {
      await startTask(s.temporal, r.input, s.taskQueue);
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) {
        s.log('task workflow did not start; it will be retried at the next start', { taskId: r.task_id, error: (error as Error).message });
        continue;
      }
    }
    await s.db.query('UPDATE task_registrations SET started_at = now() WHERE task_id = $1', [r.task_id]);
    started.push(r.task_id);
  }
  return started;
}

// ---------------------------------------------------------------- reading

type Instant = Date | string; // the drivers return timestamptz as Date
/** A task row as read back: timestamps as the driver gives them; rows from before migration 002 lack the newer columns. */
type TaskRowRecord = Omit<TaskRow, 'coordinating_agency_ids' | 'priority' | 'deadline_at' | 'assigned_at' | 'completed_at' | 'withdrawn_at' | 'updated_at' | 'last_seq'> & {
  coordinating_agency_ids: string[] | null;
  priority: string | null;
  deadline_at: Instant | null;
  assigned_at: Instant;
  completed_at: Instant | null;
  withdrawn_at: Instant | null;
  updated_at: Instant;
  sort_key?: string;
};

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

export function presentRow(r: TaskRowRecord, now: number) {
  const deadlineAt = iso(r.deadline_at);
  const open = r.completed_at === null && r.withdrawn_at === null;
  return {
    taskId: r.task_id,
    code: r.code,
    title: r.title,
    source: r.source,
    directiveNumber: r.directive_number,
    leadAgencyId: r.lead_agency_id,
    coordinatingAgencyIds: r.coordinating_agency_ids ?? [],
    priority: r.priority ?? 'normal',
    assigningLeaderId: r.assigning_leader_id,
    status: r.status,
    overdue: open && deadlineAt !== null && Date.parse(deadlineAt) < now,
    deadline: r.deadline === null ? null : String(r.deadline).slice(0, 10),
    deadlineAt,
    escalationLevel: r.escalation_level,
    progressPercent: r.progress_percent,
    assignedAt: iso(r.assigned_at),
    completedAt: iso(r.completed_at),
    completedOnTime: r.completed_on_time,
    withdrawnAt: iso(r.withdrawn_at),
    updatedAt: iso(r.updated_at),
  };
}

const ROW_COLUMNS = `task_id, code, title, source, directive_number, lead_agency_id, coordinating_agency_ids, priority, assigning_leader_id, status,
  to_char(deadline, 'YYYY-MM-DD') AS deadline, deadline_at, escalation_level, progress_percent, assigned_at, completed_at, completed_on_time, withdrawn_at, updated_at`;

const SORTS = {
  deadline: { expr: `COALESCE(deadline_at, 'infinity'::timestamptz)`, cast: 'timestamptz' },
  assigned: { expr: 'assigned_at', cast: 'timestamptz' },
  updated: { expr: 'updated_at', cast: 'timestamptz' },
  escalation: { expr: 'escalation_level', cast: 'integer' },
  code: { expr: 'code', cast: 'text' },
} as const;
type SortKey = keyof typeof SORTS;
const SORT_VALUES = Object.keys(SORTS).flatMap((k) => [k, `-${k}`]) as [string, ...string[]];

export const CATEGORIES = ['completed_on_time', 'completed_late', 'in_progress_on_time', 'overdue', 'due_soon', 'no_deadline', 'open'] as const;

export const ListQuery = z
  .object({
    agency: slug.optional().describe('Cơ quan chủ trì hoặc phối hợp / agency as lead or coordinator'),
    agencyRole: z.enum(['lead', 'coordinator', 'any']).default('any'),
    status: z
      .string()
      .transform((v) => v.split(',').map((x) => x.trim()).filter(Boolean))
      .pipe(z.array(z.enum(TASK_STATUSES)).min(1))
      .optional()
      .describe('Trạng thái, phân cách bằng dấu phẩy / statuses, comma-separated'),
    category: z.enum(CATEGORIES).optional().describe('Nhóm thống kê / statistics category'),
    source: z.enum(TASK_SOURCES).optional(),
    leader: slug.optional().describe('Lãnh đạo giao / assigning leader'),
    directive: safeString().max(100).optional(),
    deadlineFrom: localDate.optional(),
    deadlineTo: localDate.optional(),
    overdue: flag.optional(),
    escalationLevel: z.coerce.number().int().min(0).max(50).optional(),
    q: safeString().max(200).optional().describe('Tìm theo trích yếu, số hiệu, có hoặc không dấu / free text, with or without diacritics'),
    sort: z.enum(SORT_VALUES).default('deadline'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: safeString().max(500).optional(),
  })
  .strict();

export async function listTasks(db: Queryable, p: Principal, query: z.output<typeof ListQuery>, now = Date.now()) {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const involving = (agency: string, role: 'lead' | 'coordinator' | 'any') => {
    const a = param(agency);
    const lead = `lead_agency_id = ${a}`;
    const coordinating = `COALESCE(coordinating_agency_ids, '[]'::jsonb) @> jsonb_build_array(${a}::text)`;
    return role === 'lead' ? lead : role === 'coordinator' ? coordinating : `(${lead} OR ${coordinating})`;
  };
  if (isAgencyRole(p.role)) where.push(involving(p.agencyId ?? '', 'any')); // an agency sees what it leads or coordinates
  if (query.agency) where.push(involving(query.agency, query.agencyRole));
  if (query.status) where.push(`status = ANY(${param(query.status)}::text[])`);
  let nowRef: string | undefined; // only bound when used: PostgreSQL refuses a parameter it cannot type
  const nowParam = () => (nowRef ??= param(new Date(now).toISOString()));
  const open = 'completed_at IS NULL AND withdrawn_at IS NULL';
  const overdueSql = () => `(${open} AND deadline_at < ${nowParam()}::timestamptz)`;
  const categorySql: Record<(typeof CATEGORIES)[number], () => string> = {
    completed_on_time: () => 'completed_at IS NOT NULL AND completed_on_time',
    completed_late: () => 'completed_at IS NOT NULL AND NOT completed_on_time',
    in_progress_on_time: () => `${open} AND (deadline_at IS NULL OR deadline_at >= ${nowParam()}::timestamptz)`,
    overdue: overdueSql,
    due_soon: () => `status = 'due_soon'`,
    no_deadline: () => `${open} AND deadline_at IS NULL`,
    open: () => open,
  };
  if (query.category) where.push(categorySql[query.category]());
  if (query.overdue !== undefined) where.push(query.overdue ? overdueSql() : `NOT ${overdueSql()}`);
  if (query.source) where.push(`source = ${param(query.source)}`);
  if (query.leader) where.push(`assigning_leader_id = ${param(query.leader)}`);
  if (query.directive) where.push(`directive_number = ${param(query.directive)}`);
  if (query.deadlineFrom) where.push(`deadline >= ${param(query.deadlineFrom)}::date`);
  if (query.deadlineTo) where.push(`deadline <= ${param(query.deadlineTo)}::date`);
  if (query.escalationLevel !== undefined) where.push(`escalation_level = ${param(query.escalationLevel)}`);
  for (const word of foldVietnamese(query.q ?? '').split(' ').filter(Boolean)) {
    where.push(`search_text LIKE ${param(`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
  }
  const descending = query.sort.startsWith('-');
  const sort = SORTS[query.sort.replace('-', '') as SortKey];
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor, query.sort, sort.cast);
    where.push(`(${sort.expr}, task_id) ${descending ? '<' : '>'} (${param(cursor.v)}::${sort.cast}, ${param(cursor.id)})`);
  }
  const dir = descending ? 'DESC' : 'ASC';
  const { rows } = await db.query<TaskRowRecord>(
    `SELECT ${ROW_COLUMNS}, (${sort.expr})::text AS sort_key FROM tasks
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY ${sort.expr} ${dir}, task_id ${dir} LIMIT ${query.limit + 1}`,
    params,
  ).catch((error: { code?: string }) => {
    // A cursor that looks right but names an impossible instant (30 February) is still the client's error.
    if (query.cursor && ['22007', '22008', '22P02'].includes(error.code ?? '')) throw badCursor();
    throw error;
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => presentRow(r, now)),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ s: query.sort, v: last.sort_key!, id: last.task_id }) : null,
  };
}

function encodeCursor(c: { s: string; v: string; id: string }): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

/** A cursor value PostgreSQL will accept for the sort's type: anything else is a tampered cursor, refused as 400 rather than failing in SQL. */
const CURSOR_VALUE: Record<(typeof SORTS)[SortKey]['cast'], (v: string) => boolean> = {
  timestamptz: (v) => v === 'infinity' || (/^\d{4}-\d{2}-\d{2}[ T][\d:.]+([+-]\d{2}(:?\d{2})?|Z)?$/.test(v) && !Number.isNaN(Date.parse(v.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00')))),
  integer: (v) => /^-?\d{1,9}$/.test(v),
  text: isStorableText,
};

function decodeCursor(raw: string, sort: string, cast: (typeof SORTS)[SortKey]['cast']): { v: string; id: string } {
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as { s?: unknown; v?: unknown; id?: unknown };
    if (c.s === sort && typeof c.v === 'string' && typeof c.id === 'string' && CURSOR_VALUE[cast](c.v) && isStorableText(c.id)) return { v: c.v, id: c.id };
  } catch {
    // falls through to the error below
  }
  throw badCursor();
}

const badCursor = () => badInput([{ field: 'query.cursor', message: 'con trỏ không hợp lệ hoặc thuộc cách sắp xếp khác / invalid cursor, or one from another sort order' }]);

/** Where a task is visible from: its row, or its registration while its first event is on the way. */
async function taskScope(db: Queryable, id: string): Promise<{ lead: string; coordinating: string[] } | undefined> {
  const { rows } = await db.query<{ lead_agency_id: string; coordinating_agency_ids: string[] | null }>(
    'SELECT lead_agency_id, coordinating_agency_ids FROM tasks WHERE task_id = $1',
    [id],
  );
  if (rows[0]) return { lead: rows[0].lead_agency_id, coordinating: rows[0].coordinating_agency_ids ?? [] };
  const { rows: registered } = await db.query<{ input: TaskInput }>('SELECT input FROM task_registrations WHERE task_id = $1', [id]);
  const input = registered[0]?.input;
  return input ? { lead: input.leadAgency.id, coordinating: input.coordinatingAgencies.map((a) => a.id) } : undefined;
}

/** The task if `p` may see it; a task `p` may not see answers exactly like a missing one. */
export async function requireVisible(db: Queryable, p: Principal, id: string): Promise<void> {
  const scope = await taskScope(db, id);
  if (!scope || !maySee(p, scope.lead, scope.coordinating)) throw notFound(`nhiệm vụ ${id}`, `task ${id}`);
}

const isoOf = (epochMs: number) => new Date(epochMs).toISOString();

/** The live view without what only the workflow needs (calendar data, fired keys, the unsent queue); every instant as ISO text. */
export function presentView(view: TaskView) {
  const { state, status, nextEvent } = view;
  return {
    status,
    phase: state.phase,
    deadline: state.deadline.day,
    deadlineAt: state.deadline.at === null ? null : isoOf(state.deadline.at),
    overdue: state.overdue,
    dueSoon: state.dueSoon,
    escalationLevel: state.escalationLevel,
    progressPercent: state.progressPercent,
    acknowledgedAt: state.acknowledgedAt === null ? null : isoOf(state.acknowledgedAt),
    leadAgency: state.leadAgency,
    coordinatingAgencies: state.coordinatingAgencies,
    extension: state.extension && { ...state.extension, proposedAt: isoOf(state.extension.proposedAt) },
    completion: state.completion && {
      ...state.completion,
      submittedAt: isoOf(state.completion.submittedAt),
      deadlineAtSubmission: state.completion.deadlineAtSubmission === null ? null : isoOf(state.completion.deadlineAtSubmission),
    },
    refusal: state.refusal && { ...state.refusal, at: isoOf(state.refusal.at) },
    hold: state.hold && { ...state.hold, since: isoOf(state.hold.since) },
    nextEvent: nextEvent ? { ...nextEvent, at: isoOf(nextEvent.at) } : null,
  };
}

export async function taskDetail(s: TaskServices, p: Principal, id: string) {
  await requireVisible(s.db, p, id);
  const now = Date.now();
  const { rows } = await s.db.query<TaskRowRecord>(`SELECT ${ROW_COLUMNS} FROM tasks WHERE task_id = $1`, [id]);
  const { rows: registration } = await s.db.query<{ input: TaskInput; directive_number: string; registered_by: string; registered_at: Date; started_at: Date | null }>(
    'SELECT input, directive_number, registered_by, registered_at, started_at FROM task_registrations WHERE task_id = $1',
    [id],
  );
  let live: ReturnType<typeof presentView> | null = null;
  let liveError: string | null = null;
  try {
    live = presentView(await s.temporal.workflow.getHandle(taskWorkflowId(id)).query(getTaskState));
  } catch (error) {
    liveError = error instanceof WorkflowNotFoundError
      ? 'Quy trình không còn trong Temporal (đã quá thời hạn lưu); sổ đăng ký vẫn giữ đầy đủ / the workflow is past Temporal retention; the register keeps the full record'
      : `Không đọc được trạng thái trực tiếp / live state unavailable: ${(error as Error).message}`;
  }
  const { rows: history } = await s.db.query(
    `SELECT seq, at, actor_id AS "actorId", actor_role AS "actorRole", actor_name AS "actorName", action, details FROM task_events WHERE task_id = $1 ORDER BY seq`,
    [id],
  );
  const { rows: reports } = await s.db.query(
    `SELECT seq, kind, number, at, actor_id AS "actorId", actor_name AS "actorName", percent, text, documents, outcome, outcome_at AS "outcomeAt", outcome_reason AS "outcomeReason"
     FROM reports WHERE task_id = $1 ORDER BY seq`,
    [id],
  );
  const { rows: extensions } = await s.db.query(
    `SELECT proposal, proposed_at AS "proposedAt", proposed_by AS "proposedBy", reason, plan, to_char(proposed_deadline, 'YYYY-MM-DD') AS "proposedDeadline",
            decision, decided_at AS "decidedAt", decided_by AS "decidedBy", to_char(new_deadline, 'YYYY-MM-DD') AS "newDeadline", comment
     FROM extension_requests WHERE task_id = $1 ORDER BY proposal`,
    [id],
  );
  const reg = registration[0];
  return {
    task: rows[0] ? presentRow(rows[0], now) : null,
    registration: reg
      ? {
          directiveNumber: reg.directive_number, registeredBy: reg.registered_by, registeredAt: iso(reg.registered_at), startedAt: iso(reg.started_at),
          content: reg.input.content, directive: reg.input.directive,
        }
      : null,
    live,
    liveError,
    history,
    reports,
    extensions,
  };
}

// ---------------------------------------------------------------- actions

const reason = text.max(2000);
const ACTION_BODIES = {
  acknowledge: z.object({}).strict(),
  report_progress: z.object({ note: text.max(5000), percent: z.number().int().min(0).max(100).optional() }).strict(),
  submit_completion: z.object({ summary: text.max(10_000), documents: z.array(text.max(300)).max(50).default([]) }).strict(),
  review_completion: z.object({ decision: z.enum(['accept', 'return']), reason: reason.optional() }).strict(),
  propose_extension: z.object({ reason, plan: text.max(5000), proposedDeadline: localDate }).strict(),
  decide_extension: z.object({ decision: z.enum(['approve', 'reject']), newDeadline: localDate.optional(), comment: reason.optional() }).strict(),
  withdraw: z.object({ reason }).strict(),
  reassign: z.object({ newLeadAgencyId: slug, reason }).strict(),
  amend_deadline: z.object({ newDeadline: localDate, reason }).strict(),
  hold: z.object({ reason }).strict(),
  resume: z.object({ newDeadline: localDate.optional(), comment: reason.optional() }).strict(),
  refuse: z.object({ reason }).strict(),
  insist: z.object({ comment: reason }).strict(),
} satisfies Record<UpdateActionType, z.ZodType>;

/** Which roles may attempt each action at all; the workflow then checks who exactly (lead agency, approver) and when. */
export const ACTION_ROLES: Record<UpdateActionType, readonly Role[]> = {
  acknowledge: AGENCY_ROLES,
  report_progress: AGENCY_ROLES,
  submit_completion: AGENCY_ROLES,
  propose_extension: AGENCY_ROLES,
  refuse: AGENCY_ROLES,
  review_completion: OFFICE_ROLES,
  withdraw: OFFICE_ROLES,
  reassign: OFFICE_ROLES,
  amend_deadline: OFFICE_ROLES,
  hold: OFFICE_ROLES,
  resume: OFFICE_ROLES,
  insist: OFFICE_ROLES,
  decide_extension: ['leader'],
};

const ACTION_TEXT: Record<UpdateActionType, string> = {
  acknowledge: 'Xác nhận tiếp nhận / acknowledge receipt',
  report_progress: 'Báo cáo tiến độ / report progress',
  submit_completion: 'Báo cáo hoàn thành / submit the completion report',
  review_completion: 'Văn phòng xác nhận hoặc trả lại báo cáo / the office accepts or returns the report',
  propose_extension: 'Đề xuất gia hạn / propose an extension',
  decide_extension: 'Lãnh đạo quyết định gia hạn / the leader decides the extension',
  withdraw: 'Thu hồi nhiệm vụ / withdraw the task',
  reassign: 'Giao lại cho cơ quan khác / reassign to another agency',
  amend_deadline: 'Điều chỉnh thời hạn / amend the deadline',
  hold: 'Tạm hoãn / put on hold',
  resume: 'Tiếp tục / resume',
  refuse: 'Từ chối nhiệm vụ (không thuộc chức năng) / refuse the task',
  insist: 'Giữ nguyên giao nhiệm vụ / insist on the assignment',
};

/**
 * Forwards an action to the task's workflow as an Update. `updateId` (from the request's Idempotency-Key)
 * lets Temporal recognise a retry of an Update it already applied (a client that got a 503, a request
 * cut off by a crash) and answer it again instead of applying it twice.
 */
export async function performAction(s: TaskServices, p: Principal, actor: Actor, id: string, type: UpdateActionType, body: Record<string, unknown>, updateId?: string) {
  await requireVisible(s.db, p, id);
  if (!ACTION_ROLES[type].includes(p.role)) {
    throw new ApiError(403, 'FORBIDDEN_ROLE', `Vai trò ${p.role} không được thực hiện "${type}" / the ${p.role} role may not ${type}`);
  }
  let args: Record<string, unknown> = { ...body, actor };
  if (type === 'reassign') {
    const { newLeadAgencyId, ...rest } = body as { newLeadAgencyId: string };
    const agency = await activeAgency(s.db, newLeadAgencyId);
    if (!agency) throw badInput([{ field: 'newLeadAgencyId', message: `không có cơ quan "${newLeadAgencyId}" đang hoạt động / no active agency "${newLeadAgencyId}"` }]);
    args = { ...rest, actor, newLeadAgency: agencyForTask(agency) };
  }
  let view: TaskView;
  try {
    view = await s.temporal.workflow.getHandle(taskWorkflowId(id)).executeUpdate(taskUpdates[type] as (typeof taskUpdates)['acknowledge'], { args: [args as never], ...(updateId ? { updateId } : {}) });
  } catch (error) {
    if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
      throw new ApiError(409, error.cause.type ?? 'REFUSED', error.cause.message);
    }
    if (error instanceof WorkflowNotFoundError) throw new ApiError(409, 'TASK_CLOSED', 'Nhiệm vụ đã kết thúc / The task is closed');
    throw error;
  }
  await audit(s.db, p, type, 'task', id, body);
  return presentView(view);
}

// ---------------------------------------------------------------- routes

export function taskRoutes(s: TaskServices): Route[] {
  const tag = 'Nhiệm vụ / Tasks';
  return [
    route({
      method: 'POST', url: '/api/directives', tag, access: ['office', 'admin'], idempotent: true, created: true, body: RegisterBody, response: RegistrationOut,
      summary: 'Đăng ký văn bản chỉ đạo và các nhiệm vụ / register a directive and its tasks',
      description: 'Mỗi nhiệm vụ trở thành một quy trình Temporal. Mọi nhiệm vụ được kiểm tra trước; một lỗi thì không lưu gì. / Each task becomes a Temporal workflow. All tasks are checked first; one error stores nothing.',
      responses: { 409: 'Văn bản đã có với ngày/người ký khác, hoặc thiếu Chủ tịch/Văn phòng / directive conflict, or no chairman/office' },
      handler: async ({ principal, body, resumed }) => ({ status: 201, body: await registerDirective(s, principal, body, resumed) }),
    }),
    route({
      method: 'GET', url: '/api/directives', tag, access: 'signed-in', response: DirectiveList,
      summary: 'Danh sách văn bản chỉ đạo / list directives',
      handler: async ({ principal }) => {
        const agencyOnly = isAgencyRole(principal.role);
        const { rows } = await s.db.query(
          `SELECT d.number, to_char(d.date, 'YYYY-MM-DD') AS date, d.signer, d.source, d.title, count(r.task_id)::int AS tasks
           FROM directives d JOIN task_registrations r ON r.directive_number = d.number
           WHERE NOT $1::boolean OR r.input->'leadAgency'->>'id' = $2 OR r.input->'coordinatingAgencies' @> jsonb_build_array(jsonb_build_object('id', $2::text))
           GROUP BY d.number ORDER BY d.date DESC, d.number`,
          [agencyOnly, principal.agencyId ?? ''],
        );
        return { body: { items: rows } };
      },
    }),
    route({
      method: 'GET', url: '/api/tasks', tag, access: 'signed-in', query: ListQuery, response: TaskPage,
      summary: 'Danh sách nhiệm vụ: lọc, sắp xếp, phân trang / list tasks: filters, sorting, cursor pagination',
      handler: async ({ principal, query }) => ({ body: await listTasks(s.db, principal, query) }),
    }),
    route({
      method: 'GET', url: '/api/tasks/:id', tag, access: 'signed-in', params: taskIdParam, response: TaskDetailOut,
      summary: 'Chi tiết nhiệm vụ: sổ đăng ký, trạng thái trực tiếp, lịch sử / task detail: register row, live state, history',
      responses: { 404: 'Không có nhiệm vụ, hoặc không được xem / no such task, or not yours to see' },
      handler: async ({ principal, params }) => ({ body: await taskDetail(s, principal, params.id) }),
    }),
    route({
      method: 'GET', url: '/api/tasks/:id/notifications', tag, access: 'signed-in', params: taskIdParam, response: NotificationList,
      summary: 'Thông báo đã gửi của nhiệm vụ / the task’s notifications',
      handler: async ({ principal, params }) => {
        await requireVisible(s.db, principal, params.id);
        return { body: { items: await new DatabaseNotificationStore(s.db).list({ taskId: params.id }) } };
      },
    }),
    ...(Object.keys(ACTION_BODIES) as UpdateActionType[]).map((type) =>
      route({
        // Signed-in, not role-gated here: a task the caller may not see must answer 404 before any 403.
        method: 'POST', url: `/api/tasks/:id/${type.replace(/_/g, '-')}`, tag: 'Thao tác / Task actions', access: 'signed-in', params: taskIdParam, idempotent: true, response: LiveViewOut,
        body: ACTION_BODIES[type] as z.ZodType<Record<string, unknown>>,
        summary: ACTION_TEXT[type],
        description: `Vai trò được phép / roles allowed: ${ACTION_ROLES[type].join(', ')}`,
        responses: { 403: `Chỉ dành cho / only for: ${ACTION_ROLES[type].join(', ')}`, 404: 'Không có nhiệm vụ / no such task', 409: 'Quy trình từ chối, kèm mã và lý do / refused by the workflow, with its code and reason' },
        handler: async ({ principal, actor, params, body, idempotencyKey }) => ({
          body: await performAction(s, principal, actor, params.id, type, body, idempotencyKey && createHash('sha256').update(`${principal.userId}\n${type}\n${idempotencyKey}`).digest('hex')),
        }),
      }),
    ),
  ];
}
