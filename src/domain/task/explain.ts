// Why a timed notice falls on its day: the rule, the working days it counts from what (the deadline,
// the assignment, a report), and the days off it stepped over, so the task page can say "7 ngày làm
// việc trước thời hạn; bỏ qua Tết Nguyên đán" instead of just a date. Pure: the calendar comes in.
import { addDays, dayOfWeek, type LocalDate, type WorkingCalendar } from '../calendar';
import type { TaskPolicy } from './policy';

/** What an event's working days are counted from. */
export type EventAnchor = 'deadline' | 'assigned' | 'submitted' | 'proposed' | 'refused' | 'escalation_end' | 'period_end';

export interface EventReason {
  /** The rule: the timed event's kind (reminder, escalation, overdue_notice, …). */
  rule: string;
  /** The local day the event falls on. */
  day: LocalDate;
  /** The day it is counted from, and how many working days (calendar days for overdue notices) lie between. */
  anchor: EventAnchor | null;
  anchorDay: LocalDate | null;
  workingDays: number | null;
  /** before / after the anchor. */
  direction: 'before' | 'after' | null;
  /** Escalation level or overdue notice number. */
  level: number | null;
  /** Who an escalation goes to. */
  target: string | null;
  /** Public holidays and compensatory days off between the anchor and the day (weekends are counted, not listed). */
  daysOffSkipped: { date: LocalDate; name: string; kind: string }[];
  weekendDaysSkipped: number;
}

/**
 * Explains a timed event from its key (`reminder/<version>/<offset>`, `escalation/<version>/<level>`, …)
 * and the instant it is (or was) due. Returns null for notices an action caused (they need no why).
 */
export function explainTimedEvent(eventKey: string, at: number, policy: TaskPolicy, calendar: WorkingCalendar): EventReason | null {
  const [head, a, b] = eventKey.split('/');
  const day = calendar.localDateOf(at);
  const base = { day, level: null, target: null } as const;
  const counted = (rule: string, anchor: EventAnchor, n: number, direction: 'before' | 'after'): EventReason => {
    const anchorDay = calendar.addWorkingDays(day, direction === 'before' ? n : -n);
    return { ...base, rule, anchor, anchorDay, workingDays: n, direction, ...skipped(calendar, anchorDay, day) };
  };
  switch (head) {
    case 'reminder':
      return counted('reminder', 'deadline', Number(b), 'before');
    case 'due-soon':
      return counted('due_soon', 'deadline', policy.dueSoonWorkingDays, 'before');
    case 'deadline':
      return { ...base, rule: 'deadline', day: calendar.localDateOf(at - 1), anchor: 'deadline', anchorDay: calendar.localDateOf(at - 1), workingDays: 0, direction: null, daysOffSkipped: [], weekendDaysSkipped: 0 };
    case 'escalation': {
      const level = Number(b);
      const step = policy.escalation[level - 1];
      if (!step) return null;
      return { ...counted('escalation', 'deadline', step.afterWorkingDays, 'after'), level, target: step.to };
    }
    case 'overdue-notice': {
      const n = Number(b);
      const ladderEnd = addDays(day, -policy.overdueNoticeEveryDays * n);
      return {
        ...base, rule: 'overdue_notice', anchor: 'escalation_end', anchorDay: ladderEnd, workingDays: policy.overdueNoticeEveryDays * n, direction: 'after', level: n,
        daysOffSkipped: [], weekendDaysSkipped: 0,
      };
    }
    case 'ack-reminder':
      return counted('acknowledgement_reminder', 'assigned', policy.acknowledgementWorkingDays, 'after');
    case 'extension':
      if (b === 'reminder') return counted('extension_reminder', 'proposed', policy.decisionWorkingDays, 'after');
      if (b === 'escalation') return counted('extension_escalation', 'proposed', 2 * policy.decisionWorkingDays, 'after');
      return null;
    case 'review':
      return b === 'reminder' ? counted('review_reminder', 'submitted', policy.reviewWorkingDays, 'after') : null;
    case 'refusal':
      return b === 'reminder' ? counted('refusal_reminder', 'refused', policy.reviewWorkingDays, 'after') : null;
    case 'progress-request':
      return { ...base, rule: 'progress_report_request', anchor: 'period_end', anchorDay: day, workingDays: 0, direction: null, daysOffSkipped: [], weekendDaysSkipped: 0, level: null };
    default:
      void a;
      return null;
  }
}

/** Days off strictly between two days (either order): holidays listed by name, weekends counted. */
function skipped(calendar: WorkingCalendar, from: LocalDate, to: LocalDate): Pick<EventReason, 'daysOffSkipped' | 'weekendDaysSkipped'> {
  const [start, end] = from <= to ? [from, to] : [to, from];
  const daysOffSkipped: EventReason['daysOffSkipped'] = [];
  let weekendDaysSkipped = 0;
  for (let d = addDays(start, 1); d < end; d = addDays(d, 1)) {
    if (calendar.isWorkingDay(d)) continue;
    const off = calendar.dayOff(d);
    if (off) daysOffSkipped.push({ date: d, name: off.name, kind: off.kind });
    else if (dayOfWeek(d) === 0 || dayOfWeek(d) === 6) weekendDaysSkipped += 1;
  }
  return { daysOffSkipped, weekendDaysSkipped };
}
