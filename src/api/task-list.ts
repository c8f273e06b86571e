// The task list over HTTP: its query parameters, the opaque cursor, and a row as the API presents it.
// The query itself is `listTasks` in src/db/task-list.ts, next to the indexes it relies on.
import { z } from 'zod';
import { CATEGORIES, InvalidCursorError, SORTS, listTasks, writtenDeadlines, type SortCast, type SortKey, type TaskListQuery, type TaskRowRecord } from '../db/task-list';
import type { Queryable } from '../db/database';
import { formatVietnamese, type LocalDate } from '../domain/calendar';
import { foldVietnamese } from '../domain/register';
import { isAgencyRole, type Principal } from './auth';
import { badInput } from './errors';
import { flag, isStorableText, localDate, safeString, slug, wholeNumberQuery } from './schemas';
import { TASK_SOURCES, TASK_STATUSES } from './task-schemas';

export { CATEGORIES };

const SORT_VALUES = Object.keys(SORTS).flatMap((k) => [k, `-${k}`]) as [string, ...string[]];

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
    escalationLevel: wholeNumberQuery(0, 50).optional(),
    kind: z.enum(['task', 'report']).optional().describe('report: báo cáo định kỳ theo chế độ báo cáo; task: nhiệm vụ khác / periodic reports, or other tasks'),
    q: safeString().max(200).optional().describe('Tìm theo trích yếu, số hiệu, có hoặc không dấu / free text, with or without diacritics'),
    sort: z.enum(SORT_VALUES).default('deadline'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: safeString().max(500).optional(),
  })
  .strict();

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

/** A task's row as the API lists it; `written` is its deadline as the directive wrote it (a task with no registration: its day). */
export function presentRow(r: TaskRowRecord, now: number, written?: string) {
  const deadlineAt = iso(r.deadline_at);
  const open = r.completed_at === null && r.withdrawn_at === null;
  const deadline = r.deadline === null ? null : String(r.deadline).slice(0, 10);
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
    deadline,
    deadlineAt,
    deadlineAsWritten: written ?? (deadline === null ? 'không thời hạn' : formatVietnamese(deadline as LocalDate)),
    escalationLevel: r.escalation_level,
    progressPercent: r.progress_percent,
    assignedAt: iso(r.assigned_at),
    completedAt: iso(r.completed_at),
    completedOnTime: r.completed_on_time,
    withdrawnAt: iso(r.withdrawn_at),
    updatedAt: iso(r.updated_at),
    kind: r.kind === 'report' ? ('report' as const) : ('task' as const),
    nextNotice: open && r.next_notice_at ? { kind: r.next_notice_kind ?? '', at: iso(r.next_notice_at)! } : null,
  };
}

/** The register query for a list's filters and sort as `p` may see them (no page bounds). */
export function listQueryOf(p: Principal, query: Omit<z.output<typeof ListQuery>, 'cursor' | 'limit'>, now: number): Omit<TaskListQuery, 'limit' | 'after'> {
  return {
    visibleTo: isAgencyRole(p.role) ? (p.agencyId ?? '') : null,
    ...(query.agency ? { agency: { id: query.agency, role: query.agencyRole } } : {}),
    statuses: query.status,
    category: query.category,
    overdue: query.overdue,
    source: query.source,
    leader: query.leader,
    directive: query.directive,
    deadlineFrom: query.deadlineFrom,
    deadlineTo: query.deadlineTo,
    escalationLevel: query.escalationLevel,
    ...(query.kind ? { kind: query.kind } : {}),
    words: foldVietnamese(query.q ?? '').split(' ').filter(Boolean),
    sort: query.sort.replace('-', '') as SortKey,
    descending: query.sort.startsWith('-'),
    now,
  };
}

/** One page of the tasks `p` may see, filtered and sorted as asked, with the cursor of the next page. */
export async function taskPage(db: Queryable, p: Principal, query: z.output<typeof ListQuery>, now = Date.now()) {
  const list = listQueryOf(p, query, now);
  const after = query.cursor ? decodeCursor(query.cursor, query.sort, SORTS[list.sort].cast) : undefined;
  const { rows, more } = await listTasks(db, {
    ...list,
    ...(after ? { after: { value: after.v, taskId: after.id } } : {}),
    limit: query.limit,
  }).catch((error: unknown) => {
    // A cursor that looks right but names an impossible instant (30 February) is still the client's error.
    throw error instanceof InvalidCursorError ? badCursor() : error;
  });
  const last = rows.at(-1);
  const written = await writtenDeadlines(db, rows.map((r) => r.task_id));
  return {
    items: rows.map((r) => presentRow(r, now, written.get(r.task_id))),
    nextCursor: more && last ? encodeCursor({ s: query.sort, v: last.sort_key!, id: last.task_id }) : null,
  };
}

function encodeCursor(c: { s: string; v: string; id: string }): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

/** A cursor value PostgreSQL will accept for the sort's type: anything else is a tampered cursor, refused as 400 rather than failing in SQL. */
const CURSOR_VALUE: Record<SortCast, (v: string) => boolean> = {
  timestamptz: (v) => v === 'infinity' || (/^\d{4}-\d{2}-\d{2}[ T][\d:.]+([+-]\d{2}(:?\d{2})?|Z)?$/.test(v) && !Number.isNaN(Date.parse(v.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00')))),
  integer: (v) => /^-?\d{1,9}$/.test(v),
  text: isStorableText,
};

function decodeCursor(raw: string, sort: string, cast: SortCast): { v: string; id: string } {
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as { s?: unknown; v?: unknown; id?: unknown };
    if (c.s === sort && typeof c.v === 'string' && typeof c.id === 'string' && CURSOR_VALUE[cast](c.v) && isStorableText(c.id)) return { v: c.v, id: c.id };
  } catch {
    // falls through to the error below
  }
  throw badCursor();
}

const badCursor = () => badInput([{ field: 'query.cursor', message: 'con trỏ không hợp lệ hoặc thuộc cách sắp xếp khác / invalid cursor, or one from another sort order' }]);
