// Dates, numbers and deadlines as people in the office read them: dd/MM/yyyy, weekday names, 1.234,5,
// times in the city's time zone, "còn 3 ngày làm việc" / "quá hạn 12 ngày". Intl only.
import { currentLang, m } from './i18n';
import type { WorkingDays } from './working-days';

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const locale = () => (currentLang() === 'vi' ? 'vi-VN' : 'en-GB');

/** A day ("2027-03-15") or an instant (ISO text) as dd/MM/yyyy. */
export function formatDay(value: string | null | undefined): string {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, mo, d] = value.split('-');
    return `${d}/${mo}/${y}`;
  }
  return new Intl.DateTimeFormat(locale(), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: TIME_ZONE }).format(new Date(value));
}

/** An instant as dd/MM/yyyy HH:mm in the city's time zone. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const parts = new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false, timeZone: TIME_ZONE }).formatToParts(new Date(value));
  const p = (t: string) => parts.find((x) => x.type === t)?.value ?? '';
  return `${p('day')}/${p('month')}/${p('year')} ${p('hour')}:${p('minute')}`;
}

/** "Thứ Hai" for a day. */
export function weekday(day: string): string {
  return new Intl.DateTimeFormat(locale(), { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

export const formatNumber = (n: number) => new Intl.NumberFormat(locale()).format(n);
export const formatPercent = (rate: number | null | undefined) =>
  rate === null || rate === undefined ? '—' : new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(rate);

/** Today in the city's time zone, as YYYY-MM-DD. */
export function today(now = Date.now()): string {
  return new Date(now + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** "còn 3 ngày làm việc", "đến hạn hôm nay" or "quá hạn 12 ngày", for an open task's deadline day. */
export function deadlineDistance(deadline: string | null, calendar: WorkingDays | null, now = Date.now()): string {
  if (!deadline) return m().noDeadline;
  const t = today(now);
  if (deadline < t) return m().daysOverdue(Math.round((Date.parse(t) - Date.parse(deadline)) / 86_400_000));
  return calendar ? m().workingDaysLeft(calendar.between(t, deadline)) : '';
}

/** Parses dd/MM/yyyy (or d/M/yyyy) typed by a person into YYYY-MM-DD, or null. */
export function parseDay(text: string): string | null {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!match) return /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? text.trim() : null;
  const [, d, mo, y] = match;
  const iso = `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}
