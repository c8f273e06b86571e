// The task actions through the typed client, one function per route, and which of them the signed-in
// user may take on the task as it stands (the others are absent, not greyed out).
import { api, call, type Body } from '../../api/client';
import type { Directory } from '../../directory';
import { isAgency, isOffice, type User } from '../../session';

export const ACTIONS = {
  acknowledge: (id: string, body: Body<'/api/tasks/{id}/acknowledge', 'post'>) => call(() => api.POST('/api/tasks/{id}/acknowledge', { params: { path: { id } }, body })),
  report_progress: (id: string, body: Body<'/api/tasks/{id}/report-progress', 'post'>) => call(() => api.POST('/api/tasks/{id}/report-progress', { params: { path: { id } }, body })),
  submit_completion: (id: string, body: Body<'/api/tasks/{id}/submit-completion', 'post'>) => call(() => api.POST('/api/tasks/{id}/submit-completion', { params: { path: { id } }, body })),
  propose_extension: (id: string, body: Body<'/api/tasks/{id}/propose-extension', 'post'>) => call(() => api.POST('/api/tasks/{id}/propose-extension', { params: { path: { id } }, body })),
  refuse: (id: string, body: Body<'/api/tasks/{id}/refuse', 'post'>) => call(() => api.POST('/api/tasks/{id}/refuse', { params: { path: { id } }, body })),
  review_completion: (id: string, body: Body<'/api/tasks/{id}/review-completion', 'post'>) => call(() => api.POST('/api/tasks/{id}/review-completion', { params: { path: { id } }, body })),
  decide_extension: (id: string, body: Body<'/api/tasks/{id}/decide-extension', 'post'>) => call(() => api.POST('/api/tasks/{id}/decide-extension', { params: { path: { id } }, body })),
  withdraw: (id: string, body: Body<'/api/tasks/{id}/withdraw', 'post'>) => call(() => api.POST('/api/tasks/{id}/withdraw', { params: { path: { id } }, body })),
  reassign: (id: string, body: Body<'/api/tasks/{id}/reassign', 'post'>) => call(() => api.POST('/api/tasks/{id}/reassign', { params: { path: { id } }, body })),
  amend_deadline: (id: string, body: Body<'/api/tasks/{id}/amend-deadline', 'post'>) => call(() => api.POST('/api/tasks/{id}/amend-deadline', { params: { path: { id } }, body })),
  hold: (id: string, body: Body<'/api/tasks/{id}/hold', 'post'>) => call(() => api.POST('/api/tasks/{id}/hold', { params: { path: { id } }, body })),
  resume: (id: string, body: Body<'/api/tasks/{id}/resume', 'post'>) => call(() => api.POST('/api/tasks/{id}/resume', { params: { path: { id } }, body })),
  insist: (id: string, body: Body<'/api/tasks/{id}/insist', 'post'>) => call(() => api.POST('/api/tasks/{id}/insist', { params: { path: { id } }, body })),
};

/** The forms a user may open: an action, or one way of taking it (accept / return, approve / approve another date / reject). */
export type Choice =
  | 'acknowledge' | 'report_progress' | 'submit_completion' | 'propose_extension' | 'refuse'
  | 'accept' | 'return' | 'approve' | 'approveOther' | 'reject'
  | 'withdraw' | 'reassign' | 'amend_deadline' | 'hold' | 'resume' | 'insist';

interface TaskFacts {
  phase: string;
  leadAgencyId: string;
  coordinatingAgencyIds: string[];
  assigningLeaderId: string;
  hasDeadline: boolean;
  extensionPending: boolean;
}

export function choicesFor(user: User, task: TaskFacts, dir: Directory): Choice[] {
  const { phase } = task;
  const open = phase === 'assigned' || phase === 'in_progress';
  const out: Choice[] = [];
  if (isAgency(user) && user.agencyId === task.leadAgencyId) {
    if (phase === 'assigned') out.push('acknowledge');
    if (open) out.push('report_progress', 'submit_completion');
    if (open && task.hasDeadline && !task.extensionPending) out.push('propose_extension');
    if (open) out.push('refuse');
  } else if (isAgency(user) && task.coordinatingAgencyIds.includes(user.agencyId ?? '') && open) {
    out.push('report_progress');
  }
  if (user.role === 'leader' && task.extensionPending) {
    const chairman = dir.leaders.find((l) => l.id === user.leaderId)?.isChairman === true;
    if (user.leaderId === task.assigningLeaderId || chairman) out.push('approve', 'approveOther', 'reject');
  }
  if (isOffice(user) && phase !== 'completed' && phase !== 'withdrawn') {
    if (phase === 'awaiting_review') out.push('accept', 'return');
    if (phase === 'refused') out.push('insist', 'reassign');
    if (phase === 'on_hold') out.push('resume');
    else out.push('hold', 'amend_deadline');
    if (phase !== 'refused') out.push('reassign');
    out.push('withdraw');
  }
  return out;
}
