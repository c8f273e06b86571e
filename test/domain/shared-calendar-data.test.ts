// Every task carries its calendar data; open tasks with equal data share one frozen copy of it (and so
// one working calendar), whatever object each was decoded into.
import { DEFAULT_CALENDAR_DATA, sharedCalendarData, type CalendarData } from '../../src/domain/calendar';
import { TaskMachine } from '../../src/domain/task';
import { taskInput } from '../support/tasks';

const at = Date.parse('2031-02-01T02:00:00Z');
/** A copy as a workflow gets it: decoded from its start input's JSON. */
const decoded = (data: CalendarData): CalendarData => JSON.parse(JSON.stringify(data)) as CalendarData;

describe('shared calendar data', () => {
  it('answers equal data with one deep-frozen copy, equal to what was given, leaving the caller\'s object alone', () => {
    const a = decoded(DEFAULT_CALENDAR_DATA);
    const b = decoded(DEFAULT_CALENDAR_DATA);
    const shared = sharedCalendarData(a);
    expect(sharedCalendarData(b)).toBe(shared);
    expect(sharedCalendarData(shared)).toBe(shared);
    expect(shared).toEqual(a);
    expect(shared).not.toBe(a);
    expect(Object.isFrozen(shared) && Object.isFrozen(shared.years) && Object.isFrozen(shared.years[0]!.daysOff[0])).toBe(true);
    expect(Object.isFrozen(a)).toBe(false);
  });

  it('keeps different data apart', () => {
    const corrected = decoded(DEFAULT_CALENDAR_DATA);
    corrected.years[0]!.daysOff.push({ date: `${corrected.years[0]!.year}-12-31`, kind: 'swapped', name: 'Nghỉ hoán đổi' });
    expect(sharedCalendarData(corrected)).not.toBe(sharedCalendarData(decoded(DEFAULT_CALENDAR_DATA)));
    expect(sharedCalendarData(corrected)).toEqual(corrected);
  });

  it('is what task machines hold: two tasks decoded apart count on one working calendar, a correction gets its own', () => {
    const one = TaskMachine.assign({ ...taskInput(), calendar: decoded(DEFAULT_CALENDAR_DATA) }, at);
    const two = new TaskMachine(JSON.parse(JSON.stringify(TaskMachine.assign({ ...taskInput(), calendar: decoded(DEFAULT_CALENDAR_DATA) }, at).state)));
    expect(two.state.calendar).toBe(one.state.calendar);
    expect(two.calendar).toBe(one.calendar);
    const corrected = decoded(DEFAULT_CALENDAR_DATA);
    corrected.years[0]!.daysOff = [];
    two.apply({ type: 'correct_calendar', actor: { id: 'admin', name: 'Quản trị', role: 'admin' }, calendar: corrected }, at);
    expect(two.state.calendar).toEqual(corrected);
    expect(Object.isFrozen(two.state.calendar)).toBe(true);
    expect(two.calendar).not.toBe(one.calendar);
  });
});
