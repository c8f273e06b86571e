// Calendar dates without a time or zone ("2026-02-17"), with arithmetic on whole days.
// Pure and deterministic: safe to import from workflow code.

/** A calendar date in the form YYYY-MM-DD, read in the calendar's own time zone. */
export type LocalDate = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export interface DateParts {
  year: number;
  month: number; // 1–12
  day: number;
}

/** True when `value` is a real date written as YYYY-MM-DD (rejects 2026-02-30). */
export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function dateParts(date: LocalDate): DateParts {
  if (!isLocalDate(date)) throw new RangeError(`not a date in the form YYYY-MM-DD: ${JSON.stringify(date)}`);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function localDate(year: number, month: number, day: number): LocalDate {
  return fromDayNumber(toDayNumber({ year, month, day }));
}

/** Days since 1970-01-01. */
export function toDayNumber(date: LocalDate | DateParts): number {
  const { year, month, day } = typeof date === 'string' ? dateParts(date) : date;
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): LocalDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + days);
}

export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: LocalDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** dd/MM/yyyy, as Vietnamese documents write dates. */
export function formatVietnamese(date: LocalDate): string {
  const { year, month, day } = dateParts(date);
  return `${pad(day, 2)}/${pad(month, 2)}/${year}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
