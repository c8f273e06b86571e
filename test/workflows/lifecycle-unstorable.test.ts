// Text PostgreSQL cannot store (a NUL, a lone surrogate) sent straight to a workflow, past the API that
// refuses it: the notice and the register write that cannot happen are noted in the task's history,
// and the task goes on: later reminders are sent and later events reach the register.
import type { HistoryEntry } from '../../src/domain/task';
import { findUnstorableText } from '../../src/domain/text';
import { Scenario, scenarioPerTest } from '../support/scenario';
import { SGTVT, actors, taskInput } from '../support/tasks';

const scenario = scenarioPerTest();
let s: Scenario;
beforeEach(() => {
  s = scenario();
});

const entries = (history: HistoryEntry[], action: string) => history.filter((h) => h.action === action);

/** The register's event log for a task once it has caught up with `lastSeq` (events are written in real time). */
async function loggedEvents(taskId: string, lastSeq: number): Promise<{ seq: number; action: string; details: Record<string, unknown> }[]> {
  for (let i = 0; ; i++) {
    const { rows } = await s.register.query<{ last_seq: number }>('SELECT last_seq FROM tasks WHERE task_id = $1', [taskId]);
    if (rows[0]?.last_seq === lastSeq) break;
    if (i > 600) throw new Error(`the register's row for ${taskId} did not reach #${lastSeq}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return (await s.register.query<{ seq: number; action: string; details: Record<string, unknown> }>('SELECT seq, action, details FROM task_events WHERE task_id = $1 ORDER BY seq', [taskId])).rows;
}

it('notes a completion report with a NUL it could neither mail nor record, and the task carries on to completion', async () => {
  const input = taskInput();
  let final!: Awaited<ReturnType<typeof s.view>>;
  await s.run(async () => {
    await s.start(input);
    await s.act('acknowledge', { actor: actors.officer });
    await s.advanceTo('2031-02-27T03:00:00Z');
    await s.act('submit_completion', { actor: actors.officer, summary: 'Đã hoàn thành\u0000', documents: ['12/BC-SXD\ud800'] });
    const returned = await s.act('review_completion', { actor: actors.office, decision: 'return', reason: 'Báo cáo có ký tự lỗi, đề nghị gửi lại' });
    expect(returned.status).toBe('in_progress');
    await s.advanceTo('2031-03-04T03:00:00Z');
    await s.act('submit_completion', { actor: actors.officer, summary: 'Đã hoàn thành', documents: ['12/BC-SXD'] });
    expect((await s.act('review_completion', { actor: actors.office, decision: 'accept' })).status).toBe('completed_on_time');
    final = await s.handle.result();
  });

  expect(s.mails().slice(1)).toEqual([
    ['reminder/0/7', '2031-02-26T01:00:00.000Z'],
    ['completion/1/returned', '2031-02-27T03:00:00.000Z'], // completion/1/submitted could not be sent
    ['reminder/0/3', '2031-03-04T01:00:00.000Z'],
    ['completion/2/submitted', '2031-03-04T03:00:00.000Z'],
    ['completion/2/accepted', '2031-03-04T03:00:00.000Z'],
  ]);

  const { history } = final.state;
  const submitted = entries(history, 'completion_submitted')[0]!;
  const [notificationFailed] = entries(history, 'notification_failed');
  // The notice and the register write run at the same time: each failure is noted as it comes back.
  expect(notificationFailed).toMatchObject({
    details: { key: 'completion/1/submitted', kind: 'completion_submitted', error: expect.stringContaining('facts.summary (NUL character)') },
  });
  expect(notificationFailed!.seq).toBeGreaterThan(submitted.seq);
  const [writeFailed, ...more] = entries(history, 'register_write_failed');
  expect(more).toEqual([]);
  expect(writeFailed).toMatchObject({
    actor: { id: 'system' },
    details: { seqs: [submitted.seq], type: 'UNSTORABLE_TEXT', error: expect.stringContaining('details.summary (NUL character)') },
  });
  expect(writeFailed!.details.error).toContain('details.documents[0] (lone UTF-16 surrogate)');
  expect(findUnstorableText([notificationFailed, writeFailed])).toEqual([]); // the notes do not copy the text

  // Everything but the skipped entry reached the register, both notes among them; the row is current.
  const logged = await loggedEvents(input.taskId, history.length);
  expect(logged.map((e) => e.seq)).toEqual(history.map((h) => h.seq).filter((seq) => seq !== submitted.seq));
  expect(logged.map((e) => e.action)).toContain('notification_failed');
  expect(logged.map((e) => e.action)).toEqual(expect.arrayContaining(['register_write_failed', 'completion_returned', 'reminder_sent', 'completion_accepted']));
  const row = (await s.register.query('SELECT status, last_seq FROM tasks WHERE task_id = $1', [input.taskId])).rows[0];
  expect(row).toEqual({ status: 'completed_on_time', last_seq: history.length });
  const reports = (await s.register.query('SELECT number, outcome FROM reports WHERE task_id = $1 AND kind = $2', [input.taskId, 'completion'])).rows;
  expect(reports).toEqual([{ number: 2, outcome: 'accepted' }]);
});

it('keeps reminding when a reassignment leaves the register row itself unstorable, noting each write it skips', async () => {
  const input = taskInput();
  let view!: Awaited<ReturnType<typeof s.view>>;
  await s.run(async () => {
    await s.start(input);
    await s.act('acknowledge', { actor: actors.officer });
    await s.advanceTo('2031-02-24T03:00:00Z');
    await s.act('reassign', { actor: actors.office, newLeadAgency: { ...SGTVT, id: 'so-giao-thong\u0000' }, reason: 'Đúng chức năng Sở GTVT' });
    await s.act('acknowledge', { actor: { ...actors.newLeadOfficer, agencyId: 'so-giao-thong\u0000' } });
    await s.advanceTo('2031-03-05T00:00:00Z');
    view = await s.view();
    await s.handle.terminate('test over');
  });
  expect(s.mails().slice(1)).toEqual([
    ['reassigned/1/away', '2031-02-24T03:00:00.000Z'],
    ['assigned/1', '2031-02-24T03:00:00.000Z'],
    ['reminder/0/7', '2031-02-26T01:00:00.000Z'],
    ['reminder/0/3', '2031-03-04T01:00:00.000Z'],
  ]);
  expect(s.transport.sent.at(-1)!.to[0]!.email).toBe('sogtvt@example.gov.vn');
  const notes = entries(view.state.history, 'register_write_failed');
  expect(notes.length).toBeGreaterThanOrEqual(2);
  for (const note of notes) expect(note.details.error).toContain('row.lead_agency_id (NUL character)');
  // The register kept what it had before the reassignment and nothing after it.
  const logged = await s.register.query<{ action: string }>('SELECT action FROM task_events WHERE task_id = $1 ORDER BY seq', [input.taskId]);
  expect(logged.rows.map((e) => e.action)).toEqual(['assigned', 'acknowledged']);
});
