// Why a timed notice falls on its day, as the task page's timeline says it.
import { DEFAULT_CALENDAR_DATA, WorkingCalendar } from '../../src/domain/calendar';
import { DEFAULT_TASK_POLICY } from '../../src/domain/task';
import { explainTimedEvent } from '../../src/domain/task/explain';

const calendar = new WorkingCalendar(DEFAULT_CALENDAR_DATA);
const at8 = (day: string) => calendar.instantAt(day, 8);

describe('explaining a timed event', () => {
  it('names the holidays a reminder skipped when its working days cross Tết', () => {
    const deadline = '2027-02-19';
    const day = calendar.addWorkingDays(deadline, -7);
    const why = explainTimedEvent('reminder/0/7', at8(day), DEFAULT_TASK_POLICY, calendar)!;
    expect(why).toMatchObject({ rule: 'reminder', day, anchor: 'deadline', anchorDay: deadline, workingDays: 7, direction: 'before' });
    expect(why.daysOffSkipped.length).toBeGreaterThan(0);
    expect(why.daysOffSkipped.every((d) => d.date > day && d.date < deadline && calendar.dayOff(d.date)?.name === d.name)).toBe(true);
    expect(why.weekendDaysSkipped).toBeGreaterThan(0);
  });

  it('counts an escalation level from the deadline and names whom it goes to', () => {
    const deadline = '2026-12-22';
    const step = DEFAULT_TASK_POLICY.escalation[1]!;
    const day = calendar.addWorkingDays(deadline, step.afterWorkingDays);
    const why = explainTimedEvent('escalation/0/2', at8(day), DEFAULT_TASK_POLICY, calendar)!;
    expect(why).toMatchObject({ rule: 'escalation', level: 2, target: step.to, anchorDay: deadline, workingDays: step.afterWorkingDays, direction: 'after' });
  });

  it('gives no why for a notice an action caused', () => {
    expect(explainTimedEvent('completion/1/returned', at8('2026-12-01'), DEFAULT_TASK_POLICY, calendar)).toBeNull();
  });
});
