// The lifecycle's rules as pure functions: no Temporal, explicit time.
import { DEFAULT_TASK_POLICY, TaskMachine } from '../../src/domain/task';
import { actors, taskInput } from '../support/tasks';

const at = (iso: string) => Date.parse(iso);

describe('a deadline the directive set on a day off', () => {
  const sunday = { precision: 'day', date: '2031-03-09' } as const;

  it('ends at the end of the next working day, and the assignment notice names the day as written', () => {
    const m = TaskMachine.assign(taskInput({ deadline: sunday }), at('2031-02-01T02:00:00Z'));
    expect(m.state.deadline.day).toBe('2031-03-10');
    expect(m.state.outbox[0]!.facts).toMatchObject({ deadline: '10/03/2031', deadlineAsWritten: '09/03/2031' });
  });

  it('quotes a period in its words while the deadline in force is still the directive\'s', () => {
    const period = TaskMachine.assign(taskInput({ deadline: { precision: 'day', date: '2031-03-10' }, deadlineText: 'trong 05 ngày làm việc kể từ ngày ký' }), at('2031-02-01T02:00:00Z'));
    expect(period.state.outbox[0]!.facts).toMatchObject({ deadline: '10/03/2031', deadlineWords: 'trong 05 ngày làm việc kể từ ngày ký' });
    period.apply({ type: 'amend_deadline', actor: actors.office, newDeadline: '2031-03-17', reason: 'Điều chỉnh' }, at('2031-02-02T02:00:00Z'));
    expect(period.state.outbox.at(-1)!.facts).not.toHaveProperty('deadlineWords');
  });

  it('ends on the previous working day when the policy says so, and for tasks started before the rule', () => {
    const previous = TaskMachine.assign(taskInput({ deadline: sunday, policy: { ...DEFAULT_TASK_POLICY, dayOffDeadline: 'previous' } }), at('2031-02-01T02:00:00Z'));
    expect(previous.state.deadline.day).toBe('2031-03-07');
    // A start input from before the rule: its policy has no dayOffDeadline (the schema now fills it in).
    const old = taskInput({ deadline: sunday });
    delete old.policy.dayOffDeadline;
    const legacy = TaskMachine.assign(old, at('2031-02-01T02:00:00Z'));
    expect(legacy.state.deadline.day).toBe('2031-03-07');
  });
});

describe('the task state machine', () => {
  it('is due soon from the start of the day 3 working days before the deadline', () => {
    const m = TaskMachine.assign(taskInput(), at('2031-02-01T00:00:00Z'));
    m.apply({ type: 'acknowledge', actor: actors.officer }, at('2031-02-01T00:00:00Z'));
    m.fireDue(at('2031-03-03T16:59:59Z')); // Monday 23:59 in Hanoi
    expect(m.status()).toBe('in_progress');
    m.fireDue(at('2031-03-03T17:00:00Z')); // Tuesday 04/03 00:00 in Hanoi: 3 working days left
    expect(m.status()).toBe('due_soon');
    m.fireDue(at('2031-03-07T17:00:00Z'));
    expect(m.status()).toBe('overdue');
  });

  it('is due soon at once when a deadline is set inside the window', () => {
    const m = TaskMachine.assign(taskInput(), at('2031-03-05T03:00:00Z'));
    m.fireDue(at('2031-03-05T03:00:00Z'));
    expect(m.status()).toBe('due_soon');
  });

  it('passes over weekly notices that fell due while a report was under review, and numbers on after them', () => {
    const m = TaskMachine.assign(taskInput(), at('2031-02-01T00:00:00Z'));
    m.apply({ type: 'acknowledge', actor: actors.officer }, at('2031-02-01T00:00:00Z'));
    m.fireDue(at('2031-03-29T00:00:00Z')); // the ladder is done; notice 1 went out on 28/03
    m.apply({ type: 'submit_completion', actor: actors.officer, summary: 'Xong', documents: [] }, at('2031-03-29T00:00:00Z'));
    m.fireDue(at('2031-04-20T00:00:00Z')); // notices 2–4 (04, 11, 18/04) fall due under review: not sent
    m.apply({ type: 'review_completion', actor: actors.office, decision: 'return', reason: 'Chưa đạt' }, at('2031-04-20T02:00:00Z'));
    expect(m.nextEvent()).toMatchObject({ key: 'overdue-notice/0/5', at: at('2031-04-25T01:00:00Z') });
    m.fireDue(at('2031-04-26T00:00:00Z'));
    expect(m.state.fired.filter((k) => k.startsWith('overdue-notice'))).toEqual(['overdue-notice/0/1', 'overdue-notice/0/5']);
  });

  it('judges on-time against the deadline in force when the accepted report was submitted', () => {
    const m = TaskMachine.assign(taskInput(), at('2031-02-01T00:00:00Z'));
    m.apply({ type: 'submit_completion', actor: actors.officer, summary: 'Xong', documents: [] }, at('2031-03-07T16:00:00Z'));
    m.fireDue(at('2031-03-12T00:00:00Z')); // reviewed days later
    m.apply({ type: 'review_completion', actor: actors.office, decision: 'accept' }, at('2031-03-12T00:00:00Z'));
    expect(m.status()).toBe('completed_on_time');
  });

  it('refuses every action on a closed task', () => {
    const m = TaskMachine.assign(taskInput(), at('2031-02-01T00:00:00Z'));
    m.apply({ type: 'withdraw', actor: actors.office, reason: 'Thu hồi' }, at('2031-02-02T00:00:00Z'));
    expect(m.check({ type: 'report_progress', actor: actors.officer, note: 'x' }, at('2031-02-03T00:00:00Z'))).toMatchObject({ code: 'TASK_CLOSED' });
    expect(() => m.apply({ type: 'acknowledge', actor: actors.officer }, at('2031-02-03T00:00:00Z'))).toThrow(/Nhiệm vụ đã kết thúc \/ The task is closed/);
  });

  it('names no notification twice in one state, and copies no recipient who is already addressed', () => {
    const m = TaskMachine.assign(taskInput({ coordinatingAgencies: [] }), at('2031-02-01T00:00:00Z'));
    m.fireDue(at('2031-04-30T00:00:00Z'));
    const keys = m.state.outbox.map((n) => n.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const n of m.state.outbox) for (const c of n.cc) expect(n.to.map((t) => t.email)).not.toContain(c.email);
  });
});

describe('the next notice', () => {
  it('is the next timed event that sends one: entering "due soon" sends none', () => {
    const m = TaskMachine.assign(taskInput({ deadline: { precision: 'day', date: '2031-03-07' } }), at('2031-02-01T02:00:00Z'));
    m.apply({ type: 'acknowledge', actor: actors.officer }, at('2031-02-01T03:00:00Z'));
    m.fireDue(at('2031-03-03T20:00:00Z'));
    expect(m.nextEvent()).toMatchObject({ kind: 'reminder', at: at('2031-03-04T01:00:00Z') });
    m.state.fired = m.state.fired.filter((k) => !k.startsWith('due-soon')); // as if "due soon" were still pending
    m.state.dueSoon = false;
    expect(m.nextEvent()!.kind).toBe('due_soon');
    expect(m.nextNotice()).toMatchObject({ kind: 'reminder', at: at('2031-03-04T01:00:00Z') });
  });
});
