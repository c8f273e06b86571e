// Refused actions change nothing and say why; long-lived tasks continue-as-new with their state intact.
import { WorkflowNotFoundError } from '@temporalio/client';
import { rebuildTaskTable } from '../../src/db/event-log';
import { DEFAULT_TASK_POLICY } from '../../src/domain/task';
import type { ActionArgs, TaskView, UpdateActionType } from '../../src/workflows/contract';
import { Scenario, scenarioPerTest } from '../support/scenario';
import { SXD, actors, taskInput } from '../support/tasks';

const scenario = scenarioPerTest();
let s: Scenario;
beforeEach(() => {
  s = scenario();
});

type Case = [string, UpdateActionType, object, string];
/** The state minus notifications still queued for delivery (they drain asynchronously). */
const settled = (view: TaskView) => ({ ...view, state: { ...view.state, outbox: [] } });
const extension = { reason: 'Lý do', plan: 'Kế hoạch' };

const refusedAtStart: Case[] = [
  ['a coordinating agency acknowledges', 'acknowledge', { actor: actors.coordinator }, 'NOT_LEAD_AGENCY'],
  ['the office acknowledges for the agency', 'acknowledge', { actor: actors.office }, 'NOT_LEAD_AGENCY'],
  ['an actor without a role', 'acknowledge', { actor: { id: 'x', name: 'X' } as never }, 'FIELD_REQUIRED'],
  ['progress above 100 %', 'report_progress', { actor: actors.officer, percent: 150, note: 'x' }, 'INVALID_PERCENT'],
  ['a coordinator sets the percentage', 'report_progress', { actor: actors.coordinator, percent: 10, note: 'x' }, 'NOT_LEAD_AGENCY'],
  ['progress without a note', 'report_progress', { actor: actors.officer, note: '  ' }, 'FIELD_REQUIRED'],
  ['a completion report without a summary', 'submit_completion', { actor: actors.officer, summary: '', documents: [] }, 'FIELD_REQUIRED'],
  ['a review with nothing to review', 'review_completion', { actor: actors.office, decision: 'accept' }, 'WRONG_STATE'],
  ['a coordinator proposes an extension', 'propose_extension', { actor: actors.coordinator, ...extension, proposedDeadline: '2031-03-21' }, 'NOT_LEAD_AGENCY'],
  ['an extension to a Saturday', 'propose_extension', { actor: actors.officer, ...extension, proposedDeadline: '2031-03-08' }, 'NOT_WORKING_DAY'],
  ['an extension to Tết', 'propose_extension', { actor: actors.officer, ...extension, proposedDeadline: '2031-01-23' }, 'NOT_WORKING_DAY'],
  ['an extension earlier than the deadline', 'propose_extension', { actor: actors.officer, ...extension, proposedDeadline: '2031-03-05' }, 'DEADLINE_NOT_LATER'],
  ['an extension to 30/02', 'propose_extension', { actor: actors.officer, ...extension, proposedDeadline: '2031-02-30' }, 'INVALID_DATE'],
  ['an extension without a reason', 'propose_extension', { actor: actors.officer, reason: '', plan: 'x', proposedDeadline: '2031-03-21' }, 'REASON_REQUIRED'],
  ['a decision with nothing pending', 'decide_extension', { actor: actors.leader, decision: 'approve' }, 'NO_EXTENSION_PENDING'],
  ['an agency withdraws the task', 'withdraw', { actor: actors.head, reason: 'x' }, 'FORBIDDEN_ROLE'],
  ['a withdrawal without a reason', 'withdraw', { actor: actors.office, reason: '' }, 'REASON_REQUIRED'],
  ['a reassignment to the same agency', 'reassign', { actor: actors.office, newLeadAgency: SXD, reason: 'x' }, 'SAME_AGENCY'],
  ['a reassignment to an agency with a bad email', 'reassign', { actor: actors.office, newLeadAgency: { ...SXD, id: 'y', email: 'not-an-email' }, reason: 'x' }, 'INVALID_AGENCY'],
  ['a deadline amended into the past', 'amend_deadline', { actor: actors.office, newDeadline: '2026-01-05', reason: 'x' }, 'DEADLINE_IN_PAST'],
  ['a leader amends the deadline', 'amend_deadline', { actor: actors.leader, newDeadline: '2031-03-21', reason: 'x' }, 'FORBIDDEN_ROLE'],
  ['a resume of a task not on hold', 'resume', { actor: actors.office }, 'WRONG_STATE'],
  ['insisting on a task not refused', 'insist', { actor: actors.office, comment: 'x' }, 'WRONG_STATE'],
];

it('refuses every invalid action with its code and a Vietnamese and English reason, changing nothing', async () => {
  await s.run(async () => {
    await s.start(taskInput());
    const before = await s.view();
    for (const [label, type, args, code] of refusedAtStart) {
      const refused = await s.rejection(type, args as ActionArgs<typeof type>);
      expect({ label, code: refused.code }).toEqual({ label, code });
      expect(refused.message).toMatch(/ \/ /); // "tiếng Việt / English"
    }
    expect(settled(await s.view())).toEqual(settled(before));

    await s.act('propose_extension', { actor: actors.officer, ...extension, proposedDeadline: '2031-03-21' });
    const pending = await s.view();
    expect((await s.rejection('propose_extension', { actor: actors.officer, ...extension, proposedDeadline: '2031-03-28' })).code).toBe('EXTENSION_PENDING');
    expect((await s.rejection('decide_extension', { actor: actors.officer, decision: 'approve' })).code).toBe('NOT_APPROVER');
    expect((await s.rejection('decide_extension', { actor: actors.otherLeader, decision: 'approve' })).code).toBe('NOT_APPROVER');
    expect((await s.rejection('decide_extension', { actor: actors.leader, decision: 'reject' })).code).toBe('REASON_REQUIRED');
    expect((await s.rejection('decide_extension', { actor: actors.leader, decision: 'approve', newDeadline: '2031-03-07' })).code).toBe('DEADLINE_NOT_LATER');
    expect(settled(await s.view())).toEqual(settled(pending));

    await s.act('withdraw', { actor: actors.office, reason: 'Thu hồi' });
    // Until the workflow has written its last mail and events it is still running, and its validator
    // refuses (TASK_CLOSED); wait for it to end, as this is about the ended task.
    expect((await s.handle.result()).status).toBe('withdrawn');
    // The workflow has ended: Temporal itself refuses any further Update (the API answers 409 TASK_CLOSED).
    await expect(s.act('report_progress', { actor: actors.officer, note: 'x' })).rejects.toThrow(WorkflowNotFoundError);
  });
});

it('continues as new before the history grows large, with state, history and sent notices intact', async () => {
  await s.run(async () => {
    await s.start(taskInput({ policy: { ...DEFAULT_TASK_POLICY, continueAsNewAfterEvents: 100 } }));
    const firstRun = (await s.handle.describe()).runId;
    await s.act('acknowledge', { actor: actors.officer });
    await s.act('report_progress', { actor: actors.officer, percent: 30, note: 'Đang triển khai' });
    await s.advanceTo('2031-09-30T00:00:00Z'); // 28 weekly notices after the ladder
    const view = await s.view();
    expect((await s.handle.describe()).runId).not.toBe(firstRun);
    expect(view.state).toMatchObject({ progressPercent: 30, escalationLevel: 4, overdue: true, acknowledgedAt: expect.any(Number) });
    expect(view.state.history.slice(0, 3).map((h) => h.action)).toEqual(['assigned', 'acknowledged', 'progress_reported']);
    expect(view.state.history.map((h) => h.seq)).toEqual(view.state.history.map((_, i) => i + 1));
    await s.handle.terminate('test over');
  });
  const keys = s.transport.sent.map((m) => m.key);
  expect(new Set(keys).size).toBe(keys.length); // nothing sent twice across runs
  const notices = keys.filter((k) => k.includes('/overdue-notice/')).map((k) => Number(k.split('/').at(-1)));
  expect(notices).toEqual(notices.map((_, i) => i + 1));
  expect(notices.length).toBeGreaterThan(20);
});

it('writes every history entry to the register once, with a task row that matches the workflow and rebuilds the same', async () => {
  const input = taskInput();
  let final!: TaskView;
  await s.run(async () => {
    await s.start(input);
    await s.act('acknowledge', { actor: actors.officer });
    await s.advanceTo('2031-03-11T03:00:00Z');
    await s.act('submit_completion', { actor: actors.officer, summary: 'Hoàn thành', documents: ['15/BC-SXD'] });
    await s.act('review_completion', { actor: actors.office, decision: 'accept' });
    final = await s.handle.result();
  });
  const events = (await s.register.query<{ seq: number; action: string; actor_id: string }>('SELECT seq, action, actor_id FROM task_events WHERE task_id = $1 ORDER BY seq', [input.taskId])).rows;
  expect(events.map((e) => [e.seq, e.action, e.actor_id])).toEqual(final.state.history.map((h) => [h.seq, h.action, h.actor.id]));
  const row = async () => (await s.register.query('SELECT * FROM tasks WHERE task_id = $1', [input.taskId])).rows[0];
  const before = await row();
  expect(before).toMatchObject({ status: 'completed_late', escalation_level: 1, progress_percent: 100, completed_on_time: false, last_seq: final.state.history.length, lead_agency_id: 'so-xay-dung' });
  await rebuildTaskTable(s.register);
  expect(await row()).toEqual(before);
});

it('records entering "due soon", so the register shows it, and keeps the next notice on the task row', async () => {
  const input = taskInput({ deadline: { precision: 'day', date: '2031-03-07' } });
  const row = async () => (await s.register.query<{ status: string; next_notice_kind: string | null; next_notice_at: Date | null }>('SELECT status, next_notice_kind, next_notice_at FROM tasks WHERE task_id = $1', [input.taskId])).rows[0];
  /** The register is written by an activity after the notices: wait for the row the workflow's state calls for. */
  const rowOnceWritten = async (lastSeq: number) => {
    for (let i = 0; i < 600; i++) {
      const r = (await s.register.query<{ last_seq: number }>('SELECT last_seq FROM tasks WHERE task_id = $1', [input.taskId])).rows[0];
      if (r && r.last_seq >= lastSeq) return row();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`the register did not reach event #${lastSeq}`);
  };
  await s.run(async () => {
    await s.start(input);
    await s.act('acknowledge', { actor: actors.officer });
    const acknowledged = await s.view();
    expect(await rowOnceWritten(acknowledged.state.history.length)).toMatchObject({ status: 'in_progress', next_notice_kind: 'reminder', next_notice_at: new Date('2031-02-26T01:00:00Z') });
    // Three working days before Friday 07/03 the task is due soon, from 00:00 on 04/03 (Hanoi); the reminder is at 08:00.
    await s.advanceTo('2031-03-03T20:00:00Z');
    const dueSoon = await s.view();
    expect(dueSoon.status).toBe('due_soon');
    expect(dueSoon.state.history.map((h) => h.action)).toContain('due_soon_entered');
    expect(await rowOnceWritten(dueSoon.state.history.length)).toMatchObject({ status: 'due_soon', next_notice_kind: 'reminder', next_notice_at: new Date('2031-03-04T01:00:00Z') });
  });
});
