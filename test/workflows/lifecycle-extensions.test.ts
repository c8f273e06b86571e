// Extension proposals: routed to the assigning leader, reminded and escalated when undecided,
// approved (the deadline moves, reminders are rescheduled, overdue and escalation reset) or rejected.
import { Scenario, scenarioPerTest } from '../support/scenario';
import { actors, taskInput } from '../support/tasks';

const scenario = scenarioPerTest();
let s: Scenario;
beforeEach(() => {
  s = scenario();
});

const byTime = (mails: [string, string][]) => [...mails].sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]));

it('approves an extension: the deadline moves and reminders are rescheduled for it', async () => {
  await s.run(async () => {
    await s.start(taskInput());
    await s.act('acknowledge', { actor: actors.officer });
    await s.advanceTo('2031-03-03T03:00:00Z');
    await s.act('propose_extension', {
      actor: actors.officer,
      reason: 'Chờ ý kiến thẩm định của Bộ Xây dựng',
      plan: 'Hoàn thiện hồ sơ trong tuần 2 tháng 3',
      proposedDeadline: '2031-03-21',
    });
    await s.advanceTo('2031-03-04T03:00:00Z');
    const approved = await s.act('decide_extension', { actor: actors.leader, decision: 'approve', comment: 'Đồng ý' });
    expect(approved.state.deadline).toMatchObject({ day: '2031-03-21', version: 1 });
    expect(approved.state.extension).toBeNull();
    await s.advanceTo('2031-03-22T00:00:00Z');
    expect((await s.view()).state).toMatchObject({ overdue: true, escalationLevel: 0 });
    await s.handle.terminate('test over');
  });
  expect(byTime(s.mails().slice(1))).toEqual([
    ['reminder/0/7', '2031-02-26T01:00:00.000Z'],
    ['extension/1/proposed', '2031-03-03T03:00:00.000Z'],
    ['reminder/0/3', '2031-03-04T01:00:00.000Z'],
    ['extension/1/decided', '2031-03-04T03:00:00.000Z'],
    ['reminder/1/7', '2031-03-12T01:00:00.000Z'],
    ['reminder/1/3', '2031-03-18T01:00:00.000Z'],
    ['reminder/1/1', '2031-03-20T01:00:00.000Z'],
    ['reminder/1/0', '2031-03-21T01:00:00.000Z'],
    ['deadline/1', '2031-03-21T17:00:00.000Z'],
  ]);
  const proposed = s.transport.sent.find((m) => m.key.endsWith('extension/1/proposed'))!;
  expect(proposed.to.map((r) => r.email)).toEqual(['pct.a@example.gov.vn']);
  expect(proposed.cc.map((r) => r.email)).toEqual(['vanphong@example.gov.vn']);
  expect(proposed.text).toContain('đề xuất gia hạn đến ngày 21/03/2031');
  expect(s.transport.sent.find((m) => m.key.endsWith('extension/1/decided'))!.subject).toContain('Đồng ý gia hạn nhiệm vụ');
});

it('approves an overdue task with another date: overdue state and escalation level reset', async () => {
  await s.run(async () => {
    await s.start(taskInput());
    await s.act('acknowledge', { actor: actors.officer });
    await s.advanceTo('2031-03-12T03:00:00Z'); // escalated twice
    expect((await s.view()).state.escalationLevel).toBe(2);
    await s.act('propose_extension', { actor: actors.officer, reason: 'Vướng mặt bằng', plan: 'Bàn giao mặt bằng 20/3', proposedDeadline: '2031-04-29' });
    const approved = await s.act('decide_extension', { actor: actors.chairman, decision: 'approve', newDeadline: '2031-04-15', comment: 'Gia hạn ngắn hơn' });
    expect(approved).toMatchObject({ status: 'in_progress', state: { overdue: false, escalationLevel: 0, deadline: { day: '2031-04-15' } } });
    await s.handle.terminate('test over');
  });
});

it('reminds, then escalates, an undecided proposal; a rejection keeps the deadline', async () => {
  await s.run(async () => {
    await s.start(taskInput());
    await s.act('acknowledge', { actor: actors.officer });
    await s.advanceTo('2031-03-03T03:00:00Z'); // Monday
    await s.act('propose_extension', { actor: actors.officer, reason: 'Thiếu kinh phí', plan: 'Trình bổ sung vốn', proposedDeadline: '2031-03-28' });
    await s.advanceTo('2031-03-11T03:00:00Z');
    const rejected = await s.act('decide_extension', { actor: actors.chairman, decision: 'reject', comment: 'Không gia hạn; hoàn thành ngay' });
    expect(rejected).toMatchObject({ status: 'overdue', state: { deadline: { day: '2031-03-07', version: 0 }, extension: null } });
    await s.handle.terminate('test over');
  });
  const mails = byTime(s.mails().slice(1));
  expect(mails.filter(([k]) => k.startsWith('extension/'))).toEqual([
    ['extension/1/proposed', '2031-03-03T03:00:00.000Z'],
    ['extension/1/reminder', '2031-03-06T01:00:00.000Z'],
    ['extension/1/escalation', '2031-03-11T01:00:00.000Z'],
    ['extension/1/decided', '2031-03-11T03:00:00.000Z'],
  ]);
  expect(s.transport.sent.find((m) => m.key.endsWith('extension/1/reminder'))!.to[0]!.email).toBe('pct.a@example.gov.vn');
  expect(s.transport.sent.find((m) => m.key.endsWith('extension/1/escalation'))!.to[0]!.email).toBe('ct.b@example.gov.vn');
  expect(s.transport.sent.find((m) => m.key.endsWith('extension/1/decided'))!.text).toContain('Ý kiến: Không gia hạn; hoàn thành ngay');
  // The ladder kept running on the deadline in force.
  expect(mails.map(([k]) => k)).toEqual(expect.arrayContaining(['deadline/0', 'escalation/0/1']));
});
