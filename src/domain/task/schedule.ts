// Every timed event of a task, derived from its state: reminders, the deadline, the escalation
// ladder, weekly overdue notices, reminders to approvers and reviewers, periodic report requests.
// Each has a stable key; a fired key is never fired again (and never mailed twice).
import { addDays, dateParts, type LocalDate, type WorkingCalendar } from '../calendar';
import { isClosed } from './rules';
import type { TaskState } from './types';

export type TimedEventKind =
  | 'acknowledgement_reminder'
  | 'reminder'
  | 'due_soon'
  | 'deadline'
  | 'escalation'
  | 'overdue_notice'
  | 'extension_reminder'
  | 'extension_escalation'
  | 'review_reminder'
  | 'refusal_reminder'
  | 'progress_report_request';

export interface TimedEvent {
  key: string;
  kind: TimedEventKind;
  at: number;
  /** Escalation level, reminder offset or notice number, where it applies. */
  n?: number;
  /** A state change (not a notice): still applies when it comes due late, e.g. after a hold. */
  transition?: boolean;
}

const ACTIVE = new Set(['assigned', 'in_progress', 'refused']);

export function timedEvents(state: TaskState, calendar: WorkingCalendar): TimedEvent[] {
  const { policy } = state;
  const notice = (day: LocalDate) => calendar.instantAt(day, policy.noticeHour);
  const dayOf = (instant: number) => calendar.localDateOf(instant);
  const events: TimedEvent[] = [];
  if (isClosed(state.phase) || state.phase === 'on_hold') return events;

  if (state.phase === 'assigned') {
    const day = calendar.addWorkingDays(dayOf(state.assignedAt), policy.acknowledgementWorkingDays);
    events.push({ key: `ack-reminder/${state.counters.reassignment}`, kind: 'acknowledgement_reminder', at: notice(day) });
  }

  const { day: deadlineDay, at: deadlineAt, version, setAt } = state.deadline;
  if (ACTIVE.has(state.phase) && deadlineDay !== null && deadlineAt !== null) {
    const seen = new Set<number>();
    for (const offset of policy.reminderOffsets) {
      const at = notice(calendar.addWorkingDays(deadlineDay, -offset));
      if (at > setAt && !seen.has(at)) {
        seen.add(at);
        events.push({ key: `reminder/${version}/${offset}`, kind: 'reminder', at, n: offset });
      }
    }
    const dueSoonFrom = calendar.instantAt(calendar.addWorkingDays(deadlineDay, -policy.dueSoonWorkingDays), 0);
    events.push({ key: `due-soon/${version}`, kind: 'due_soon', at: Math.max(dueSoonFrom, setAt), transition: true });
    events.push({ key: `deadline/${version}`, kind: 'deadline', at: deadlineAt + 1, transition: true });

    policy.escalation.forEach((step, i) => {
      let at = notice(calendar.addWorkingDays(deadlineDay, step.afterWorkingDays));
      // A level the overdue working days call for still applies when its day passed before the floor.
      if (state.backlogEscalation && at < state.scheduleFloor && i + 1 > state.escalationLevel) at = state.scheduleFloor;
      events.push({ key: `escalation/${version}/${i + 1}`, kind: 'escalation', at, n: i + 1 });
    });
    const ladderEnd = calendar.addWorkingDays(deadlineDay, policy.escalation.at(-1)?.afterWorkingDays ?? 0);
    const prefix = `overdue-notice/${version}/`;
    const noticeAt = (n: number) => notice(calendar.onOrAfter(addDays(ladderEnd, policy.overdueNoticeEveryDays * n)));
    // Only the next notice is listed; numbers that fell due while the task was paused are passed over.
    let next = Math.max(0, ...state.fired.filter((k) => k.startsWith(prefix)).map((k) => Number(k.slice(prefix.length)))) + 1;
    while (noticeAt(next) < state.scheduleFloor) next += 1;
    events.push({ key: `${prefix}${next}`, kind: 'overdue_notice', at: noticeAt(next), n: next });
  }

  if (ACTIVE.has(state.phase) && deadlineDay === null) {
    const request = nextProgressRequest(state, calendar);
    if (request) events.push(request);
  }

  if (state.extension) {
    const proposed = dayOf(state.extension.proposedAt);
    const n = state.extension.n;
    events.push({ key: `extension/${n}/reminder`, kind: 'extension_reminder', at: notice(calendar.addWorkingDays(proposed, policy.decisionWorkingDays)) });
    events.push({ key: `extension/${n}/escalation`, kind: 'extension_escalation', at: notice(calendar.addWorkingDays(proposed, 2 * policy.decisionWorkingDays)) });
  }
  if (state.phase === 'awaiting_review' && state.completion) {
    const day = calendar.addWorkingDays(dayOf(state.completion.submittedAt), policy.reviewWorkingDays);
    events.push({ key: `review/${state.completion.n}/reminder`, kind: 'review_reminder', at: notice(day) });
  }
  if (state.phase === 'refused' && state.refusal) {
    const day = calendar.addWorkingDays(dayOf(state.refusal.at), policy.reviewWorkingDays);
    events.push({ key: `refusal/${state.refusal.n}/reminder`, kind: 'refusal_reminder', at: notice(day) });
  }
  return events;
}

/** Events still to fire, earliest first: not fired, and not a notice that fell due while it could not be sent. */
export function pendingEvents(state: TaskState, calendar: WorkingCalendar): TimedEvent[] {
  const fired = new Set(state.fired);
  return timedEvents(state, calendar)
    .filter((e) => !fired.has(e.key) && (e.transition || e.at >= state.scheduleFloor))
    .sort((a, b) => a.at - b.at || a.key.localeCompare(b.key));
}

/** Tasks without a deadline report at the end of every month (or quarter), on its last working day. */
function nextProgressRequest(state: TaskState, calendar: WorkingCalendar): TimedEvent | undefined {
  const quarterly = state.policy.progressReportEvery === 'quarter';
  const start = dateParts(calendar.localDateOf(state.assignedAt));
  let { year } = start;
  let index = quarterly ? Math.ceil(start.month / 3) : start.month; // month 1–12 or quarter 1–4
  const fired = new Set(state.fired);
  for (let i = 0; i < 1200; i++) {
    const key = quarterly ? `progress-request/${year}-Q${index}` : `progress-request/${year}-${String(index).padStart(2, '0')}`;
    const day = quarterly
      ? calendar.lastWorkingDayOf({ precision: 'quarter', year, quarter: index })
      : calendar.lastWorkingDayOf({ precision: 'month', year, month: index });
    const at = calendar.instantAt(day, state.policy.noticeHour);
    if (at > state.assignedAt && at >= state.scheduleFloor && !fired.has(key)) {
      return { key, kind: 'progress_report_request', at };
    }
    index += 1;
    if (index > (quarterly ? 4 : 12)) {
      index = 1;
      year += 1;
    }
  }
  return undefined;
}

/** Working days from `now`'s local day to the deadline day (negative once past). */
export function workingDaysLeft(state: TaskState, calendar: WorkingCalendar, now: number): number | null {
  if (state.deadline.day === null) return null;
  return calendar.workingDaysBetween(calendar.localDateOf(now), state.deadline.day);
}

