// Reminders, the deadline report, the escalation ladder and periodic requests, with the exact instants
// they fall due (08:00 in Hanoi = 01:00Z). Dates lie in 2031 so they stay ahead of the test server's clock.
import { DEFAULT_CALENDAR_DATA, WorkingCalendar } from '../../src/domain/calendar';
import { searchAttributes } from '../../src/workflows/contract';
import { Scenario, scenarioPerTest } from '../support/scenario';
import { actors, taskInput } from '../support/tasks';

const calendar = new WorkingCalendar(DEFAULT_CALENDAR_DATA);
const scenario = scenarioPerTest();
let s: Scenario;
beforeEach(() => {
  s = scenario();
});

it('completes on time: reminders until the report, none while the office reviews it', async () => {
  await s.run(async () => {
    await s.start(taskInput({ deadline: { precision: 'day', date: '2031-03-07' } }));
    await s.act('acknowledge', { actor: actors.officer });
    await s.advanceTo('2031-03-05T03:00:00Z');
    await s.act('submit_completion', { actor: actors.officer, summary: 'Đã giải ngân 100% kế hoạch vốn', documents: ['123/BC-SXD'] });
    await s.advanceTo('2031-03-06T02:00:00Z');
    const accepted = await s.act('review_completion', { actor: actors.office, decision: 'accept' });
    expect(accepted.status).toBe('completed_on_time');
    expect((await s.handle.result()).status).toBe('completed_on_time');
  });
  expect(s.mails().slice(1)).toEqual([
    ['reminder/0/7', '2031-02-26T01:00:00.000Z'],
    ['reminder/0/3', '2031-03-04T01:00:00.000Z'],
    ['completion/1/submitted', '2031-03-05T03:00:00.000Z'],
    ['completion/1/accepted', '2031-03-06T02:00:00.000Z'],
  ]);
  expect(s.mails()[0]![0]).toBe('assigned/0');
  expect(s.transport.sent[0]!.to.map((r) => r.email)).toEqual(['soxaydung@example.gov.vn', 'sotaichinh@example.gov.vn']);
  expect(s.transport.sent.find((m) => m.key.endsWith('completion/1/submitted'))!.to[0]!.email).toBe('vanphong@example.gov.vn');
});

it('completes late when the accepted report was submitted after the deadline', async () => {
  await s.run(async () => {
    await s.start(taskInput({ deadline: { precision: 'day', date: '2031-03-07' } }));
    await s.act('acknowledge', { actor: actors.head });
    await s.advanceTo('2031-03-11T03:00:00Z');
    await s.act('submit_completion', { actor: actors.officer, summary: 'Hoàn thành', documents: [] });
    await s.advanceTo('2031-03-13T03:00:00Z'); // past escalation level 2's time: no escalation while under review
    const done = await s.act('review_completion', { actor: actors.office, decision: 'accept' });
    expect(done.status).toBe('completed_late');
    expect(done.state.escalationLevel).toBe(1);
  });
  expect(s.mails().slice(1).map(([k]) => k)).toEqual([
    'reminder/0/7', 'reminder/0/3', 'reminder/0/1', 'reminder/0/0', 'deadline/0', 'escalation/0/1', 'completion/1/submitted', 'completion/1/accepted',
  ]);
});

it.each([
  ['across 30/4–1/5 and a weekend', '2031-05-05', ['2031-04-22', '2031-04-28', '2031-05-02', '2031-05-05']],
  ['across Tết 2031 and its compensatory days', '2031-02-05', ['2031-01-20', '2031-01-31', '2031-02-04', '2031-02-05']],
])('sends no reminder on weekends or holidays (%s)', async (_label, deadline, days) => {
  await s.run(async () => {
    await s.start(taskInput({ deadline: { precision: 'day', date: deadline } }));
    await s.act('acknowledge', { actor: actors.officer });
    await s.advanceTo(`${deadline}T10:00:00Z`);
  });
  expect(s.mails().slice(1)).toEqual(days.map((d, i) => [`reminder/0/${[7, 3, 1, 0][i]}`, `${d}T01:00:00.000Z`]));
  for (const mail of s.transport.sent.slice(1)) expect(calendar.isWorkingDay(calendar.localDateOf(s.dueAt(mail)))).toBe(true);
});

it('demands the report at the deadline, climbs the escalation ladder, then sends weekly notices', async () => {
  await s.run(async () => {
    await s.start(taskInput({ deadline: { precision: 'day', date: '2031-03-07' } }));
    await s.act('acknowledge', { actor: actors.officer });
    await s.advanceTo('2031-03-08T00:00:00Z');
    expect((await s.view()).status).toBe('overdue');
    await s.advanceTo('2031-04-05T00:00:00Z');
    const view = await s.view();
    expect(view).toMatchObject({ status: 'overdue', state: { escalationLevel: 4 } });
    const attributes = (await s.handle.describe()).typedSearchAttributes;
    expect(attributes.get(searchAttributes.status)).toBe('overdue');
    expect(attributes.get(searchAttributes.escalationLevel)).toBe(4);
    await s.handle.terminate('test over');
  });
  expect(s.mails().slice(5)).toEqual([
    ['deadline/0', '2031-03-07T17:00:00.000Z'],
    ['escalation/0/1', '2031-03-10T01:00:00.000Z'],
    ['escalation/0/2', '2031-03-12T01:00:00.000Z'],
    ['escalation/0/3', '2031-03-14T01:00:00.000Z'],
    ['escalation/0/4', '2031-03-21T01:00:00.000Z'],
    ['overdue-notice/0/1', '2031-03-28T01:00:00.000Z'],
    ['overdue-notice/0/2', '2031-04-04T01:00:00.000Z'],
  ]);
  const to = (key: string) => s.transport.sent.find((m) => m.key.endsWith(key))!.to.map((r) => r.email);
  expect(to('deadline/0')).toEqual(['soxaydung@example.gov.vn']);
  expect(to('escalation/0/1')).toEqual(['gd.sxd@example.gov.vn']);
  expect(to('escalation/0/2')).toEqual(['vanphong@example.gov.vn']);
  expect(to('escalation/0/3')).toEqual(['pct.a@example.gov.vn']);
  expect(to('escalation/0/4')).toEqual(['ct.b@example.gov.vn']);
});

it('reminds the agency head when receipt is not acknowledged within 2 working days', async () => {
  await s.run(async () => {
    await s.start(taskInput({ deadline: { precision: 'day', date: '2031-03-07' } }));
    // Counted from the day the workflow recorded the assignment (a clock read before starting it may fall on the day before).
    const { assignedAt } = (await s.view()).state;
    const due = calendar.instantAt(calendar.addWorkingDays(calendar.localDateOf(assignedAt), 2), 8);
    await s.advanceTo(new Date(due + 60_000).toISOString());
    await s.act('acknowledge', { actor: actors.officer });
    await s.advanceTo(new Date(due + 10 * 86_400_000).toISOString());
    expect(s.mails().map(([k]) => k)).toEqual(['assigned/0', 'ack-reminder/0']);
    expect(s.mails()[1]![1]).toBe(new Date(due).toISOString());
    expect(s.transport.sent[1]!.to[0]!.email).toBe('gd.sxd@example.gov.vn');
    await s.handle.terminate('test over');
  });
});

it('asks a task without a deadline for a progress report at each month end, and never makes it overdue', async () => {
  await s.run(async () => {
    await s.start(taskInput({ deadline: { precision: 'none' } }));
    await s.act('acknowledge', { actor: actors.officer });
    const start = await s.env.currentTimeMs();
    await s.advanceTo(new Date(start + 100 * 86_400_000).toISOString());
    expect((await s.view()).status).toBe('no_deadline');
    await s.handle.terminate('test over');
  });
  const requests = s.transport.sent.filter((m) => m.key.includes('/progress-request/'));
  expect(requests.length).toBeGreaterThanOrEqual(3);
  for (const mail of requests) {
    const day = calendar.localDateOf(s.dueAt(mail));
    expect(s.dueAt(mail)).toBe(calendar.instantAt(day, 8));
    expect(calendar.isWorkingDay(day)).toBe(true);
    expect(calendar.nextWorkingDay(day).slice(0, 7)).not.toBe(day.slice(0, 7)); // the month's last working day
    expect(mail.key.endsWith(`progress-request/${day.slice(0, 7)}`)).toBe(true);
  }
  expect(s.transport.sent.some((m) => /reminder|deadline|escalation/.test(m.key))).toBe(false);
});
