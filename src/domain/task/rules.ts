// Who may do what, when: the checks behind every Update validator. Pure; changes nothing.
import { formatVietnamese, isLocalDate, type WorkingCalendar } from '../calendar';
import type { TaskAction } from './actions';
import { isActor, isAgency, isCalendarData, isText } from './checks';
import { rejection, type TaskRejection } from './errors';
import { AGENCY_ROLES, OFFICE_ROLES } from './policy';
import type { Phase, TaskState } from './types';

/** Completed or withdrawn: no action, no timed event any more. */
export function isClosed(phase: Phase): boolean {
  return phase === 'completed' || phase === 'withdrawn';
}

/** The assigning leader or the chairman: who decides an extension. */
const isApprover = (s: TaskState, a: { id: string; role: string }) => a.role === 'leader' && (a.id === s.task.assigningLeader.id || a.id === s.task.chairman.id);

/** Why `action` would be refused at `now`, or null when it is allowed. */
export function refusalOf(s: TaskState, calendar: WorkingCalendar, action: TaskAction, now: number): TaskRejection | null {
  if (typeof action !== 'object' || action === null) return rejection('FIELD_REQUIRED', 'action');
  if (!isActor(action.actor)) return rejection('FIELD_REQUIRED', 'actor', 'id, name, role');
  const a = action.actor;
  // A delegate acts with the delegator's power (the API checks the delegation; a delegate's delegate has none).
  const isOffice = OFFICE_ROLES.includes(a.role) || (a.onBehalfOf !== undefined && OFFICE_ROLES.includes(a.onBehalfOf.role));
  const isLead = AGENCY_ROLES.includes(a.role) && a.agencyId === s.leadAgency.id;
  if (action.type === 'correct_calendar') {
    if (!(a.role === 'admin' || a.role === 'system')) return rejection('FORBIDDEN_ROLE', 'actor.role');
    return isCalendarData(action.calendar) ? null : rejection('INVALID_CALENDAR', 'calendar');
  }
  if (isClosed(s.phase)) return rejection('TASK_CLOSED');
  switch (action.type) {
    case 'acknowledge':
      if (!isLead) return rejection('NOT_LEAD_AGENCY', 'actor');
      return s.phase === 'assigned' ? null : rejection('ALREADY_ACKNOWLEDGED');
    case 'report_progress': {
      const coordinating = AGENCY_ROLES.includes(a.role) && s.coordinatingAgencies.some((c) => c.id === a.agencyId);
      if (!isLead && !coordinating) return rejection('NOT_INVOLVED_AGENCY', 'actor');
      if (!isText(action.note)) return rejection('FIELD_REQUIRED', 'note');
      if (action.percent !== undefined) {
        if (!isLead) return rejection('NOT_LEAD_AGENCY', 'percent');
        if (!Number.isInteger(action.percent) || action.percent < 0 || action.percent > 100) return rejection('INVALID_PERCENT', 'percent');
      }
      return null;
    }
    case 'submit_completion':
      if (!isLead) return rejection('NOT_LEAD_AGENCY', 'actor');
      if (s.phase !== 'assigned' && s.phase !== 'in_progress') return rejection('WRONG_STATE', 'phase', s.phase);
      if (!isText(action.summary)) return rejection('FIELD_REQUIRED', 'summary');
      if (!Array.isArray(action.documents) || !action.documents.every(isText)) return rejection('FIELD_REQUIRED', 'documents');
      return null;
    case 'review_completion':
      if (!isOffice) return rejection('FORBIDDEN_ROLE', 'actor.role');
      if (s.phase !== 'awaiting_review') return rejection('WRONG_STATE', 'phase', s.phase);
      if (action.decision !== 'accept' && action.decision !== 'return') return rejection('FIELD_REQUIRED', 'decision', 'accept | return');
      return action.decision === 'return' && !isText(action.reason) ? rejection('REASON_REQUIRED', 'reason') : null;
    case 'propose_extension':
      if (!isLead) return rejection('NOT_LEAD_AGENCY', 'actor');
      if (s.phase !== 'assigned' && s.phase !== 'in_progress') return rejection('WRONG_STATE', 'phase', s.phase);
      if (s.deadline.day === null) return rejection('NO_DEADLINE');
      if (s.extension) return rejection('EXTENSION_PENDING');
      if (!isText(action.reason)) return rejection('REASON_REQUIRED', 'reason');
      if (!isText(action.plan)) return rejection('FIELD_REQUIRED', 'plan');
      return newDeadlineRefusal(s, calendar, action.proposedDeadline, 'proposedDeadline', now, true);
    case 'decide_extension':
      if (!isApprover(s, a) && !(a.onBehalfOf && isApprover(s, a.onBehalfOf))) return rejection('NOT_APPROVER', 'actor');
      if (!s.extension) return rejection('NO_EXTENSION_PENDING');
      if (action.decision === 'reject') return isText(action.comment) ? null : rejection('REASON_REQUIRED', 'comment');
      if (action.decision !== 'approve') return rejection('FIELD_REQUIRED', 'decision', 'approve | reject');
      return action.newDeadline === undefined ? null : newDeadlineRefusal(s, calendar, action.newDeadline, 'newDeadline', now, true);
    case 'withdraw':
      if (!isOffice) return rejection('FORBIDDEN_ROLE', 'actor.role');
      return isText(action.reason) ? null : rejection('REASON_REQUIRED', 'reason');
    case 'reassign':
      if (!isOffice) return rejection('FORBIDDEN_ROLE', 'actor.role');
      if (!isAgency(action.newLeadAgency)) return rejection('INVALID_AGENCY', 'newLeadAgency');
      if (action.newLeadAgency.id === s.leadAgency.id) return rejection('SAME_AGENCY', 'newLeadAgency');
      return isText(action.reason) ? null : rejection('REASON_REQUIRED', 'reason');
    case 'amend_deadline':
      if (!isOffice) return rejection('FORBIDDEN_ROLE', 'actor.role');
      if (s.phase === 'on_hold') return rejection('WRONG_STATE', 'phase', s.phase);
      if (!isText(action.reason)) return rejection('REASON_REQUIRED', 'reason');
      return newDeadlineRefusal(s, calendar, action.newDeadline, 'newDeadline', now, false);
    case 'hold':
      if (!isOffice) return rejection('FORBIDDEN_ROLE', 'actor.role');
      if (s.phase === 'on_hold') return rejection('WRONG_STATE', 'phase', s.phase);
      return isText(action.reason) ? null : rejection('REASON_REQUIRED', 'reason');
    case 'resume':
      if (!isOffice) return rejection('FORBIDDEN_ROLE', 'actor.role');
      if (s.phase !== 'on_hold') return rejection('WRONG_STATE', 'phase', s.phase);
      return action.newDeadline === undefined ? null : newDeadlineRefusal(s, calendar, action.newDeadline, 'newDeadline', now, false);
    case 'refuse':
      if (!isLead) return rejection('NOT_LEAD_AGENCY', 'actor');
      if (s.phase !== 'assigned' && s.phase !== 'in_progress') return rejection('WRONG_STATE', 'phase', s.phase);
      return isText(action.reason) ? null : rejection('REASON_REQUIRED', 'reason');
    case 'insist':
      if (!isOffice) return rejection('FORBIDDEN_ROLE', 'actor.role');
      if (s.phase !== 'refused') return rejection('WRONG_STATE', 'phase', s.phase);
      return isText(action.comment) ? null : rejection('REASON_REQUIRED', 'comment');
    default:
      return rejection('FIELD_REQUIRED', 'type');
  }
}

function newDeadlineRefusal(s: TaskState, calendar: WorkingCalendar, day: unknown, field: string, now: number, mustBeLater: boolean): TaskRejection | null {
  if (!isLocalDate(day)) return rejection('INVALID_DATE', field);
  if (!calendar.isWorkingDay(day)) return rejection('NOT_WORKING_DAY', field, formatVietnamese(day));
  if (calendar.endOfDay(day) < now) return rejection('DEADLINE_IN_PAST', field, formatVietnamese(day));
  const current = s.deadline.day;
  if (mustBeLater && current !== null && day <= current) return rejection('DEADLINE_NOT_LATER', field, `${formatVietnamese(day)} ≤ ${formatVietnamese(current)}`);
  return null;
}
