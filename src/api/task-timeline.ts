// The task page's timeline in one answer: every history entry with its actor, every notice sent with
// its recipients and why it fell on its day (the rule, the working-day offset, the days off skipped),
// and every timed event still pending with its date and the same why.
import { DatabaseNotificationStore } from '../activities/notification-store';
import { currentCalendar } from '../db/current-calendar';
import { WorkingCalendar } from '../domain/calendar';
import { DEFAULT_TASK_POLICY, pendingEvents, type TaskPolicy } from '../domain/task';
import { explainTimedEvent } from '../domain/task/explain';
import { getTaskState, taskWorkflowId, type TaskView } from '../workflows/contract';
import { TimelineOut } from './responses';
import { route, type Route } from './routes';
import { taskIdParam } from './schemas';
import type { TaskServices } from './tasks';
import { requireVisible } from './visibility';

const iso = (v: Date | string | number) => new Date(v).toISOString();

export async function taskTimeline(s: TaskServices, taskId: string) {
  let view: TaskView | null = null;
  try {
    view = await s.temporal.workflow.getHandle(taskWorkflowId(taskId)).query(getTaskState);
  } catch {
    view = null; // closed and past retention, or Temporal away: the register's part is still shown
  }
  const policy: TaskPolicy = view?.state.policy ?? DEFAULT_TASK_POLICY;
  const calendar = new WorkingCalendar(view?.state.calendar ?? (await currentCalendar(s.db)));
  const { rows: history } = await s.db.query<{ seq: number; at: Date; actorName: string; actorRole: string; action: string; details: Record<string, unknown> }>(
    `SELECT seq, at, actor_name AS "actorName", actor_role AS "actorRole", action, details FROM task_events WHERE task_id = $1 ORDER BY seq`,
    [taskId],
  );
  const notices = await new DatabaseNotificationStore(s.db).list({ taskId });
  const prefix = `${taskId}/`;
  const entries = [
    ...history.map((h) => ({ type: 'action' as const, at: iso(h.at), seq: h.seq, actorName: h.actorName, actorRole: h.actorRole, action: h.action, details: h.details })),
    ...notices.map((n) => {
      const eventKey = n.key.startsWith(prefix) ? n.key.slice(prefix.length) : n.key;
      return {
        type: 'notice' as const, at: n.recordedAt, key: eventKey, kind: n.kind, dueAt: n.dueAt, status: n.status, subject: n.subject, to: n.to, cc: n.cc,
        why: n.dueAt ? explainTimedEvent(eventKey, Date.parse(n.dueAt), policy, calendar) : null,
      };
    }),
    ...(view ? pendingEvents(view.state, calendar) : [])
      .filter((e) => e.kind !== 'due_soon' || e.at > Date.now())
      .map((e) => ({ type: 'pending' as const, at: iso(e.at), key: e.key, kind: e.kind, why: explainTimedEvent(e.key, e.at, policy, calendar) })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return { live: view !== null, entries };
}

export function timelineRoutes(s: TaskServices): Route[] {
  return [
    route({
      method: 'GET', url: '/api/tasks/:id/timeline', tag: 'Nhiệm vụ / Tasks', access: 'signed-in', params: taskIdParam, response: TimelineOut,
      summary: 'Dòng thời gian: thao tác, thông báo kèm lý do, sự kiện sắp tới / the timeline: actions, notices with why, pending events',
      description:
        'Cũ trước, mới sau. Mỗi thông báo hẹn giờ và sự kiện chờ nêu quy tắc, số ngày làm việc tính từ đâu và các ngày nghỉ được bỏ qua. / Oldest first. Each timed notice and pending event names its rule, the working days counted from what, and the days off skipped.',
      responses: { 404: 'Không có nhiệm vụ, hoặc không được xem / no such task, or not yours to see' },
      handler: async ({ principal, params }) => {
        await requireVisible(s.db, principal, params.id);
        return { body: await taskTimeline(s, params.id) };
      },
    }),
  ];
}
