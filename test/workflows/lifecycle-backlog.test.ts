// Backlog: a task registered months after its deadline (an import of old directives) takes at once the
// escalation level its overdue working days call for, with one notice naming the levels passed over.
import { TaskMachine } from '../../src/domain/task';
import { Scenario, scenarioPerTest } from '../support/scenario';
import { actors, taskInput } from '../support/tasks';

const scenario = scenarioPerTest();
let s: Scenario;
beforeEach(() => {
  s = scenario();
});

it('climbs straight to the chairman when registered four months overdue: one escalation mail, not four', async () => {
  await s.run(async () => {
    // The test server's clock starts at the real date (from 2026-11 on): 15/7/2026 is months behind it.
    await s.start(taskInput({ deadline: { precision: 'day', date: '2026-07-15' } }));
    await s.settled();
    const view = await s.view();
    expect(view).toMatchObject({ status: 'overdue', state: { escalationLevel: 4 } });
    const escalated = view.state.history.filter((e) => e.action === 'escalated');
    expect(escalated).toHaveLength(1);
    expect(escalated[0]!.details).toMatchObject({ level: 4, to: 'chairman', skippedLevels: [1, 2, 3] });
    expect(escalated[0]!.details.overdueWorkingDays).toBeGreaterThan(60);
    await s.handle.terminate('test over');
  });
  expect(s.mails().map(([key]) => key)).toEqual(['assigned/0', 'deadline/0', 'escalation/0/4']);
  const mail = s.transport.sent.find((m) => m.key.endsWith('escalation/0/4'))!;
  expect(mail.to.map((r) => r.email)).toEqual(['ct.b@example.gov.vn']);
  expect(mail.text).toContain('các cấp 1, 2, 3 đã qua nên báo cáo thẳng cấp 4');
});

it('takes only the levels already due when registered a few working days late, and the next level on its day', async () => {
  let start = 0;
  await s.run(async () => {
    start = await s.env.currentTimeMs();
    const calendar = TaskMachine.assign(taskInput(), start).calendar;
    const today = calendar.localDateOf(start);
    // Deadline 4 working days back: levels 1 (+1) and 2 (+3 working days, 08:00) are past; 3 (+5) is still ahead.
    const deadline = calendar.addWorkingDays(today, -4);
    await s.start(taskInput({ deadline: { precision: 'day', date: deadline } }));
    await s.settled();
    expect((await s.view()).state.escalationLevel).toBe(2);
    await s.act('acknowledge', { actor: actors.officer });
    await s.advanceTo(new Date(calendar.instantAt(calendar.addWorkingDays(deadline, 5), 10)).toISOString());
    expect((await s.view()).state.escalationLevel).toBe(3);
    await s.handle.terminate('test over');
  });
  expect(s.mails().map(([key]) => key).filter((k) => k.startsWith('escalation'))).toEqual(['escalation/0/2', 'escalation/0/3']);
});
