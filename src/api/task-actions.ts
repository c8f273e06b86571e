// The task actions: who may attempt each, its body, and how it reaches the task's workflow as an
// Update. The answer is the action's outcome (where the task stands and what changed), not the task's
// whole state: GET /api/tasks/{id} has that.
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { z } from 'zod';
import { recordTaskEvents } from '../db/event-log';
import { AGENCY_ROLES, OFFICE_ROLES, actorLabel, type Actor, type HistoryEntry, type Role } from '../domain/task';
import { taskUpdates, taskWorkflowId, type ActionResult, type TaskStanding, type TaskView, type UpdateActionType } from '../workflows/contract';
import type { Principal } from './auth';
import { audit } from './audit';
import { delegatedActor } from './delegations';
import { findAgencies } from './directory';
import { ApiError, badInput } from './errors';
import { agencyForTask } from './registration';
import { actionDate, slug, text } from './schemas';
import type { TaskServices } from './tasks';
import { requireVisible } from './visibility';

const reason = text.max(2000);
export const ACTION_BODIES = {
  acknowledge: z.object({}).strict(),
  report_progress: z.object({ note: text.max(5000), percent: z.number().int().min(0).max(100).optional() }).strict(),
  submit_completion: z.object({ summary: text.max(10_000), documents: z.array(text.max(300)).max(50).default([]) }).strict(),
  review_completion: z.object({ decision: z.enum(['accept', 'return']), reason: reason.optional() }).strict(),
  propose_extension: z.object({ reason, plan: text.max(5000), proposedDeadline: actionDate }).strict(),
  decide_extension: z.object({ decision: z.enum(['approve', 'reject']), newDeadline: actionDate.optional(), comment: reason.optional() }).strict(),
  withdraw: z.object({ reason }).strict(),
  reassign: z.object({ newLeadAgencyId: slug, reason }).strict(),
  amend_deadline: z.object({ newDeadline: actionDate, reason }).strict(),
  hold: z.object({ reason }).strict(),
  resume: z.object({ newDeadline: actionDate.optional(), comment: reason.optional() }).strict(),
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

export const ACTION_TEXT: Record<UpdateActionType, string> = {
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

const isoOf = (epochMs: number) => new Date(epochMs).toISOString();

/** Where a task stands, every instant as ISO text: the live part of the task detail and of an action's answer. */
export function presentStanding(s: TaskStanding) {
  return {
    status: s.status,
    phase: s.phase,
    deadline: s.deadline.day,
    deadlineAt: s.deadline.at === null ? null : isoOf(s.deadline.at),
    overdue: s.overdue,
    dueSoon: s.dueSoon,
    escalationLevel: s.escalationLevel,
    progressPercent: s.progressPercent,
    acknowledgedAt: s.acknowledgedAt === null ? null : isoOf(s.acknowledgedAt),
    leadAgency: s.leadAgency,
    coordinatingAgencies: s.coordinatingAgencies,
    extension: s.extension && { ...s.extension, proposedAt: isoOf(s.extension.proposedAt) },
    completion: s.completion && {
      ...s.completion,
      submittedAt: isoOf(s.completion.submittedAt),
      deadlineAtSubmission: s.completion.deadlineAtSubmission === null ? null : isoOf(s.completion.deadlineAtSubmission),
    },
    refusal: s.refusal && { ...s.refusal, at: isoOf(s.refusal.at) },
    hold: s.hold && { ...s.hold, since: isoOf(s.hold.since) },
    nextEvent: s.nextEvent ? { ...s.nextEvent, at: isoOf(s.nextEvent.at) } : null,
  };
}

/** The live view without what only the workflow needs (calendar data, fired keys, the unsent queue). */
export function presentView(view: TaskView) {
  return presentStanding({ ...view.state, status: view.status, nextEvent: view.nextEvent });
}

/** A history entry as the register lists it (GET /api/tasks/{id} history). */
const presentEntry = (e: HistoryEntry) => ({ seq: e.seq, at: isoOf(e.at), actorId: e.actor.id, actorRole: e.actor.role, actorName: actorLabel(e.actor), action: e.action, details: e.details });

/**
 * An action's answer. Updates applied before results were slimmed come back whole when Temporal answers
 * a retried Update id from its history: the standing is read from the state, and the last entry is the action's.
 */
export function presentAction(result: ActionResult | TaskView) {
  if ('state' in result) return { ...presentView(result), changes: result.state.history.slice(-1).map(presentEntry) };
  return { ...presentStanding(result), changes: result.changes.map(presentEntry) };
}

/**
 * Forwards an action to the task's workflow as an Update. `updateId` (from the request's Idempotency-Key)
 * lets Temporal recognise a retry of an Update it already applied (a client that got a 503, a request
 * cut off by a crash) and answer it again instead of applying it twice.
 */
export async function performAction(s: TaskServices, p: Principal, actor: Actor, id: string, type: UpdateActionType, body: Record<string, unknown>, updateId?: string) {
  await requireVisible(s.db, p, id);
  // Under a delegation in force, the delegate acts with the delegator's power, recorded as "X thay mặt Y".
  const acting = (type === 'decide_extension' || type === 'review_completion') ? await delegatedActor(s.db, p, actor, type, id) : null;
  if (acting) actor = acting;
  if (!ACTION_ROLES[type].includes(p.role) && !acting) {
    throw new ApiError(403, 'FORBIDDEN_ROLE', `Vai trò ${p.role} không được thực hiện "${type}" / the ${p.role} role may not ${type}`);
  }
  let args: Record<string, unknown> = { ...body, actor };
  if (type === 'reassign') {
    const { newLeadAgencyId, ...rest } = body as { newLeadAgencyId: string };
    const [agency] = (await findAgencies(s.db, [newLeadAgencyId])).filter((a) => a.active);
    if (!agency) throw badInput([{ field: 'newLeadAgencyId', message: `không có cơ quan "${newLeadAgencyId}" đang hoạt động / no active agency "${newLeadAgencyId}"` }]);
    args = { ...rest, actor, newLeadAgency: agencyForTask(agency) };
  }
  let result: ActionResult | TaskView;
  try {
    result = await s.temporal.workflow.getHandle(taskWorkflowId(id)).executeUpdate(taskUpdates[type] as (typeof taskUpdates)['acknowledge'], { args: [args as never], ...(updateId ? { updateId } : {}) });
  } catch (error) {
    if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
      // The refusal names the field it concerns (a deadline that is not a working day, a missing reason): the app shows the reason beside it.
      const field = (error.cause.details?.[0] as { field?: unknown } | undefined)?.field;
      const named = typeof field === 'string' && field in (ACTION_BODIES[type] as z.ZodObject).shape ? [{ field, message: error.cause.message }] : [];
      throw new ApiError(409, error.cause.type ?? 'REFUSED', error.cause.message, named);
    }
    if (error instanceof WorkflowNotFoundError) throw new ApiError(409, 'TASK_CLOSED', 'Nhiệm vụ đã kết thúc / The task is closed');
    throw error;
  }
  // The audit row is asked for first: on PGlite's one connection it would otherwise queue behind the register write.
  const audited = audit(s.db, p, type, 'task', id, actor.onBehalfOf ? { ...body, onBehalfOf: actor.onBehalfOf } : body);
  s.writes.track(recordAhead(s, id, result)); // every later request waits for it; this answer does not
  await audited;
  return presentAction(result);
}

/**
 * Writes the action's history entries and the task's new row to the register, so the next list anyone
 * opens shows the action (the office's inbox right after an agency's report): every request after this
 * answer waits for it (WritesInFlight). The workflow writes the same entries itself (beside or after its notices), and
 * remains the register's writer of record: this write yields (writes nothing) while the register lacks
 * earlier entries of the task, and a failure here is only logged: the workflow's write follows.
 */
async function recordAhead(s: TaskServices, id: string, result: ActionResult | TaskView): Promise<void> {
  if (!('changes' in result) || !result.row || result.changes.length === 0) return;
  try {
    await recordTaskEvents(s.db, { taskId: id, events: result.changes, row: result.row }, { after: result.changes[0]!.seq - 1 });
  } catch (error) {
    s.log('the register will show the action when its workflow writes it', { taskId: id, error: (error as Error).message });
  }
}
