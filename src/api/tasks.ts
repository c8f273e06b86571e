// Directives and their tasks over HTTP: the routes for registration, the directive list, the task list,
// the task detail, its notifications and the actions. The work is in registration.ts, task-list.ts and
// task-actions.ts; the queries in src/db.
import { createHash } from 'node:crypto';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { z } from 'zod';
import { DatabaseNotificationStore } from '../activities/notification-store';
import type { Database } from '../db/database';
import { listDirectives } from '../db/registrations';
import { taskRow } from '../db/task-list';
import { writtenDeadline } from '../domain/register';
import type { TaskInput } from '../domain/task';
import { getTaskState, taskWorkflowId, type UpdateActionType } from '../workflows/contract';
import { isAgencyRole, type Principal } from './auth';
import { route, type Route } from './routes';
import { ActionOut, DirectiveList, NotificationList, RegistrationOut, TaskDetailOut, TaskPage } from './responses';
import { registerParsedDirective } from './registration';
import { ACTION_BODIES, ACTION_ROLES, ACTION_TEXT, performAction, presentView } from './task-actions';
import { ListQuery, presentRow, taskPage } from './task-list';
import { NewTaskSchema, RegisterBody, RegisterShell } from './task-schemas';
import { taskIdParam } from './schemas';
import { requireVisible } from './visibility';
import type { WritesInFlight } from './writes-in-flight';

// What other modules have always imported from here.
export { currentCalendar } from '../db/current-calendar';
export { startPendingTasks } from './registration';
export { TASK_SOURCES, TASK_STATUSES } from './task-schemas';

export interface TaskServices {
  db: Database;
  temporal: Client;
  taskQueue: string;
  log: (message: string, details?: Record<string, unknown>) => void;
  /** Register writes left running after an answer; every later request waits for them (see WritesInFlight). */
  writes: WritesInFlight;
}

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

export async function taskDetail(s: TaskServices, p: Principal, id: string) {
  await requireVisible(s.db, p, id);
  const now = Date.now();
  const row = await taskRow(s.db, id);
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
    task: row ? presentRow(row, now, reg ? writtenDeadline(reg.input) : undefined) : null,
    registration: reg
      ? {
          directiveNumber: reg.directive_number, registeredBy: reg.registered_by, registeredAt: iso(reg.registered_at), startedAt: iso(reg.started_at),
          content: reg.input.content, directive: reg.input.directive, policyProfile: reg.input.policyProfile ?? null,
          deadlineAsWritten: writtenDeadline(reg.input),
        }
      : null,
    live,
    liveError,
    history,
    reports,
    extensions,
  };
}

export function taskRoutes(s: TaskServices): Route[] {
  const tag = 'Nhiệm vụ / Tasks';
  return [
    route({
      method: 'POST', url: '/api/directives', tag, access: ['office', 'admin'], idempotent: true, created: true, body: RegisterBody, response: RegistrationOut,
      sliced: { field: 'tasks', shell: RegisterShell, item: NewTaskSchema },
      summary: 'Đăng ký văn bản chỉ đạo và các nhiệm vụ / register a directive and its tasks',
      description:
        'Mỗi nhiệm vụ trở thành một quy trình Temporal; tối đa 5.000 nhiệm vụ mỗi văn bản. Mọi nhiệm vụ được kiểm tra trước; một lỗi thì không lưu gì. Nhiệm vụ có trong danh sách ngay khi đăng ký xong. / Each task becomes a Temporal workflow; up to 5,000 tasks per directive. All tasks are checked first; one error stores nothing. The tasks are listed as soon as the registration answers.',
      responses: { 409: 'Văn bản đã có với ngày/người ký khác, nhiệm vụ trùng, hoặc thiếu Chủ tịch/Văn phòng / directive conflict, duplicate task, or no chairman/office' },
      handler: async ({ principal, body, resumed }) => ({ status: 201, body: await registerParsedDirective(s, principal, body, resumed) }),
    }),
    route({
      method: 'GET', url: '/api/directives', tag, access: 'signed-in', response: DirectiveList,
      summary: 'Danh sách văn bản chỉ đạo / list directives',
      handler: async ({ principal }) => ({ body: { items: await listDirectives(s.db, isAgencyRole(principal.role) ? (principal.agencyId ?? '') : null) } }),
    }),
    route({
      method: 'GET', url: '/api/tasks', tag, access: 'signed-in', query: ListQuery, response: TaskPage,
      summary: 'Danh sách nhiệm vụ: lọc, sắp xếp, phân trang / list tasks: filters, sorting, cursor pagination',
      handler: async ({ principal, query }) => ({ body: await taskPage(s.db, principal, query) }),
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
        method: 'POST', url: `/api/tasks/:id/${type.replace(/_/g, '-')}`, tag: 'Thao tác / Task actions', access: 'signed-in', params: taskIdParam, idempotent: true, response: ActionOut,
        body: ACTION_BODIES[type] as z.ZodType<Record<string, unknown>>,
        summary: ACTION_TEXT[type],
        description: `Vai trò được phép / roles allowed: ${ACTION_ROLES[type].join(', ')}. Trả lời: tình trạng sau thao tác và các mục lịch sử thao tác thêm vào (changes); trạng thái đầy đủ ở GET /api/tasks/{id}. / Answers where the task stands after the action and the history entries it added (changes); the full state is at GET /api/tasks/{id}.`,
        responses: { 403: `Chỉ dành cho / only for: ${ACTION_ROLES[type].join(', ')}`, 404: 'Không có nhiệm vụ / no such task', 409: 'Quy trình từ chối, kèm mã và lý do / refused by the workflow, with its code and reason' },
        handler: async ({ principal, actor, params, body, idempotencyKey }) => ({
          body: await performAction(s, principal, actor, params.id, type, body, idempotencyKey && createHash('sha256').update(`${principal.userId}\n${type}\n${idempotencyKey}`).digest('hex')),
        }),
      }),
    ),
  ];
}
