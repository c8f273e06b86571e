// The escalation ladder's catch-up rule in the pure state machine (the workflow sets backlogEscalation behind a patch).
import { TaskMachine } from '../../src/domain/task';
import { taskInput } from '../support/tasks';

it('collapses levels that fell due together into one notice in the pure machine as well', () => {
  const input = taskInput({ deadline: { precision: 'day', date: '2031-03-07' } });
  const machine = TaskMachine.assign(input, Date.parse('2031-02-01T02:00:00Z'));
  machine.state.backlogEscalation = true;
  machine.state.outbox.length = 0;
  // Nothing ran between the deadline and 25/3 (a worker down for weeks): levels 1–4 all came due.
  machine.fireDue(Date.parse('2031-03-25T02:00:00Z'));
  const escalations = machine.state.outbox.filter((n) => n.kind === 'escalation');
  expect(escalations.map((n) => [n.key, n.facts.level, n.facts.skippedLevels])).toEqual([['escalation/0/4', 4, '1, 2, 3']]);
  expect(machine.state.escalationLevel).toBe(4);
});

it('keeps the old rule (missed levels dropped) for a task whose workflow predates the patch', () => {
  const machine = TaskMachine.assign(taskInput({ deadline: { precision: 'day', date: '2031-03-07' } }), Date.parse('2031-03-25T02:00:00Z'));
  machine.fireDue(Date.parse('2031-03-25T02:00:00Z'));
  expect(machine.state.escalationLevel).toBe(0);
});
