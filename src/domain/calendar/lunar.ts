// The Vietnamese lunisolar calendar (âm lịch), for the holidays fixed on lunar dates: Tết and
// Giỗ Tổ Hùng Vương. Astronomical algorithm after Hồ Ngọc Đức (new moons and solar terms from
// Meeus' formulas), evaluated at UTC+7 — Vietnam's meridian. Chinese-calendar libraries use UTC+8
// and give different Tết dates in some years (1985, 2007), so one of those would be wrong here.
import { type LocalDate, fromDayNumber, toDayNumber } from './local-date';

const VIETNAM_UTC_OFFSET_HOURS = 7;
const JULIAN_DAY_OF_UNIX_EPOCH = 2440588;
const SYNODIC_MONTH = 29.530588853;
const DEGREE = Math.PI / 180;

/** The solar date of a lunar date (day 1–30 of month 1–12 of a lunar year; `leap` for the intercalary month). */
export function lunarToSolar(lunarYear: number, lunarMonth: number, lunarDay: number, leap = false): LocalDate {
  const tz = VIETNAM_UTC_OFFSET_HOURS;
  const [a11, b11] =
    lunarMonth < 11
      ? [lunarMonth11(lunarYear - 1, tz), lunarMonth11(lunarYear, tz)]
      : [lunarMonth11(lunarYear, tz), lunarMonth11(lunarYear + 1, tz)];
  const k = Math.floor(0.5 + (a11 - 2415021.076998695) / SYNODIC_MONTH);
  let offset = (lunarMonth - 11 + 12) % 12;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11, tz);
    const leapMonth = (leapOffset - 2 + 12) % 12;
    if (leap && lunarMonth !== leapMonth) throw new RangeError(`lunar year ${lunarYear} has no leap month ${lunarMonth}`);
    if (leap || offset >= leapOffset) offset += 1;
  } else if (leap) {
    throw new RangeError(`lunar year ${lunarYear} has no leap month`);
  }
  const monthStart = newMoonDay(k + offset, tz);
  return fromDayNumber(monthStart + lunarDay - 1 - JULIAN_DAY_OF_UNIX_EPOCH);
}

/** Mùng 1 Tết: the first day of the lunar year that begins in solar year `year`. */
export function lunarNewYear(year: number): LocalDate {
  return lunarToSolar(year, 1, 1);
}

function julianDay(date: LocalDate): number {
  return toDayNumber(date) + JULIAN_DAY_OF_UNIX_EPOCH;
}

/** Julian day (fractional, UT) of the k-th new moon after 1900-01-01. */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DEGREE);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let c = (0.1734 - 0.000393 * T) * Math.sin(M * DEGREE) + 0.0021 * Math.sin(2 * DEGREE * M);
  c = c - 0.4068 * Math.sin(Mpr * DEGREE) + 0.0161 * Math.sin(DEGREE * 2 * Mpr);
  c = c - 0.0004 * Math.sin(DEGREE * 3 * Mpr);
  c = c + 0.0104 * Math.sin(DEGREE * 2 * F) - 0.0051 * Math.sin(DEGREE * (M + Mpr));
  c = c - 0.0074 * Math.sin(DEGREE * (M - Mpr)) + 0.0004 * Math.sin(DEGREE * (2 * F + M));
  c = c - 0.0004 * Math.sin(DEGREE * (2 * F - M)) - 0.0006 * Math.sin(DEGREE * (2 * F + Mpr));
  c = c + 0.001 * Math.sin(DEGREE * (2 * F - Mpr)) + 0.0005 * Math.sin(DEGREE * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd + c - deltaT;
}

/** The sun's ecliptic longitude (radians, 0–2π) at a Julian day (UT). */
function sunLongitude(jd: number): number {
  const T = (jd - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let dl = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(DEGREE * M);
  dl += (0.019993 - 0.000101 * T) * Math.sin(DEGREE * 2 * M) + 0.00029 * Math.sin(DEGREE * 3 * M);
  const L = (L0 + dl) * DEGREE;
  return L - 2 * Math.PI * Math.floor(L / (2 * Math.PI));
}

function newMoonDay(k: number, tz: number): number {
  return Math.floor(newMoon(k) + 0.5 + tz / 24);
}

/** Which of the 12 solar-term sectors the sun is in at the start of a local day. */
function sunSector(dayNumberJd: number, tz: number): number {
  return Math.floor((sunLongitude(dayNumberJd - 0.5 - tz / 24) / Math.PI) * 6);
}

/** Julian day of the start of lunar month 11 (the month holding the winter solstice) of solar year `year`. */
function lunarMonth11(year: number, tz: number): number {
  const offset = julianDay(`${String(year).padStart(4, '0')}-12-31`) - 2415021;
  const k = Math.floor(offset / SYNODIC_MONTH);
  const candidate = newMoonDay(k, tz);
  return sunSector(candidate, tz) >= 9 ? newMoonDay(k - 1, tz) : candidate;
}

function leapMonthOffset(a11: number, tz: number): number {
  const k = Math.floor((a11 - 2415021.076998695) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i, tz), tz);
  let last: number;
  do {
    last = arc;
    i += 1;
    arc = sunSector(newMoonDay(k + i, tz), tz);
  } while (arc !== last && i < 14);
  return i - 1;
}
