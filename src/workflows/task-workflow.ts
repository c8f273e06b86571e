// One durable workflow per assigned task. The rules live in the TaskMachine (src/domain/task); this
// file only waits for the next timed event or an action, delivers notifications, keeps the search
// attributes current and continues-as-new before the history grows large.
import {
  ApplicationFailure,
  ActivityFailure,
  allHandlersFinished,
  CancellationScope,
  condition,
  continueAsNew,
  log,
  patched,
  proxyActivities,
  setHandler,
  sleep,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { createActivities } from '../activities';
import { formatVietnamese } from '../domain/calendar';
import { currentTaskRow } from '../domain/register/task-row';
import { SYSTEM_ACTOR, TaskMachine, type HistoryEntry, type PendingNotification, type TaskAction, type TaskInput } from '../domain/task';
import { findUnstorableText } from '../domain/text';
import { actionResult } from './action-result';
import {
  correctCalendar,
  getTaskState,
  searchAttributes,
  TASK_RULES,
  taskSearchAttributePairs,
  taskUpdates,
  type NotificationRequest,
  type TaskSearchValues,
  type TaskView,
  type TaskWorkflowArgs,
  type UpdateActionType,
} from './contract';

/** Since this patch, every history entry is also written to the register's event log. */
export const REGISTER_EVENT_LOG_PATCH = 'register-event-log';
/** Since this patch, an Update applied while notifications or events are being written wakes the loop. */
export const NO_LOST_WAKEUP_PATCH = 'no-lost-wakeup';
/** Since this patch, events the register can never store are noted in the history and skipped, not retried forever. */
export const UNSTORABLE_EVENTS_PATCH = 'unstorable-events';
/** Missed escalation levels apply at once (a task registered overdue): state.backlogEscalation. */
export const BACKLOG_ESCALATION_PATCH = 'backlog-escalation';
/** Entering "due soon" is recorded in the history (and so in the register's row): state.recordsDueSoon. */
export const DUE_SOON_ENTRY_PATCH = 'due-soon-entry';
/**
 * Since this patch a run takes every patch above on this one marker instead of one marker each (each
 * marker also upserts TemporalChangeVersion: eight history events and four visibility writes per new
 * task), and takes its first search attributes from its start (the client sets them: see
 * startCheckedTask), upserting only those that differ. Runs recorded before it ask for each patch as they did.
 */
export const RULES_2026_12_PATCH = 'rules-2026-12';
/**
 * Since this patch a run delivers its notifications and writes its new history entries to the register
 * at the same time: the two activities are scheduled together, so a new task (its assignment notice and
 * its first entry) and each action that sends a notice take one workflow task fewer. Stands for every
 * patch above on one marker, as RULES_2026_12_PATCH did. A run whose arguments name it follows it
 * without the marker (the runs started while it was TASK_RULES).
 */
export const CURRENT_RULES_PATCH = 'rules-2026-12-together';

/** Whether a patch applies to this run: always since RULES_2026_12_PATCH, else as recorded. */
type Since = (patch: string) => boolean;

const { sendNotification, recordTaskEvents } = proxyActivities<ReturnType<typeof createActivities>>({
  startToCloseTimeout: '1 minute',
  // A mail server can be down for hours: keep trying with backoff rather than lose a notice.
  retry: { initialInterval: '10 seconds', backoffCoefficient: 2, maximumInterval: '30 minutes' },
});

export async function taskWorkflow(args: TaskWorkflowArgs): Promise<TaskView> {
  // Named in the arguments (every run started since TASK_RULES), the rules need no marker. Else the newest
  // marker first: a run recorded with an older one finds it next (patched() records nothing when it answers false).
  const oneTimer = args.rules === TASK_RULES;
  const together = oneTimer || args.rules === CURRENT_RULES_PATCH || patched(CURRENT_RULES_PATCH);
  const current = together || patched(RULES_2026_12_PATCH);
  const since: Since = (patch) => current || patched(patch);
  const machine = 'state' in args ? new TaskMachine(args.state) : TaskMachine.assign(args.input, Date.now());
  // The machine holds the shared copy of the calendar data (sharedCalendarData); the start input's own
  // copy stays reachable from the run's arguments for as long as the run is cached: let go of it (measured:
  // 4–6 KB of heap per open task, half of what a task held beyond a bare workflow).
  if ('input' in args) delete (args.input as Partial<Pick<TaskInput, 'calendar'>>).calendar;
  // Histories from before the patch keep dropping missed escalation levels; new runs catch up.
  if (since(BACKLOG_ESCALATION_PATCH)) machine.state.backlogEscalation = true;
  if (since(DUE_SOON_ENTRY_PATCH)) machine.state.recordsDueSoon = true;
  let revision = 0;
  /** Resumes the loop's wait (oneTimer rules): called by an action, and by the run's timer when it fires. */
  let wake: (() => void) | null = null;
  const acted = () => {
    revision += 1;
    wake?.();
  };

  setHandler(getTaskState, () => view(machine));
  for (const type of Object.keys(taskUpdates) as UpdateActionType[]) {
    const asAction = (input: object) => ({ ...input, type }) as TaskAction;
    setHandler(
      taskUpdates[type] as (typeof taskUpdates)['acknowledge'],
      (input) => {
        const since = machine.state.history.at(-1)?.seq ?? 0;
        machine.apply(asAction(input), Date.now());
        acted();
        return actionResult(machine, since); // the outcome, not the whole state (see ActionResult)
      },
      {
        validator: (input) => {
          const refused = machine.check(asAction(input), Date.now());
          if (refused) throw ApplicationFailure.create({ type: refused.code, message: refused.message, details: [refused], nonRetryable: true });
        },
      },
    );
  }
  setHandler(correctCalendar, ({ actor, calendar }) => {
    const action: TaskAction = { type: 'correct_calendar', actor, calendar };
    const refused = machine.check(action, Date.now());
    if (refused) {
      log.warn('calendar correction refused', { reason: refused.message });
      return;
    }
    machine.apply(action, Date.now());
    acted();
  });

  let lastAttributes = current ? searchValuesText(searchValuesAtStart()) : '';
  let recordedSeq = 'state' in args ? (args.recordedSeq ?? 0) : 0;
  let timer: RunTimer | null = null;
  let runCancelled: unknown = undefined;
  for (;;) {
    // The revision this iteration handles: an Update that lands while the awaits below run is seen by
    // the wait at the end, instead of being missed until the next timer (a lost wakeup, found by the API tests).
    const handled = revision;
    if (together) {
      const [, recorded] = await Promise.all([deliverNotifications(machine), recordNewEvents(machine, recordedSeq, since)]);
      // A notice that can never be sent was noted in the history meanwhile: written now (no activity when nothing is new).
      recordedSeq = await recordNewEvents(machine, recorded, since);
    } else {
      await deliverNotifications(machine);
      recordedSeq = await recordNewEvents(machine, recordedSeq, since);
    }
    lastAttributes = syncSearchAttributes(machine, lastAttributes);
    if (machine.closed) {
      // An action that closed the task while the awaits above ran still has mail and events to write.
      if (since(NO_LOST_WAKEUP_PATCH) && revision !== handled) continue;
      break;
    }

    const info = workflowInfo();
    if (info.continueAsNewSuggested || info.historyLength >= machine.state.policy.continueAsNewAfterEvents) {
      await condition(allHandlersFinished);
      // The next run follows these rules too: named, so it records no marker (a run of earlier rules names none, as before).
      if (machine.state.outbox.length === 0) await continueAsNew<typeof taskWorkflow>({ state: machine.state, recordedSeq, ...(together ? { rules: TASK_RULES } : {}) });
      continue;
    }

    const next = machine.nextEvent();
    if (next && next.at <= Date.now()) {
      machine.fireDue(Date.now());
      continue;
    }
    if (oneTimer) {
      // One timer for the next timed event, kept across actions that leave it where it is (a progress
      // report, say; an acknowledgement moves it): no timer commands for those, and a waiting run holds a
      // few pending promises, not condition()'s dozen, each kept with its stack for the stack-trace query.
      if (timer && timer.at !== next?.at) {
        timer.cancel();
        timer = null;
      }
      if (revision !== handled) continue; // an action landed while the awaits above ran: handle it first
      if (!next) {
        await condition(() => revision !== handled); // no timed event (on hold): an action, or the run's cancellation
        continue;
      }
      if (!timer) {
        timer = startTimer(next.at, (fired, cancelledRun) => {
          if (timer === fired) timer = null; // fired: the loop finds its events due
          runCancelled ??= cancelledRun;
          wake?.();
        });
      }
      if (!runCancelled) await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      // The run itself was cancelled (from Temporal's UI, say): it ends so, as it did when condition() threw.
      if (runCancelled) throw runCancelled;
      continue;
    }
    const seen = since(NO_LOST_WAKEUP_PATCH) ? handled : revision;
    if (next) {
      const acted = await condition(() => revision !== seen, next.at - Date.now());
      if (!acted) machine.fireDue(Date.now());
    } else {
      await condition(() => revision !== seen);
    }
  }
  await condition(allHandlersFinished);
  return view(machine);
}

/** A run's timer for its next timed event, at `at` (epoch ms). */
interface RunTimer {
  at: number;
  cancel(): void;
}

/**
 * Starts a timer that calls `onFire` when it fires; cancelled by its `cancel`, it calls nothing; cancelled
 * with the run (its scope is the run's child), it calls `onFire` with the cancellation.
 */
function startTimer(at: number, onFire: (timer: RunTimer, cancelledRun?: unknown) => void): RunTimer {
  const scope = new CancellationScope();
  let cancelled = false;
  const timer: RunTimer = {
    at,
    cancel: () => {
      cancelled = true;
      scope.cancel();
    },
  };
  scope.run(() => sleep(at - Date.now())).then(
    () => onFire(timer),
    (error: unknown) => {
      if (!cancelled) onFire(timer, error);
    },
  );
  return timer;
}

function view(machine: TaskMachine): TaskView {
  const next = machine.nextEvent();
  return { status: machine.status(), state: machine.state, nextEvent: next ? { key: next.key, kind: next.kind, at: next.at } : null };
}

async function deliverNotifications(machine: TaskMachine): Promise<void> {
  const { state } = machine;
  while (state.outbox.length > 0) {
    const pending = state.outbox[0]!;
    try {
      await sendNotification(notificationRequest(machine, pending));
    } catch (error) {
      // Only a notification that can never be sent gets here (retries are unlimited otherwise):
      // record it in the history rather than fail the task.
      machine.record(Date.now(), SYSTEM_ACTOR, 'notification_failed', { key: pending.key, kind: pending.kind, error: failureMessage(error) });
    }
    state.outbox.shift();
  }
}

/** Writes the history entries after `recordedSeq` to the register; returns the new last recorded seq. */
async function recordNewEvents(machine: TaskMachine, recordedSeq: number, since: Since): Promise<number> {
  // Histories from before the register existed replay without these activity calls.
  if (!since(REGISTER_EVENT_LOG_PATCH)) return recordedSeq;
  for (let retried = false; ; retried = true) {
    const events = machine.state.history.filter((e) => e.seq > recordedSeq);
    if (events.length === 0) return recordedSeq;
    try {
      await recordTaskEvents({ taskId: machine.state.task.taskId, events, row: currentTaskRow(machine) });
      return events.at(-1)!.seq;
    } catch (error) {
      // Retries are unlimited, so only a batch that can never be written gets here (text PostgreSQL
      // cannot store, say). Before the patch the workflow failed; now the batch is skipped and noted in
      // the history (without the offending text), and the note is written at once with the task's row as
      // it is now, so the register keeps following the task. Noted again, but not retried, if that fails too.
      if (!(error instanceof ActivityFailure) || !since(UNSTORABLE_EVENTS_PATCH)) throw error;
      noteSkippedEvents(machine, events, error);
      recordedSeq = events.at(-1)!.seq;
      if (retried) return recordedSeq;
    }
  }
}

function noteSkippedEvents(machine: TaskMachine, events: HistoryEntry[], error: ActivityFailure): void {
  const seqs = events.map((e) => e.seq);
  const type = error.cause instanceof ApplicationFailure ? (error.cause.type ?? null) : null;
  log.warn('task events cannot be written to the register; skipped', { seqs, type });
  machine.record(Date.now(), SYSTEM_ACTOR, 'register_write_failed', { seqs, type, error: failureMessage(error) });
}

/** An activity failure's reason for the history: never text the register could not store in turn. */
function failureMessage(error: unknown): string {
  const message = (error instanceof ActivityFailure ? error.cause?.message : (error as Error | undefined)?.message) ?? 'unknown';
  return findUnstorableText(message).length === 0 ? message : 'unknown (the reason holds text that cannot be stored)';
}

function notificationRequest(machine: TaskMachine, pending: PendingNotification): NotificationRequest {
  const { task, leadAgency } = machine.state;
  return {
    ...pending,
    key: `${task.taskId}/${pending.key}`,
    task: {
      id: task.taskId,
      code: task.code,
      title: task.title,
      directive: `${task.directive.number} ngày ${formatVietnamese(task.directive.date)}`,
      assigningLeader: task.assigningLeader.name,
      leadAgency: leadAgency.name,
      priority: task.priority,
    },
  };
}

function syncSearchAttributes(machine: TaskMachine, last: string): string {
  const { state } = machine;
  const values: TaskSearchValues = {
    status: machine.status(),
    leadAgency: state.leadAgency.id,
    deadline: state.deadline.at,
    escalationLevel: state.escalationLevel,
    assigningLeader: state.task.assigningLeader.id,
    source: state.task.source,
  };
  const serialized = searchValuesText(values);
  if (serialized === last) return last;
  upsertSearchAttributes(taskSearchAttributePairs(values));
  return serialized;
}

/**
 * Search attribute values as text to compare, in one fixed order whatever order an object lists them in.
 * A value the run started without reads as null: it differs from any value set, and equals a task's
 * absent deadline (which has no attribute either).
 */
function searchValuesText(v: Partial<TaskSearchValues>): string {
  return JSON.stringify([v.status, v.leadAgency, v.deadline, v.escalationLevel, v.assigningLeader, v.source]);
}

/** The search attributes this run started with (set by the client, or carried over by continue-as-new), in syncSearchAttributes' form. */
function searchValuesAtStart(): Partial<TaskSearchValues> {
  const started = workflowInfo().typedSearchAttributes;
  return {
    status: started.get(searchAttributes.status),
    leadAgency: started.get(searchAttributes.leadAgency),
    deadline: started.get(searchAttributes.deadline)?.getTime() ?? null,
    escalationLevel: started.get(searchAttributes.escalationLevel),
    assigningLeader: started.get(searchAttributes.assigningLeader),
    source: started.get(searchAttributes.source),
  };
}
