// Inspection visits (kế hoạch kiểm tra, seed 004): a visit is announced to the inspected agency at least
// five working days ahead, or is unannounced on a recorded proposal (the Home Affairs department's) and
// the team leader's decision, and then the agency is told nothing beforehand. Pure: used by the API and
// by the visit's workflow.
import type { LocalDate, WorkingCalendar } from './calendar';

/** The least notice an announced visit gives the inspected agency, in working days. */
export const NOTICE_WORKING_DAYS = 5;
/** Reminders to the team before the visit, in working days, at the notice hour. */
export const TEAM_REMINDER_WORKING_DAYS = [3, 1] as const;
export const NOTICE_HOUR = 8;

export interface VisitPlan {
  date: LocalDate;
  unannounced: boolean;
}

/**
 * Why a visit on `date`, scheduled on `today`, cannot be: outside the plan's period, not a working day,
 * or (announced) fewer than five working days ahead. Null when it can.
 */
export function visitDateProblem(visit: VisitPlan, today: LocalDate, period: { from: LocalDate; to: LocalDate }, calendar: WorkingCalendar): string | null {
  if (visit.date < period.from || visit.date > period.to) {
    return `ngày kiểm tra phải trong thời gian của kế hoạch (${period.from} – ${period.to}) / the visit must fall within the plan's period`;
  }
  if (!calendar.isWorkingDay(visit.date)) return 'ngày kiểm tra phải là ngày làm việc / the visit must be on a working day';
  if (visit.date <= today) return 'ngày kiểm tra phải sau hôm nay / the visit must be after today';
  const ahead = calendar.workingDaysBetween(today, visit.date);
  if (!visit.unannounced && ahead < NOTICE_WORKING_DAYS) {
    return `phải thông báo trước ít nhất ${NOTICE_WORKING_DAYS} ngày làm việc (còn ${ahead}); nếu kiểm tra đột xuất, ghi đề xuất và quyết định của trưởng đoàn / the agency must be told at least ${NOTICE_WORKING_DAYS} working days ahead (${ahead} left); an unannounced visit needs a recorded proposal and the team leader's decision`;
  }
  return null;
}

/** The instants of the team's reminders before a visit: working days before it, at the notice hour, still ahead of `now`. */
export function teamReminders(date: LocalDate, now: number, calendar: WorkingCalendar): { n: number; at: number }[] {
  return TEAM_REMINDER_WORKING_DAYS.map((n) => ({ n, at: calendar.instantAt(calendar.addWorkingDays(date, -n), NOTICE_HOUR) })).filter((r) => r.at > now);
}
