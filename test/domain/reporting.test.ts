// Reporting regimes' periods (Nghị định 09/2019/NĐ-CP art. 12 cut-offs) and due days, as pure rules.
import { DEFAULT_CALENDAR_DATA, WorkingCalendar } from '../../src/domain/calendar';
import { dueDayOf, dueRuleProblem, periodFor } from '../../src/domain/reporting';

const calendar = new WorkingCalendar(DEFAULT_CALENDAR_DATA);

describe('the period a run reports on', () => {
  it.each([
    ['monthly', '2027-03-15', { key: '2027-03', label: 'tháng 3/2027', from: '2027-02-15', to: '2027-03-14' }],
    ['monthly', '2027-01-15', { key: '2027-01', label: 'tháng 1/2027', from: '2026-12-15', to: '2027-01-14' }],
    ['monthly', '2027-03-14', { key: '2027-02', label: 'tháng 2/2027', from: '2027-01-15', to: '2027-02-14' }], // before the cut-off: the previous one
    ['quarterly', '2027-03-15', { key: '2027-Q1', label: 'quý I/2027', from: '2026-12-15', to: '2027-03-14' }],
    ['quarterly', '2027-05-02', { key: '2027-Q1', label: 'quý I/2027', from: '2026-12-15', to: '2027-03-14' }], // a late run still reports Q1
    ['quarterly', '2027-12-15', { key: '2027-Q4', label: 'quý IV/2027', from: '2027-09-15', to: '2027-12-14' }],
    ['half_yearly', '2027-06-15', { key: '2027-H1', label: '6 tháng đầu năm 2027', from: '2026-12-15', to: '2027-06-14' }],
    ['half_yearly', '2027-12-15', { key: '2027-H2', label: '6 tháng cuối năm 2027', from: '2027-06-15', to: '2027-12-14' }],
    ['yearly', '2027-12-15', { key: '2027', label: 'năm 2027', from: '2026-12-15', to: '2027-12-14' }],
    ['yearly', '2028-01-20', { key: '2027', label: 'năm 2027', from: '2026-12-15', to: '2027-12-14' }],
  ] as const)('%s on %s', (frequency, day, expected) => {
    expect(periodFor(frequency, day)).toEqual(expected);
  });
});

describe('when the report is due', () => {
  it('counts working days after the cut-off, across Tết 2027', () => {
    // Cut-off Sunday 14/02/2027 (Tết holidays to 12/02 and the make-up days): five working days after it.
    expect(dueDayOf(periodFor('monthly', '2027-02-15'), { workingDaysAfterCutoff: 5 }, calendar)).toBe(calendar.addWorkingDays('2027-02-14', 5));
    expect(dueDayOf(periodFor('monthly', '2027-03-15'), { workingDaysAfterCutoff: 3 }, calendar)).toBe('2027-03-17');
  });

  it('takes a fixed day of the month, after the cut-off, moved to the next working day when it is a day off (Civil Code art. 148(5))', () => {
    expect(dueDayOf(periodFor('monthly', '2027-03-15'), { dayOfMonth: 18 }, calendar)).toBe('2027-03-18'); // Thursday
    expect(dueDayOf(periodFor('monthly', '2027-03-15'), { dayOfMonth: 20 }, calendar)).toBe('2027-03-22'); // Saturday → Monday
    expect(dueDayOf(periodFor('monthly', '2027-03-15'), { dayOfMonth: 5 }, calendar)).toBe('2027-04-05'); // before the cut-off day: next month
    expect(dueDayOf(periodFor('monthly', '2027-01-15'), { dayOfMonth: 31 }, calendar)).toBe('2027-02-01'); // Sunday 31/01 → Monday
    expect(dueDayOf(periodFor('yearly', '2027-12-15'), { dayOfMonth: 10 }, calendar)).toBe('2028-01-10');
  });

  it('refuses a rule it cannot use', () => {
    expect(dueRuleProblem({ dayOfMonth: 0 })).toContain('1 to 31');
    expect(dueRuleProblem({ workingDaysAfterCutoff: 90 })).toContain('1 to 60');
    expect(dueRuleProblem({ dayOfMonth: 20 })).toBeNull();
  });
});
