// The statutory holidays of a year for which the calendar has no data: Labour Code 2019, art. 112
// (the days) and art. 111(3) (a holiday on a weekly rest day is compensated on the next working day).
// The government's yearly swaps cannot be predicted, so a generated year has none.
import { addDays, dayOfWeek, localDate, type LocalDate } from './local-date';
import { lunarNewYear, lunarToSolar } from './lunar';
import type { DayOff, YearCalendar } from './types';

const SUNDAY = 0;
const SATURDAY = 6;
const MONDAY = 1;
const THURSDAY = 4;

export function statutoryYear(year: number): YearCalendar {
  const holidays: DayOff[] = [{ date: localDate(year, 1, 1), kind: 'holiday', name: 'Tết Dương lịch' }];

  // Tết: the last day of the old lunar year and the first four days of the new one.
  const tet = lunarNewYear(year);
  for (let i = -1; i < 4; i++) {
    holidays.push({ date: addDays(tet, i), kind: 'holiday', name: i < 0 ? 'Tết Nguyên đán (cuối năm âm lịch)' : `Tết Nguyên đán (mùng ${i + 1})` });
  }
  holidays.push({ date: lunarToSolar(year, 3, 10), kind: 'holiday', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' });
  holidays.push({ date: localDate(year, 4, 30), kind: 'holiday', name: 'Ngày Chiến thắng' });
  holidays.push({ date: localDate(year, 5, 1), kind: 'holiday', name: 'Ngày Quốc tế Lao động' });

  // Quốc khánh: 2/9 and one adjacent day, the one that joins it to a weekend as in past years
  // (2021 Thu→3/9, 2022 Fri→1/9, 2023 Sat→1/9, 2024 Mon→3/9, 2025 Tue→1/9, 2026 Wed→1/9).
  const nationalDay = localDate(year, 9, 2);
  const weekday = dayOfWeek(nationalDay);
  const adjacent = weekday === MONDAY || weekday === THURSDAY || weekday === SUNDAY ? localDate(year, 9, 3) : localDate(year, 9, 1);
  holidays.push({ date: adjacent, kind: 'holiday', name: 'Quốc khánh (ngày liền kề)' });
  holidays.push({ date: nationalDay, kind: 'holiday', name: 'Quốc khánh' });

  return {
    year,
    status: 'rule',
    source: 'Bộ luật Lao động 2019, Điều 111–112 (sinh tự động; chưa có lịch nghỉ công bố)',
    daysOff: withCompensatoryDays(holidays),
    makeUpWorkingDays: [],
  };
}

/** Adds a compensatory day (nghỉ bù) after each run of holidays for every holiday on a weekend. */
export function withCompensatoryDays(holidays: DayOff[]): DayOff[] {
  const sorted = [...holidays].sort((a, b) => a.date.localeCompare(b.date));
  const taken = new Set(sorted.map((h) => h.date));
  const result = [...sorted];
  for (const holiday of sorted) {
    const weekday = dayOfWeek(holiday.date);
    if (weekday !== SATURDAY && weekday !== SUNDAY) continue;
    let candidate: LocalDate = addDays(holiday.date, 1);
    while (taken.has(candidate) || [SATURDAY, SUNDAY].includes(dayOfWeek(candidate))) candidate = addDays(candidate, 1);
    taken.add(candidate);
    result.push({ date: candidate, kind: 'compensatory', name: `Nghỉ bù ${holiday.name}` });
  }
  return result.sort((a, b) => a.date.localeCompare(b.date));
}
