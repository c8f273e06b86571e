// Extension proposals still waiting for a decision: the leader's approvals inbox (those of tasks the
// leader assigned; the chairman, who may decide any, sees all), the office's list of proposals left
// undecided past their window, and an agency's own. Decided through POST /api/tasks/{id}/decide-extension.
import { currentCalendar } from '../db/current-calendar';
import { WorkingCalendar } from '../domain/calendar';
import { DEFAULT_TASK_POLICY } from '../domain/task';
import { isAgencyRole } from './auth';
import { delegatorsOf } from './delegations';
import { PendingExtensionList } from './responses';
import { route, type Route } from './routes';
import type { TaskServices } from './tasks';

interface PendingRow {
  task_id: string; code: string; title: string; lead_agency_id: string; assigning_leader_id: string; deadline: string | null;
  proposal: number; proposed_at: Date; proposed_by: string; reason: string; plan: string; proposed_deadline: string;
}

export function extensionRoutes(s: TaskServices): Route[] {
  return [
    route({
      method: 'GET', url: '/api/extensions', tag: 'Nhiệm vụ / Tasks', access: 'signed-in', response: PendingExtensionList,
      summary: 'Đề xuất gia hạn chờ quyết định / extension proposals waiting for a decision',
      description:
        'Lãnh đạo: nhiệm vụ mình giao (Chủ tịch: tất cả, mine cho biết của ai); cơ quan: của mình; Văn phòng: tất cả. pastWindow: quá thời hạn quyết định. / Leader: tasks they assigned (the chairman: all, `mine` tells which); agency: its own; office: all. pastWindow: the decision window has passed.',
      handler: async ({ principal }) => {
        const { rows: chair } = await s.db.query<{ is_chairman: boolean }>('SELECT is_chairman FROM leaders WHERE id = $1', [principal.leaderId ?? '']);
        const chairman = chair[0]?.is_chairman === true;
        const scope = principal.role === 'leader' && !chairman ? 'leader' : isAgencyRole(principal.role) ? 'agency' : 'all';
        // A leader also sees the proposals of the leaders whose decisions they hold by delegation today.
        const delegators = await delegatorsOf(s.db, principal);
        const { rows } = await s.db.query<PendingRow>(
          `SELECT t.task_id, t.code, t.title, t.lead_agency_id, t.assigning_leader_id, to_char(t.deadline, 'YYYY-MM-DD') AS deadline,
                  e.proposal, e.proposed_at, e.proposed_by, e.reason, e.plan, to_char(e.proposed_deadline, 'YYYY-MM-DD') AS proposed_deadline
           FROM extension_requests e JOIN tasks t ON t.task_id = e.task_id
           WHERE e.decision IS NULL AND t.completed_at IS NULL AND t.withdrawn_at IS NULL
             AND ($1 <> 'leader' OR t.assigning_leader_id = ANY($2::text[])) AND ($1 <> 'agency' OR t.lead_agency_id = $3)
           ORDER BY e.proposed_at`,
          [scope, [principal.leaderId ?? '', ...delegators.keys()], principal.agencyId ?? ''],
        );
        const calendar = new WorkingCalendar(await currentCalendar(s.db));
        const today = calendar.localDateOf(Date.now());
        return {
          body: {
            items: rows.map((r) => {
              const decideBy = calendar.addWorkingDays(calendar.localDateOf(new Date(r.proposed_at).getTime()), DEFAULT_TASK_POLICY.decisionWorkingDays);
              return {
                taskId: r.task_id, code: r.code, title: r.title, leadAgencyId: r.lead_agency_id, assigningLeaderId: r.assigning_leader_id, deadline: r.deadline,
                proposal: r.proposal, proposedAt: new Date(r.proposed_at).toISOString(), proposedBy: r.proposed_by, reason: r.reason, plan: r.plan,
                proposedDeadline: r.proposed_deadline, decideBy, pastWindow: today > decideBy, mine: principal.leaderId !== null && r.assigning_leader_id === principal.leaderId,
                onBehalfOf: r.assigning_leader_id !== principal.leaderId ? (delegators.get(r.assigning_leader_id) ?? null) : null,
              };
            }),
          },
        };
      },
    }),
  ];
}
