import { DEFAULT_CALENDAR_DATA, WorkingCalendar, type LocalDate } from '../../src/domain/calendar';
import {
  DEFAULT_THRESHOLDS,
  computeStatistics,
  foldVietnamese,
  isTruncatedTitle,
  matchesText,
  parseDeadlineText,
  type RateFormula,
  type TaskFacts,
} from '../../src/domain/register';

const calendar = new WorkingCalendar(DEFAULT_CALENDAR_DATA);

describe('deadlines as directives and exports write them', () => {
  it.each([
    ['15/3/2026', { precision: 'day', date: '2026-03-15' }],
    ['05/01/2027', { precision: 'day', date: '2027-01-05' }],
    ['2026-11-30', { precision: 'day', date: '2026-11-30' }],
    ['trước ngày 31/3/2019', { precision: 'day', date: '2019-03-31' }],
    ['Chậm nhất ngày 20/12/2026', { precision: 'day', date: '2026-12-20' }],
    ['trong tháng 3/2019', { precision: 'month', year: 2019, month: 3 }],
    ['Tháng 3 năm 2019', { precision: 'month', year: 2019, month: 3 }],
    ['12/2026', { precision: 'month', year: 2026, month: 12 }],
    ['08/2026', { precision: 'month', year: 2026, month: 8 }],
    ['quý IV/2026', { precision: 'quarter', year: 2026, quarter: 4 }],
    ['Quý 2 năm 2027', { precision: 'quarter', year: 2027, quarter: 2 }],
    ['năm 2026', { precision: 'year', year: 2026 }],
  ])('reads "%s"', (text, deadline) => {
    expect(parseDeadlineText(text)).toEqual({ ok: true, deadline });
  });

  it.each([
    ['ngày 15 tháng 3 năm 2027', '2027-03-15'],
    ['Trước ngày 15 tháng 3 năm 2027', '2027-03-15'],
    ['15/03/27', '2027-03-15'],
  ])('reads the spelled-out or short day "%s"', (text, date) => {
    expect(parseDeadlineText(text)).toEqual({ ok: true, deadline: { precision: 'day', date } });
  });

  describe('periods counted from the directive or from receipt', () => {
    // Directive signed Thursday 04/02/2027, just before Tết 2027 (provisional: off 05–11/02); received Friday 12/02.
    const context = { directiveDate: '2027-02-04', receivedDate: '2027-02-12', calendar: new WorkingCalendar(DEFAULT_CALENDAR_DATA) };
    it.each([
      ['trong 05 ngày làm việc', '2027-02-18'], // from signing: 12, 15, 16, 17, 18/02
      ['10 ngày làm việc kể từ ngày ký', '2027-02-25'],
      ['Trong 05 ngày làm việc kể từ ngày nhận được văn bản', '2027-02-19'], // 15, 16, 17, 18, 19/02
      ['trong 15 ngày kể từ ngày nhận được văn bản', '2027-02-27'], // calendar days; the first day is not counted (art. 147)
      ['trong vòng 3 ngày kể từ ngày ban hành', '2027-02-07'], // a day off: the task's day-off rule moves it (art. 148(5))
    ])('reads "%s"', (text, date) => {
      expect(parseDeadlineText(text, context)).toEqual({ ok: true, deadline: { precision: 'day', date }, note: 'period' });
    });

    it('needs the directive to count from, and a starting point it knows', () => {
      expect(parseDeadlineText('trong 05 ngày làm việc')).toMatchObject({ ok: false, reason: expect.stringContaining("needs the directive's date") });
      expect(parseDeadlineText('05 ngày làm việc kể từ ngày họp', context)).toMatchObject({ ok: false, reason: expect.stringContaining('unknown starting point') });
    });
  });

  it('takes 01/01/1970 from an export as "no deadline", not as a date in 1970', () => {
    expect(parseDeadlineText('01/01/1970')).toEqual({ ok: true, deadline: { precision: 'none' }, note: 'export_no_deadline' });
  });

  it('reads ongoing duties and conditional deadlines as tasks without a deadline', () => {
    expect(parseDeadlineText('Thường xuyên')).toMatchObject({ ok: true, deadline: { precision: 'none' }, note: 'ongoing' });
    expect(parseDeadlineText('Tùy thời điểm Luật sửa đổi được thông qua')).toMatchObject({ ok: true, note: 'conditional' });
  });

  it.each(['31/2/2026', '13/2026', 'quý V/2026', 'sớm nhất có thể'])('refuses "%s" with a reason in both languages', (text) => {
    const parsed = parseDeadlineText(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toMatch(new RegExp(`^"${text.replace(/[/.]/g, '\\$&')}": .+ / .+`));
  });

  it('flags titles an export cut short', () => {
    expect(isTruncatedTitle('Rà soát, đẩy nhanh tiến độ giải phóng mặt bằng các dự án trọng điểm…')).toBe(true);
    expect(isTruncatedTitle('Báo cáo kết quả...')).toBe(true);
    expect(isTruncatedTitle('Báo cáo kết quả quý I')).toBe(false);
  });
});

describe('Vietnamese free-text search', () => {
  it('matches with or without diacritics, in any case', () => {
    const title = 'Đẩy nhanh tiến độ Giải phóng mặt bằng dự án Vành đai 3';
    expect(foldVietnamese(title)).toBe('day nhanh tien do giai phong mat bang du an vanh dai 3');
    expect(matchesText(title, 'giai phong mat bang')).toBe(true);
    expect(matchesText(title, 'GIẢI PHÓNG')).toBe(true);
    expect(matchesText(title, 'vành đai   3')).toBe(true);
    expect(matchesText(title, 'đê điều')).toBe(false);
  });
});

describe('statistics as of a snapshot', () => {
  const snapshot = Date.parse('2031-06-30T10:00:00Z'); // Monday 30/06/2031, 17:00 in Hanoi
  const t = (groupKey: string, assigned: string, deadline: LocalDate | null, completed?: { at: string; onTime: boolean }, withdrawn?: string): TaskFacts => ({
    groupKey,
    assignedAt: Date.parse(assigned),
    deadlineDay: deadline,
    deadlineAt: deadline ? calendar.endOfDay(deadline) : null,
    completedAt: completed ? Date.parse(completed.at) : null,
    completedOnTime: completed ? completed.onTime : null,
    withdrawnAt: withdrawn ? Date.parse(withdrawn) : null,
  });
  const sgtvt = [
    t('Sở GTVT', '2031-01-02T00:00:00Z', '2031-03-07', { at: '2031-03-05T00:00:00Z', onTime: true }),
    t('Sở GTVT', '2031-01-02T00:00:00Z', '2031-03-07', { at: '2031-03-20T00:00:00Z', onTime: false }),
    t('Sở GTVT', '2031-01-02T00:00:00Z', '2031-05-30'), // overdue 30 days: not yet "> 30"
    t('Sở GTVT', '2031-01-02T00:00:00Z', '2031-02-14'), // overdue 135 days
    t('Sở GTVT', '2031-01-02T00:00:00Z', '2031-07-02'), // 2 working days left: due soon
    t('Sở GTVT', '2031-01-02T00:00:00Z', '2031-08-29'),
    t('Sở GTVT', '2031-01-02T00:00:00Z', null),
    t('Sở GTVT', '2031-01-02T00:00:00Z', '2031-03-07', undefined, '2031-04-01T00:00:00Z'), // withdrawn: left out
    t('Sở GTVT', '2031-07-15T00:00:00Z', '2031-09-30'), // assigned after the snapshot: left out
    t('Sở GTVT', '2031-01-02T00:00:00Z', '2031-07-31', { at: '2031-07-05T00:00:00Z', onTime: true }), // still open then
  ];
  const report = (formula: RateFormula, tasks = sgtvt) => computeStatistics(tasks, { snapshot, formula, thresholds: DEFAULT_THRESHOLDS, calendar, dueSoonWorkingDays: 3 });

  it('counts the four categories, due soon, no deadline and overdue age at the snapshot', () => {
    expect(report('government_office').groups[0]).toMatchObject({
      key: 'Sở GTVT', assigned: 8, completedOnTime: 1, completedLate: 1, inProgressOnTime: 3, dueSoon: 1, overdue: 2,
      overdueOver30Days: 1, overdueOver120Days: 1, noDeadline: 1,
    });
  });

  it.each([
    ['government_office', 2 / 4, 1 / 2],
    ['of_assigned', 2 / 8, 1 / 8],
    ['on_time_of_completed', 2 / 8, 1 / 2],
  ] as const)('divides by the %s formula and names it', (formula, completion, onTime) => {
    const r = report(formula);
    expect(r.groups[0]).toMatchObject({ completionRate: completion, onTimeRate: onTime, overdueRate: 2 / 8, warning: true, praise: false });
    expect(r.formula).toBe(formula);
    expect(r.formulaText.completion).toMatch(/Tỉ lệ hoàn thành = .* \/ completion = /);
  });

  it('praises above 200 tasks, 90 % completion, 75 % on time and at most 1 % overdue — and not at exactly 200', () => {
    const perfect = (n: number) => Array.from({ length: n }, () => t('Sở Tài chính', '2031-01-02T00:00:00Z', '2031-03-07', { at: '2031-03-01T00:00:00Z', onTime: true }));
    expect(report('of_assigned', perfect(201)).groups[0]).toMatchObject({ assigned: 201, completionRate: 1, praise: true, warning: false });
    expect(report('of_assigned', perfect(200)).groups[0]).toMatchObject({ assigned: 200, praise: false });
    const overdue = (n: number) => Array.from({ length: n }, () => t('Sở Tài chính', '2031-01-02T00:00:00Z', '2031-05-30'));
    expect(report('of_assigned', [...perfect(199), ...overdue(2)]).groups[0]).toMatchObject({ assigned: 201, overdueRate: 2 / 201, praise: true }); // 0.995 % ≤ 1 %
    expect(report('of_assigned', [...perfect(200), ...overdue(3)]).groups[0]).toMatchObject({ assigned: 203, overdueRate: 3 / 203, praise: false }); // 1.48 % > 1 %
  });

  it('totals every group', () => {
    const r = report('government_office', [...sgtvt, t('Sở Tài chính', '2031-01-02T00:00:00Z', '2031-03-07', { at: '2031-03-01T00:00:00Z', onTime: true })]);
    expect(r.groups.map((g) => g.key)).toEqual(['Sở GTVT', 'Sở Tài chính']);
    expect(r.total).toMatchObject({ assigned: 9, completedOnTime: 2 });
  });
});
