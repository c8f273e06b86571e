// The follow-up policy of a task: defaults from practice, overridable per task.
import type { Role } from './types';

export type EscalationTarget = 'agency_head' | 'office' | 'assigning_leader' | 'chairman';

export interface EscalationStep {
  afterWorkingDays: number;
  to: EscalationTarget;
}

export interface TaskPolicy {
  /** Reminders N working days before the deadline day; 0 is the deadline day itself. */
  reminderOffsets: number[];
  /** Local hour (0–23) at which every timed notice goes out, on working days only. */
  noticeHour: number;
  /** The agency acknowledges receipt within this many working days, or its head is reminded. */
  acknowledgementWorkingDays: number;
  /** The office reviews a completion report (or answers a refusal) within this many working days. */
  reviewWorkingDays: number;
  /** The approver decides an extension within this many working days; after twice as many it escalates. */
  decisionWorkingDays: number;
  /** Overdue and unresolved: who is told, and when, counted in working days after the deadline day. */
  escalation: EscalationStep[];
  /** After the last step, a notice every this many calendar days. */
  overdueNoticeEveryDays: number;
  /** "Sắp quá hạn" when this many working days or fewer are left. */
  dueSoonWorkingDays: number;
  /** Tasks without a deadline are asked for a progress report this often. */
  progressReportEvery: 'month' | 'quarter';
  /** Continue-as-new once the workflow history has this many events (Temporal warns at 10,240). */
  continueAsNewAfterEvents: number;
  /**
   * A day deadline that falls on a weekend or holiday: 'next' working day (Civil Code 2015, art.
   * 148(5): a period whose last day is a day off ends at the end of the next working day), or
   * 'previous' as some offices prefer. Absent in tasks started before this rule existed: 'previous'.
   */
  dayOffDeadline?: DayOffDeadlineRule;
}

export type DayOffDeadlineRule = 'next' | 'previous';

export const DEFAULT_TASK_POLICY: TaskPolicy = {
  reminderOffsets: [7, 3, 1, 0],
  noticeHour: 8,
  acknowledgementWorkingDays: 2,
  reviewWorkingDays: 3,
  decisionWorkingDays: 3,
  escalation: [
    { afterWorkingDays: 1, to: 'agency_head' },
    { afterWorkingDays: 3, to: 'office' },
    { afterWorkingDays: 5, to: 'assigning_leader' },
    { afterWorkingDays: 10, to: 'chairman' },
  ],
  overdueNoticeEveryDays: 7,
  dueSoonWorkingDays: 3,
  progressReportEvery: 'month',
  continueAsNewAfterEvents: 8000,
  dayOffDeadline: 'next',
};

/** Roles the office acts through. */
export const OFFICE_ROLES: readonly Role[] = ['office', 'admin'];
export const AGENCY_ROLES: readonly Role[] = ['agency_head', 'agency_officer'];

/** Checks a policy from outside (an API override): returns the problems, empty when sound. */
export function policyProblems(policy: TaskPolicy): string[] {
  const problems: string[] = [];
  const wholeNonNegative = (name: string, value: number) => {
    if (!Number.isInteger(value) || value < 0) problems.push(`${name} must be a whole number ≥ 0`);
  };
  policy.reminderOffsets.forEach((o, i) => wholeNonNegative(`reminderOffsets[${i}]`, o));
  if (!Number.isInteger(policy.noticeHour) || policy.noticeHour < 0 || policy.noticeHour > 23) problems.push('noticeHour must be 0–23');
  wholeNonNegative('acknowledgementWorkingDays', policy.acknowledgementWorkingDays);
  wholeNonNegative('reviewWorkingDays', policy.reviewWorkingDays);
  wholeNonNegative('decisionWorkingDays', policy.decisionWorkingDays);
  wholeNonNegative('dueSoonWorkingDays', policy.dueSoonWorkingDays);
  policy.escalation.forEach((s, i) => {
    wholeNonNegative(`escalation[${i}].afterWorkingDays`, s.afterWorkingDays);
    if (i > 0 && s.afterWorkingDays <= policy.escalation[i - 1]!.afterWorkingDays) problems.push('escalation steps must come in increasing order');
  });
  if (!Number.isInteger(policy.overdueNoticeEveryDays) || policy.overdueNoticeEveryDays < 1) problems.push('overdueNoticeEveryDays must be ≥ 1');
  if (!Number.isInteger(policy.continueAsNewAfterEvents) || policy.continueAsNewAfterEvents < 100) problems.push('continueAsNewAfterEvents must be ≥ 100');
  return problems;
}
