import {
  DEFAULT_CALENDAR_DATA,
  WorkingCalendar,
  addDays,
  dayOfWeek,
  isLocalDate,
  lunarNewYear,
  lunarToSolar,
  statutoryYear,
  type LocalDate,
} from '../../src/domain/calendar';

const calendar = new WorkingCalendar(DEFAULT_CALENDAR_DATA);

describe('lunar calendar (âm lịch, UTC+7)', () => {
  it.each([
    [1985, '1985-01-21'], // Vietnam differs from China (20/02) this year
    [2007, '2007-02-17'], // and this one (China: 18/02)
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2030, '2030-02-02'], // new moon at 23:07 in Hanoi, 00:07 in Beijing: China's Tết is 03/02
  ])('puts Tết %i on %s', (year, expected) => {
    expect(lunarNewYear(year)).toBe(expected);
  });

  it.each([
    [2020, '2020-04-02'],
    [2023, '2023-04-29'],
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
  ])('puts Hùng Kings day (10/3 âm lịch) %i on %s', (year, expected) => {
    expect(lunarToSolar(year, 3, 10)).toBe(expected);
  });

  it('refuses a leap month the year does not have', () => {
    expect(() => lunarToSolar(2026, 3, 1, true)).toThrow(RangeError);
  });
});

describe('working days', () => {
  it('skips the weekend: Friday + 1 is Monday, Monday − 1 is Friday', () => {
    expect(calendar.addWorkingDays('2026-11-20', 1)).toBe('2026-11-23');
    expect(calendar.addWorkingDays('2026-11-23', -1)).toBe('2026-11-20');
    expect(calendar.workingDaysBetween('2026-11-20', '2026-11-23')).toBe(1);
  });

  it('adds working days across Tết 2026 (off Saturday 14/02 to Sunday 22/02)', () => {
    for (const d of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']) {
      expect(calendar.isWorkingDay(d)).toBe(false);
    }
    expect(calendar.addWorkingDays('2026-02-13', 1)).toBe('2026-02-23');
    expect(calendar.addWorkingDays('2026-02-11', 5)).toBe('2026-02-25');
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-23')).toBe(1);
  });

  it('counts back across Tết 2026', () => {
    expect(calendar.addWorkingDays('2026-02-23', -1)).toBe('2026-02-13');
    expect(calendar.addWorkingDays('2026-02-24', -3)).toBe('2026-02-12');
    expect(calendar.workingDaysBetween('2026-02-24', '2026-02-12')).toBe(-3);
  });

  it('counts working days up to one day for many days at once, as workingDaysBetween does', () => {
    const until = calendar.workingDaysUntil('2026-11-23');
    for (const day of ['2026-11-23', '2026-11-24', '2026-11-20', '2026-02-12', '2025-12-31', '2024-06-01', '2026-04-27']) {
      expect([day, until(day)]).toEqual([day, Math.max(0, calendar.workingDaysBetween(day, '2026-11-23'))]);
    }
  });

  it('adds working days across 30/4–1/5 (2026: Thursday and Friday)', () => {
    expect(calendar.addWorkingDays('2026-04-29', 1)).toBe('2026-05-04');
    expect(calendar.workingDaysBetween('2026-04-28', '2026-05-05')).toBe(3);
  });

  it('keeps the compensatory day off when Hùng Kings day falls on Sunday 26/04/2026', () => {
    expect(calendar.dayOff('2026-04-27')).toMatchObject({ kind: 'compensatory' });
    expect(calendar.isWorkingDay('2026-04-27')).toBe(false);
    expect(calendar.addWorkingDays('2026-04-24', 1)).toBe('2026-04-28');
  });

  it('works the make-up Saturday 26/04/2025 and takes Friday 02/05/2025 off instead', () => {
    expect(dayOfWeek('2025-04-26')).toBe(6);
    expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
    expect(calendar.isWorkingDay('2025-05-02')).toBe(false);
    expect(calendar.addWorkingDays('2025-04-25', 1)).toBe('2025-04-26');
    expect(calendar.addWorkingDays('2025-04-29', 1)).toBe('2025-05-05');
  });

  it('treats 2/9 and its adjacent day as days off (2026: Tuesday 1/9 and Wednesday 2/9)', () => {
    expect(calendar.addWorkingDays('2026-08-31', 1)).toBe('2026-09-03');
  });

  it('finds the next and previous working day around days off', () => {
    expect(calendar.nextWorkingDay('2026-02-13')).toBe('2026-02-23');
    expect(calendar.previousWorkingDay('2026-02-23')).toBe('2026-02-13');
    expect(calendar.onOrAfter('2026-02-23')).toBe('2026-02-23');
    expect(calendar.onOrAfter('2026-02-14')).toBe('2026-02-23');
    expect(calendar.onOrBefore('2026-02-22')).toBe('2026-02-13');
    expect(calendar.addWorkingDays('2026-02-18', 0)).toBe('2026-02-18');
  });

  it('round-trips: counting the working days to addWorkingDays(d, n) gives n back', () => {
    let seed = 20261122;
    const random = (max: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % max;
    };
    for (let i = 0; i < 400; i++) {
      const start = calendar.onOrAfter(addDays('2024-06-01', random(365 * 4)));
      const n = random(80) - 40;
      const end = calendar.addWorkingDays(start, n);
      expect(calendar.isWorkingDay(end)).toBe(true);
      expect(calendar.workingDaysBetween(start, end)).toBe(n);
    }
  });

  it('rejects a fractional number of working days', () => {
    expect(() => calendar.addWorkingDays('2026-02-13', 1.5)).toThrow(RangeError);
  });
});

describe('years without published data follow the Labour Code', () => {
  it('compensates New Year 2028 (a Saturday) on Monday 03/01/2028', () => {
    expect(calendar.year(2028).status).toBe('rule');
    expect(calendar.isWorkingDay('2028-01-03')).toBe(false);
    expect(calendar.addWorkingDays('2027-12-31', 1)).toBe('2028-01-04');
  });

  it('generates Tết as the last day of the lunar year and mùng 1–4', () => {
    const tet2029 = statutoryYear(2029).daysOff.filter((d) => d.name.startsWith('Tết Nguyên đán')).map((d) => d.date);
    expect(tet2029).toEqual(['2029-02-12', '2029-02-13', '2029-02-14', '2029-02-15', '2029-02-16']);
  });

  it('reproduces the published 2026 days off exactly', () => {
    const dates = (days: { date: LocalDate }[]) => days.map((d) => d.date);
    expect(dates(statutoryYear(2026).daysOff)).toEqual(dates(calendar.year(2026).daysOff));
  });

  it('ships 2027 as provisional until the schedule is announced, equal to the statutory rule', () => {
    const shipped = calendar.year(2027);
    expect(shipped.status).toBe('provisional');
    expect(shipped.daysOff.map((d) => d.date)).toEqual(statutoryYear(2027).daysOff.map((d) => d.date));
  });

  it('lets corrected data replace the rule for a year', () => {
    const corrected = new WorkingCalendar({
      ...DEFAULT_CALENDAR_DATA,
      years: [{ year: 2028, status: 'published', source: 'test', daysOff: [], makeUpWorkingDays: [{ date: '2028-01-08', name: 'làm bù' }] }],
    });
    expect(corrected.isWorkingDay('2028-01-03')).toBe(true);
    expect(corrected.isWorkingDay('2028-01-08')).toBe(true);
  });
});

describe('instants in Asia/Ho_Chi_Minh (UTC+7)', () => {
  it('ends a deadline day at 23:59:59.999 local time', () => {
    expect(new Date(calendar.endOfDay('2026-02-27')).toISOString()).toBe('2026-02-27T16:59:59.999Z');
  });

  it('reads the local date of an instant across midnight', () => {
    expect(calendar.localDateOf(Date.parse('2026-02-27T16:59:59.999Z'))).toBe('2026-02-27');
    expect(calendar.localDateOf(Date.parse('2026-02-27T17:00:00.000Z'))).toBe('2026-02-28');
    expect(new Date(calendar.instantAt('2026-03-02', 8)).toISOString()).toBe('2026-03-02T01:00:00.000Z');
  });

  it.each([
    [{ precision: 'day', date: '2026-03-31' }, '2026-03-31'],
    [{ precision: 'day', date: '2026-02-15' }, '2026-02-13'], // a Sunday in Tết: the last working day before it
    [{ precision: 'month', year: 2026, month: 1 }, '2026-01-30'], // 31/01 is a Saturday
    [{ precision: 'month', year: 2025, month: 8 }, '2025-08-29'],
    [{ precision: 'quarter', year: 2026, quarter: 4 }, '2026-12-31'],
    [{ precision: 'quarter', year: 2026, quarter: 1 }, '2026-03-31'],
    [{ precision: 'year', year: 2027 }, '2027-12-31'],
  ] as const)('resolves the deadline %j to the end of %s', (period, lastDay) => {
    expect(calendar.lastWorkingDayOf(period)).toBe(lastDay);
    expect(calendar.deadlineOf(period)).toBe(calendar.endOfDay(lastDay));
  });
});

describe('a deadline on a day off (Civil Code 2015, art. 148(5))', () => {
  it.each([
    ['a Sunday', '2027-02-21', '2027-02-22', '2027-02-19'],
    ['a day of Tết 2027 (provisional calendar: off 5–11/2)', '2027-02-07', '2027-02-12', '2027-02-04'],
    ['a Saturday in Tết 2026', '2026-02-14', '2026-02-23', '2026-02-13'],
    ['a working day', '2027-03-15', '2027-03-15', '2027-03-15'],
  ] as const)('moves a day deadline on %s to the next working day by default, or the previous one by policy', (_what, written, next, previous) => {
    expect(calendar.deadlineDayOf({ precision: 'day', date: written })).toBe(next);
    expect(calendar.deadlineDayOf({ precision: 'day', date: written }, 'previous')).toBe(previous);
  });

  it('keeps a month, quarter or year on the last working day of the period', () => {
    expect(calendar.deadlineDayOf({ precision: 'month', year: 2026, month: 1 })).toBe('2026-01-30');
    expect(calendar.deadlineDayOf({ precision: 'quarter', year: 2027, quarter: 1 })).toBe('2027-03-31');
  });
});

describe('dates', () => {
  it('accepts only real dates in the form YYYY-MM-DD', () => {
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2026-2-1')).toBe(false);
    expect(isLocalDate('01/01/1970')).toBe(false);
  });
});
