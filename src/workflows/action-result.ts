// The answer of an action's Update: the task's standing after the action and what the action added to
// its history. Pure and deterministic (workflow code): no I/O, no zod.
import { currentTaskRow } from '../domain/register/task-row';
import type { TaskMachine } from '../domain/task';
import type { ActionResult } from './contract';

/** `since`: the last history seq before the action; every entry after it is the action's doing. */
export function actionResult(machine: TaskMachine, since: number): ActionResult {
  const s = machine.state;
  const next = machine.nextEvent();
  let first = s.history.length;
  while (first > 0 && s.history[first - 1]!.seq > since) first -= 1;
  return {
    status: machine.status(),
    phase: s.phase,
    deadline: s.deadline,
    overdue: s.overdue,
    dueSoon: s.dueSoon,
    escalationLevel: s.escalationLevel,
    progressPercent: s.progressPercent,
    acknowledgedAt: s.acknowledgedAt,
    leadAgency: s.leadAgency,
    coordinatingAgencies: s.coordinatingAgencies,
    extension: s.extension,
    completion: s.completion,
    refusal: s.refusal,
    hold: s.hold,
    nextEvent: next ? { key: next.key, kind: next.kind, at: next.at } : null,
    changes: s.history.slice(first),
    row: currentTaskRow(machine),
  };
}
