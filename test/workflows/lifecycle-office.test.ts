// The office's actions: review (return, then accept), withdraw, hold and resume, refusal followed by
// reassignment or insistence, progress notes, and a calendar correction that moves a pending reminder.
import { DEFAULT_CALENDAR_DATA, statutoryYear } from '../../src/domain/calendar';
import { correctCalendar } from '../../src/workflows/contract';
import { Scenario, scenarioPerTest } from '../support/scenario';
import { SGTVT, actors, taskInput } from '../support/tasks';

const scenario = scenarioPerTest();
let s: Scenario;
beforeEach(() => {
  s = scenario();
});

it('returns a completion report with a reason, then accepts the second one', async () => {
  await s.run(async () => {
    await s.start(taskInput());
    await s.act('acknowledge', { actor: actors.officer });
    await s.advanceTo('2031-02-27T03:00:00Z');
    await s.act('submit_completion', { actor: actors.officer, summary: 'Đã hoàn thành', documents: ['10/BC-SXD'] });
    await s.advanceTo('2031-03-05T03:00:00Z');
    const returned = await s.act('review_completion', { actor: actors.office, decision: 'return', reason: 'Thiếu số liệu giải ngân quý I' });
    expect(returned).toMatchObject({ status: 'in_progress', state: { completion: null } });
    await s.advanceTo('2031-03-06T03:00:00Z');
    await s.act('submit_completion', { actor: actors.officer, summary: 'Bổ sung số liệu quý I', documents: ['11/BC-SXD'] });
    const accepted = await s.act('review_completion', { actor: actors.office, decision: 'accept' });
    expect(accepted.status).toBe('completed_on_time');
    await s.handle.result();
  });
  expect(s.mails().slice(1)).toEqual([
    ['reminder/0/7', '2031-02-26T01:00:00.000Z'],
    ['completion/1/submitted', '2031-02-27T03:00:00.000Z'],
    ['review/1/reminder', '2031-03-04T01:00:00.000Z'], // no task reminder while under review
    ['completion/1/returned', '2031-03-05T03:00:00.000Z'],
    ['reminder/0/1', '2031-03-06T01:00:00.000Z'],
    ['completion/2/submitted', '2031-03-06T03:00:00.000Z'],
    ['completion/2/accepted', '2031-03-06T03:00:00.000Z'],
  ]);
  expect(s.transport.sent.find((m) => m.key.endsWith('completion/1/returned'))!.text).toContain('Lý do trả lại: Thiếu số liệu giải ngân quý I');
});

it('withdraws a task: the agencies are told, the workflow ends, nothing more is sent', async () => {
  await s.run(async () => {
    await s.start(taskInput());
    await s.act('acknowledge', { actor: actors.officer });
    await s.advanceTo('2031-03-01T00:00:00Z');
    const withdrawn = await s.act('withdraw', { actor: actors.office, reason: 'Nội dung đã được xử lý tại văn bản khác' });
    expect(withdrawn.status).toBe('withdrawn');
    expect((await s.handle.result()).status).toBe('withdrawn');
    expect((await s.handle.describe()).status.name).toBe('COMPLETED');
  });
  expect(s.mails().slice(1).map(([k]) => k)).toEqual(['reminder/0/7', 'withdrawn']);
  expect(s.transport.sent.at(-1)!.to.map((r) => r.email)).toEqual(['soxaydung@example.gov.vn', 'sotaichinh@example.gov.vn']);
});

it('holds a task (no reminders, no deadline) and on resume shifts the deadline by the working days held', async () => {
  await s.run(async () => {
    await s.start(taskInput());
    await s.act('acknowledge', { actor: actors.officer });
    await s.advanceTo('2031-02-25T03:00:00Z');
    expect((await s.act('hold', { actor: actors.office, reason: 'Chờ chủ trương của Thành ủy' })).status).toBe('on_hold');
    await s.advanceTo('2031-03-12T03:00:00Z');
    expect((await s.view()).state.overdue).toBe(false);
    const resumed = await s.act('resume', { actor: actors.office });
    expect(resumed.state.deadline).toMatchObject({ day: '2031-03-24', version: 1 }); // 11 working days held
    expect(resumed.state.history.at(-1)).toMatchObject({ action: 'resumed', details: { heldWorkingDays: 11 } });
    await s.advanceTo('2031-03-25T00:00:00Z');
    await s.handle.terminate('test over');
  });
  expect(s.mails().slice(1)).toEqual([
    ['hold/1', '2031-02-25T03:00:00.000Z'],
    ['hold/1/resumed', '2031-03-12T03:00:00.000Z'],
    ['reminder/1/7', '2031-03-13T01:00:00.000Z'],
    ['reminder/1/3', '2031-03-19T01:00:00.000Z'],
    ['reminder/1/1', '2031-03-21T01:00:00.000Z'],
    ['reminder/1/0', '2031-03-24T01:00:00.000Z'],
    ['deadline/1', '2031-03-24T17:00:00.000Z'],
  ]);
});

it('keeps the clock running after a refusal, reminds the office, and hands the task to the new lead agency', async () => {
  await s.run(async () => {
    await s.start(taskInput());
    await s.act('acknowledge', { actor: actors.officer });
    await s.advanceTo('2031-02-24T03:00:00Z');
    const refused = await s.act('refuse', { actor: actors.head, reason: 'Thuộc thẩm quyền Sở Giao thông vận tải' });
    expect(refused.status).toBe('refused');
    await s.advanceTo('2031-02-28T03:00:00Z');
    const reassigned = await s.act('reassign', { actor: actors.office, newLeadAgency: SGTVT, reason: 'Đúng chức năng Sở GTVT' });
    expect(reassigned).toMatchObject({ status: 'assigned', state: { leadAgency: { id: 'so-giao-thong' }, refusal: null } });
    await s.advanceTo('2031-03-04T03:00:00Z');
    expect(await s.rejection('report_progress', { actor: actors.officer, note: 'Sở Xây dựng vẫn cập nhật' })).toMatchObject({ code: 'NOT_INVOLVED_AGENCY' });
    expect((await s.act('acknowledge', { actor: actors.newLeadOfficer })).status).toBe('due_soon'); // 3 working days left
    await s.handle.terminate('test over');
  });
  expect(s.mails().slice(1)).toEqual([
    ['refusal/1', '2031-02-24T03:00:00.000Z'],
    ['reminder/0/7', '2031-02-26T01:00:00.000Z'],
    ['refusal/1/reminder', '2031-02-27T01:00:00.000Z'],
    ['reassigned/1/away', '2031-02-28T03:00:00.000Z'],
    ['assigned/1', '2031-02-28T03:00:00.000Z'],
    ['ack-reminder/1', '2031-03-04T01:00:00.000Z'],
    ['reminder/0/3', '2031-03-04T01:00:00.000Z'],
  ]);
  const to = (key: string) => s.transport.sent.find((m) => m.key.endsWith(key))!.to[0]!.email;
  expect(to('refusal/1')).toBe('vanphong@example.gov.vn');
  expect(to('reminder/0/7')).toBe('soxaydung@example.gov.vn');
  expect(to('assigned/1')).toBe('sogtvt@example.gov.vn');
  expect(to('ack-reminder/1')).toBe('gd.sgtvt@example.gov.vn');
  expect(to('reminder/0/3')).toBe('sogtvt@example.gov.vn');
});

it('lets the office insist after a refusal, and records progress and coordinating notes in the history', async () => {
  await s.run(async () => {
    await s.start(taskInput());
    await s.act('refuse', { actor: actors.officer, reason: 'Không thuộc thẩm quyền' });
    const insisted = await s.act('insist', { actor: actors.office, comment: 'Đúng chức năng; đề nghị thực hiện' });
    expect(insisted.status).toBe('in_progress');
    await s.act('report_progress', { actor: actors.officer, percent: 40, note: 'Đã khảo sát hiện trạng' });
    const noted = await s.act('report_progress', { actor: actors.coordinator, note: 'Sở Tài chính đã bố trí vốn' });
    expect(noted.state.progressPercent).toBe(40);
    expect(noted.state.history.map((h) => [h.action, h.actor.id])).toEqual([
      ['assigned', 'system'],
      ['refused', 'cb-sxd-1'],
      ['insisted', 'vp-1'],
      ['progress_reported', 'cb-sxd-1'],
      ['progress_reported', 'cb-stc-1'],
    ]);
    expect(noted.state.history.map((h) => h.seq)).toEqual([1, 2, 3, 4, 5]);
    await s.handle.terminate('test over');
  });
  expect(s.mails().map(([k]) => k)).toEqual(['assigned/0', 'refusal/1', 'refusal/1/insisted']);
});

it('moves a pending reminder when the holiday calendar is corrected; reminders already sent stay sent', async () => {
  await s.run(async () => {
    await s.start(taskInput());
    await s.act('acknowledge', { actor: actors.officer });
    await s.advanceTo('2031-02-27T00:00:00Z'); // the 7-day reminder went out on 26/02
    const y2031 = statutoryYear(2031);
    await s.handle.signal(correctCalendar, {
      actor: actors.admin,
      calendar: {
        ...DEFAULT_CALENDAR_DATA,
        years: [...DEFAULT_CALENDAR_DATA.years, { ...y2031, status: 'published', daysOff: [...y2031.daysOff, { date: '2031-03-04', kind: 'holiday', name: 'Nghỉ đặc biệt' }] }],
      },
    });
    await s.advanceTo('2031-03-05T00:00:00Z');
    await s.handle.terminate('test over');
  });
  expect(s.mails().slice(1)).toEqual([
    ['reminder/0/7', '2031-02-26T01:00:00.000Z'],
    ['reminder/0/3', '2031-03-03T01:00:00.000Z'], // was 04/03, now a day off
  ]);
});
