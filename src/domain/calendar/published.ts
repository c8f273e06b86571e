// The days off as published for public agencies (cán bộ, công chức, viên chức). Correct these
// through the calendar corrections when the government announces a change; see README "Calendar".
import type { CalendarData, DayOff, YearCalendar } from './types';

const off = (date: string, name: string, kind: DayOff['kind'] = 'holiday'): DayOff => ({ date, kind, name });

const year2025: YearCalendar = {
  year: 2025,
  status: 'published',
  source: 'Bộ Lao động – Thương binh và Xã hội, thông báo lịch nghỉ lễ, Tết năm 2025 (Tết 25/01–02/02; 30/4–04/5, làm bù thứ Bảy 26/4; Quốc khánh 30/8–02/9)',
  daysOff: [
    off('2025-01-01', 'Tết Dương lịch'),
    off('2025-01-27', 'Tết Nguyên đán Ất Tỵ (28 tháng Chạp)'),
    off('2025-01-28', 'Tết Nguyên đán Ất Tỵ (29 tháng Chạp)'),
    off('2025-01-29', 'Tết Nguyên đán Ất Tỵ (mùng 1)'),
    off('2025-01-30', 'Tết Nguyên đán Ất Tỵ (mùng 2)'),
    off('2025-01-31', 'Tết Nguyên đán Ất Tỵ (mùng 3)'),
    off('2025-04-07', 'Giỗ Tổ Hùng Vương'),
    off('2025-04-30', 'Ngày Chiến thắng'),
    off('2025-05-01', 'Ngày Quốc tế Lao động'),
    off('2025-05-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)', 'swapped'),
    off('2025-09-01', 'Quốc khánh (ngày liền kề)'),
    off('2025-09-02', 'Quốc khánh'),
  ],
  makeUpWorkingDays: [{ date: '2025-04-26', name: 'Làm bù cho ngày nghỉ 02/5/2025' }],
};

const year2026: YearCalendar = {
  year: 2026,
  status: 'published',
  source: 'Bộ Nội vụ, lịch nghỉ lễ, Tết năm 2026 (Tết 14/02–22/02; Giỗ Tổ Chủ nhật 26/4, nghỉ bù 27/4; Quốc khánh 01–02/9)',
  daysOff: [
    off('2026-01-01', 'Tết Dương lịch'),
    off('2026-02-16', 'Tết Nguyên đán Bính Ngọ (29 tháng Chạp)'),
    off('2026-02-17', 'Tết Nguyên đán Bính Ngọ (mùng 1)'),
    off('2026-02-18', 'Tết Nguyên đán Bính Ngọ (mùng 2)'),
    off('2026-02-19', 'Tết Nguyên đán Bính Ngọ (mùng 3)'),
    off('2026-02-20', 'Tết Nguyên đán Bính Ngọ (mùng 4)'),
    off('2026-04-26', 'Giỗ Tổ Hùng Vương'),
    off('2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương', 'compensatory'),
    off('2026-04-30', 'Ngày Chiến thắng'),
    off('2026-05-01', 'Ngày Quốc tế Lao động'),
    off('2026-09-01', 'Quốc khánh (ngày liền kề)'),
    off('2026-09-02', 'Quốc khánh'),
  ],
  makeUpWorkingDays: [],
};

// Not yet published when this was written: the statutory days with their compensatory days.
// Replace with the announced schedule (Tết Đinh Mùi falls on Saturday 06/02/2027).
const year2027: YearCalendar = {
  year: 2027,
  status: 'provisional',
  source: 'Bộ luật Lao động 2019, Điều 111–112; chờ lịch nghỉ chính thức năm 2027',
  daysOff: [
    off('2027-01-01', 'Tết Dương lịch'),
    off('2027-02-05', 'Tết Nguyên đán Đinh Mùi (30 tháng Chạp)'),
    off('2027-02-06', 'Tết Nguyên đán Đinh Mùi (mùng 1)'),
    off('2027-02-07', 'Tết Nguyên đán Đinh Mùi (mùng 2)'),
    off('2027-02-08', 'Tết Nguyên đán Đinh Mùi (mùng 3)'),
    off('2027-02-09', 'Tết Nguyên đán Đinh Mùi (mùng 4)'),
    off('2027-02-10', 'Nghỉ bù Tết (mùng 1 trùng thứ Bảy)', 'compensatory'),
    off('2027-02-11', 'Nghỉ bù Tết (mùng 2 trùng Chủ nhật)', 'compensatory'),
    off('2027-04-16', 'Giỗ Tổ Hùng Vương'),
    off('2027-04-30', 'Ngày Chiến thắng'),
    off('2027-05-01', 'Ngày Quốc tế Lao động'),
    off('2027-05-03', 'Nghỉ bù Ngày Quốc tế Lao động', 'compensatory'),
    off('2027-09-02', 'Quốc khánh'),
    off('2027-09-03', 'Quốc khánh (ngày liền kề)'),
  ],
  makeUpWorkingDays: [],
};

export const VIETNAM_UTC_OFFSET_MINUTES = 420;

export const DEFAULT_CALENDAR_DATA: CalendarData = {
  utcOffsetMinutes: VIETNAM_UTC_OFFSET_MINUTES,
  years: [year2025, year2026, year2027],
};
