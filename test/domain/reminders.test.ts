import { DEFAULT_CALENDAR_DATA, WorkingCalendar } from '../../src/domain/calendar';
import { DEFAULT_REMINDER_POLICY } from '../../src/domain/policy';
import { upcomingReminders } from '../../src/domain/reminders';

const calendar = new WorkingCalendar(DEFAULT_CALENDAR_DATA);
const iso = (ms: number) => new Date(ms).toISOString();

describe('upcoming reminders', () => {
  it('counts 7, 3, 1 and 0 working days back across Tết 2026 and skips those already past', () => {
    const now = Date.parse('2026-02-10T00:00:00Z');
    const reminders = upcomingReminders(calendar, '2026-02-24', DEFAULT_REMINDER_POLICY, now);
    expect(reminders.map((r) => [r.offset, r.day, iso(r.at)])).toEqual([
      // offset 7 fell on Friday 06/02, before `now`: skipped
      [3, '2026-02-12', '2026-02-12T01:00:00.000Z'],
      [1, '2026-02-23', '2026-02-23T01:00:00.000Z'],
      [0, '2026-02-24', '2026-02-24T01:00:00.000Z'],
    ]);
  });

  it('sends the deadline-day reminder on the last working day when the deadline is a Sunday', () => {
    const reminders = upcomingReminders(calendar, '2026-03-01', { offsetsInWorkingDays: [0], hourOfDay: 9 }, 0);
    expect(reminders.map((r) => [r.day, iso(r.at)])).toEqual([['2026-02-27', '2026-02-27T02:00:00.000Z']]);
  });

  it('sends one reminder when two offsets land on the same instant', () => {
    const reminders = upcomingReminders(calendar, '2026-03-03', { offsetsInWorkingDays: [1, 1, 0], hourOfDay: 8 }, 0);
    expect(reminders).toHaveLength(2);
  });
});
