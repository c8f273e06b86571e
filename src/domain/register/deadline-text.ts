// Reads a deadline as directives and document-management exports write it: "15/3/2026", "15/03/27",
// "ngày 15 tháng 3 năm 2027", "trước ngày 31/3/2019", "tháng 3/2019", "12/2026", "quý IV/2026",
// "năm 2026", periods ("trong 05 ngày làm việc", "10 ngày làm việc kể từ ngày ký", "trong 15 ngày kể từ
// ngày nhận được văn bản"), or none ("01/01/1970" in exports, "thường xuyên", a condition such as
// "tùy thời điểm Luật được thông qua").
import { addDays, formatVietnamese, isLocalDate, localDate, type LocalDate, type WorkingCalendar } from '../calendar';
import type { DeadlineSpec } from '../task/types';

export type ParsedDeadline =
  | { ok: true; deadline: DeadlineSpec; note?: 'export_no_deadline' | 'ongoing' | 'conditional' | 'period' }
  | { ok: false; reason: string };

/** What a period ("trong 05 ngày làm việc") counts from. */
export interface DeadlineContext {
  /** The directive's date: "kể từ ngày ký / ban hành", and a period that names no starting point. */
  directiveDate: LocalDate;
  /** The day the agency receives the task (its registration): "kể từ ngày nhận được văn bản". */
  receivedDate: LocalDate;
  calendar: WorkingCalendar;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const NO_DEADLINE_EXPORT = /^0?1\/0?1\/1970$/; // document-management exports' way of saying "none"

export function parseDeadlineText(raw: string, context?: DeadlineContext): ParsedDeadline {
  const text = raw.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '' || /^(không (có )?thời hạn|thường xuyên|hằng năm|hàng năm)$/.test(text)) {
    return { ok: true, deadline: { precision: 'none' }, note: 'ongoing' };
  }
  if (NO_DEADLINE_EXPORT.test(text) || text === '1970-01-01') return { ok: true, deadline: { precision: 'none' }, note: 'export_no_deadline' };
  if (/^(tùy|tuỳ|khi |sau khi |theo tiến độ|theo thời điểm)/.test(text)) {
    return { ok: true, deadline: { precision: 'none' }, note: 'conditional' };
  }
  // "trước ngày 31/3/2019", "chậm nhất ngày …", "hạn …": the named day is the deadline day.
  const body = text.replace(/^(hoàn thành |báo cáo )?(trước|chậm nhất|hạn chót|hạn|trong)( ngày)?\s*/, '').replace(/^ngày\s+/, '');

  let m = /^(?:vòng |thời hạn )?(\d{1,3}) ngày( làm việc)?(?: kể từ (?:ngày )?(.+))?$/.exec(body);
  if (m) return period(Number(m[1]), m[2] !== undefined, m[3], raw, context);
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(body);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]), raw);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(body);
  if (m) return day(m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]), Number(m[2]), Number(m[1]), raw);
  m = /^(\d{1,2}) tháng (\d{1,2}) năm (\d{4})$/.exec(body);
  if (m) return day(Number(m[3]), Number(m[2]), Number(m[1]), raw);
  m = /^(?:tháng )?(\d{1,2})(?:\/| năm )(\d{4})$/.exec(body);
  if (m) return month(Number(m[2]), Number(m[1]), raw);
  m = /^quý ([ivx]+|\d)(?:\/| năm )(\d{4})$/.exec(body);
  if (m) {
    const quarter = ROMAN[m[1]!] ?? Number(m[1]);
    if (quarter >= 1 && quarter <= 4) return { ok: true, deadline: { precision: 'quarter', year: Number(m[2]), quarter } };
    return fail(raw, 'quý phải từ I đến IV / the quarter must be I to IV');
  }
  m = /^(?:năm )?(\d{4})$/.exec(body);
  if (m) return { ok: true, deadline: { precision: 'year', year: Number(m[1]) } };
  return fail(raw, 'không đọc được thời hạn / cannot read the deadline');
}

/** Titles cut by an export end in "…" or "...": they must be completed by hand, not imported as is. */
export function isTruncatedTitle(title: string): boolean {
  return /(…|\.\.\.)\s*$/.test(title);
}

function day(year: number, monthNumber: number, dayNumber: number, raw: string): ParsedDeadline {
  const date = `${String(year).padStart(4, '0')}-${String(monthNumber).padStart(2, '0')}-${String(dayNumber).padStart(2, '0')}`;
  if (!isLocalDate(date)) return fail(raw, 'ngày không tồn tại / no such date');
  return { ok: true, deadline: { precision: 'day', date: localDate(year, monthNumber, dayNumber) } };
}

/**
 * A period: N working days (skipping weekends and days off) or N calendar days after its starting day.
 * The starting day itself is not counted (Civil Code 2015, art. 147); a calendar-day period that ends
 * on a day off is moved by the task's day-off rule (art. 148(5)) like any day deadline.
 */
function period(n: number, workingDays: boolean, from: string | undefined, raw: string, context: DeadlineContext | undefined): ParsedDeadline {
  if (!context) return fail(raw, 'thời hạn tính theo số ngày cần ngày văn bản / a deadline in days needs the directive\'s date');
  if (n < 1) return fail(raw, 'số ngày phải lớn hơn 0 / the number of days must be at least 1');
  let start: LocalDate;
  if (from === undefined || /^(ký|ban hành)/.test(from)) start = context.directiveDate;
  else if (/^(nhận|tiếp nhận)/.test(from)) start = context.receivedDate;
  else return fail(raw, `không rõ mốc tính "${from}" (ngày ký / ngày nhận được văn bản) / unknown starting point "${from}" (signing / receipt)`);
  const date = workingDays ? context.calendar.addWorkingDays(start, n) : addDays(start, n);
  return { ok: true, deadline: { precision: 'day', date }, note: 'period' };
}

function month(year: number, monthNumber: number, raw: string): ParsedDeadline {
  if (monthNumber < 1 || monthNumber > 12) return fail(raw, 'tháng phải từ 1 đến 12 / the month must be 1 to 12');
  return { ok: true, deadline: { precision: 'month', year, month: monthNumber } };
}

function fail(raw: string, why: string): ParsedDeadline {
  return { ok: false, reason: `"${raw}": ${why}` };
}

/**
 * The words worth keeping beside the day they were read as: a period ("trong 05 ngày làm việc kể từ
 * ngày ký"), an ongoing task ("thường xuyên") or a condition ("tùy thời điểm Luật được thông qua") says
 * more than the effective day or "không thời hạn"; a plain date does not.
 */
export function deadlineWords(raw: string, parsed: ParsedDeadline): string | undefined {
  return parsed.ok && parsed.note !== undefined && parsed.note !== 'export_no_deadline' ? raw.normalize('NFC').trim().replace(/\s+/g, ' ') : undefined;
}

/** The deadline as written, from a task's start input: its words when they were kept, else the spec in the directive's form. */
export function writtenDeadline(input: { deadline: DeadlineSpec; deadlineText?: string }): string {
  return input.deadlineText ?? deadlineAsWritten(input.deadline);
}

const ROMAN_NUMERALS = ['I', 'II', 'III', 'IV'];

/** A deadline as the directive wrote it: "21/02/2027", "tháng 3/2027", "quý IV/2026", "năm 2026", "không thời hạn". */
export function deadlineAsWritten(spec: DeadlineSpec): string {
  switch (spec.precision) {
    case 'day':
      return formatVietnamese(spec.date);
    case 'month':
      return `tháng ${spec.month}/${spec.year}`;
    case 'quarter':
      return `quý ${ROMAN_NUMERALS[spec.quarter - 1]}/${spec.year}`;
    case 'year':
      return `năm ${spec.year}`;
    case 'none':
      return 'không thời hạn';
  }
}
