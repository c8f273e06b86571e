// Reporting regimes (chế độ báo cáo định kỳ): which period a scheduled run stands for, when its report
// is due, and the schedule's calendar. The periods follow the State's data cut-offs (Nghị định
// 09/2019/NĐ-CP on the reporting regime of State administrative bodies, Article 12, "Thời gian chốt số
// liệu báo cáo định kỳ"): monthly from the 15th of the previous month to the 14th; quarterly from the
// 15th of the month before the quarter to the 14th of its last month; six-monthly from 15 December of the
// year before to 14 June (and, for the second half, from 15 June to 14 December); yearly from
// 15 December of the year before to 14 December. A run fires on the day after the cut-off (the 15th).
// Pure: shared by the API, the activity and the tests.
import { dateParts, daysInMonth, localDate, type LocalDate, type WorkingCalendar } from './calendar';

export type Frequency = 'monthly' | 'quarterly' | 'half_yearly' | 'yearly';
export const FREQUENCIES: readonly Frequency[] = ['monthly', 'quarterly', 'half_yearly', 'yearly'];

/** When the report is due: N working days after the cut-off, or a fixed day of the month (moved off a day off, Civil Code art. 148(5)). */
export type DueRule = { workingDaysAfterCutoff: number } | { dayOfMonth: number };

export interface ReportPeriod {
  /** Stable key: "2027-03" (monthly), "2027-Q1", "2027-H1", "2027". */
  key: string;
  /** "tháng 3/2027", "quý I/2027", "6 tháng đầu năm 2027", "năm 2027". */
  label: string;
  from: LocalDate;
  /** The cut-off: the 14th of the period's last month. */
  to: LocalDate;
}

/** The months whose 15th starts a run (the day after each cut-off). */
export const TRIGGER_MONTHS: Record<Frequency, number[]> = {
  monthly: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  quarterly: [3, 6, 9, 12],
  half_yearly: [6, 12],
  yearly: [12],
};
export const TRIGGER_DAY = 15;
export const TRIGGER_HOUR = 7;

const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * The period a run on `day` (its intended day, the city's calendar) reports on: the one whose cut-off
 * is the last 14th on or before it that closes a period of this frequency.
 */
export function periodFor(frequency: Frequency, day: LocalDate): ReportPeriod {
  const { year, month, day: d } = dateParts(day);
  // The closing month: this month if its 14th has passed, else an earlier one; then back to one that closes a period.
  let y = year;
  let m = d >= 15 ? month : month - 1;
  if (m === 0) [y, m] = [y - 1, 12];
  while (!TRIGGER_MONTHS[frequency].includes(m)) {
    m -= 1;
    if (m === 0) [y, m] = [y - 1, 12];
  }
  const to = localDate(y, m, 14);
  const span = { monthly: 1, quarterly: 3, half_yearly: 6, yearly: 12 }[frequency];
  let fy = y;
  let fm = m - span;
  while (fm <= 0) [fy, fm] = [fy - 1, fm + 12];
  const from = localDate(fy, fm, 15);
  switch (frequency) {
    case 'monthly':
      return { key: `${y}-${String(m).padStart(2, '0')}`, label: `tháng ${m}/${y}`, from, to };
    case 'quarterly':
      return { key: `${y}-Q${m / 3}`, label: `quý ${ROMAN[m / 3 - 1]}/${y}`, from, to };
    case 'half_yearly':
      return m === 6 ? { key: `${y}-H1`, label: `6 tháng đầu năm ${y}`, from, to } : { key: `${y}-H2`, label: `6 tháng cuối năm ${y}`, from, to };
    case 'yearly':
      return { key: `${y}`, label: `năm ${y}`, from, to };
  }
}

/**
 * The day the report of `period` is due: N working days after the cut-off, or the given day of the
 * month (the cut-off's month when that day is after the 14th, else the next month; the month's last day
 * if it has fewer days), moved to the next working day when it is a day off.
 */
export function dueDayOf(period: ReportPeriod, rule: DueRule, calendar: WorkingCalendar): LocalDate {
  if ('workingDaysAfterCutoff' in rule) return calendar.addWorkingDays(period.to, rule.workingDaysAfterCutoff);
  const { year, month } = dateParts(period.to);
  const [y, m] = rule.dayOfMonth > 14 ? [year, month] : month === 12 ? [year + 1, 1] : [year, month + 1];
  const day = localDate(y, m, Math.min(rule.dayOfMonth, daysInMonth(y, m)));
  return calendar.isWorkingDay(day) ? day : calendar.nextWorkingDay(day);
}

/** Why a due rule cannot be used, or null. */
export function dueRuleProblem(rule: DueRule): string | null {
  if ('workingDaysAfterCutoff' in rule) {
    return Number.isInteger(rule.workingDaysAfterCutoff) && rule.workingDaysAfterCutoff >= 1 && rule.workingDaysAfterCutoff <= 60 ? null : 'từ 1 đến 60 ngày làm việc / 1 to 60 working days';
  }
  return Number.isInteger(rule.dayOfMonth) && rule.dayOfMonth >= 1 && rule.dayOfMonth <= 31 ? null : 'ngày từ 1 đến 31 / a day from 1 to 31';
}


