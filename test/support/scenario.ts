// A task scenario on the time-skipping server: start a task, move simulated time to an instant, act
// through Updates exactly as the API will, and read what was mailed and when it fell due.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { FileNotificationStore, Notifier } from '../../src/activities';
import type { TaskInput } from '../../src/domain/task';
import { TASK_RULES, getTaskState, taskUpdates, taskWorkflowId, type ActionArgs, type TaskView, type UpdateActionType } from '../../src/workflows/contract';
import type { taskWorkflow } from '../../src/workflows';
import type { Database } from '../../src/db/database';
import { RecordingTransport, type SentMail } from './recording-transport';
import { registerPerFile } from './register';
import { startTimeSkippingServer, testWorker, uniqueTaskQueue } from './temporal';

export const HISTORIES_DIR = path.resolve(__dirname, '..', 'histories');

/** How long the workflow may take to deliver what it queued: activities run in real time, slowly on a busy machine. */
const SETTLE_TIMEOUT_MS = 30_000;

export class Scenario {
  handle!: WorkflowHandle<typeof taskWorkflow>;
  /**
   * The instant the test last chose: when it started the task, or the instant it advanced to. The test
   * server's clock runs on in real time from there (a second or more on a busy machine), so an action
   * is taken "at" this instant as far as the assertions go.
   */
  private chosen = 0;
  /** The workflow's instant for each action taken (its notices' `dueAt`) → the instant the test chose for it. */
  private readonly actedAt = new Map<number, number>();
  private constructor(
    readonly env: TestWorkflowEnvironment,
    readonly worker: Worker,
    readonly taskQueue: string,
    readonly outboxDir: string,
    readonly transport: RecordingTransport,
    readonly register: Database,
  ) {}

  static async create(register: Database): Promise<Scenario> {
    const env = await startTimeSkippingServer();
    const outboxDir = mkdtempSync(path.join(os.tmpdir(), 'dondoc-outbox-'));
    const taskQueue = uniqueTaskQueue();
    const transport = new RecordingTransport();
    const worker = await testWorker(env, taskQueue, { notifier: new Notifier(new FileNotificationStore(outboxDir), transport), register });
    return new Scenario(env, worker, taskQueue, outboxDir, transport, register);
  }

  /** Runs `body` with the worker polling. */
  run<T>(body: () => Promise<T>): Promise<T> {
    return this.worker.runUntil(body);
  }

  async start(input: TaskInput): Promise<void> {
    this.chosen = await this.env.currentTimeMs();
    this.handle = await this.env.client.workflow.start<typeof taskWorkflow>('taskWorkflow', {
      args: [{ input, rules: TASK_RULES }], // as the API's client starts tasks (startCheckedTask)
      taskQueue: this.taskQueue,
      workflowId: taskWorkflowId(input.taskId),
    });
    const view = await this.settled(); // the assignment is recorded and mailed
    this.actedAt.set(view.state.assignedAt, this.chosen);
  }

  /** Moves simulated time forward to an ISO instant, firing every timer on the way. */
  async advanceTo(iso: string): Promise<void> {
    const target = Date.parse(iso);
    const now = await this.env.currentTimeMs();
    if (target < now) throw new Error(`cannot go back in time: ${iso} < ${new Date(now).toISOString()}`);
    await this.env.sleep(target - now);
    this.chosen = target;
    await this.settled();
  }

  /**
   * Acts through the Update, then waits until the notifications it caused have been delivered. Returns the
   * task as the action left it: the Update's answer (where the task stands, the entries it added) over the
   * settled state, whose history is cut at the action's last entry (timed events may have fired since).
   */
  async act<T extends UpdateActionType>(type: T, args: ActionArgs<T>): Promise<TaskView> {
    const { changes, status, nextEvent, ...standing } = await this.handle.executeUpdate(taskUpdates[type] as (typeof taskUpdates)['acknowledge'], { args: [args as ActionArgs<'acknowledge'>] });
    const last = changes.at(-1)!; // the action's own entry
    this.actedAt.set(last.at, this.chosen);
    const settled = await this.settled();
    return { status, nextEvent, state: { ...settled.state, ...standing, history: settled.state.history.filter((e) => e.seq <= last.seq) } };
  }

  /** Waits until the workflow has no notification left to deliver (activities run in real time). */
  async settled(): Promise<TaskView> {
    const deadline = Date.now() + SETTLE_TIMEOUT_MS;
    for (;;) {
      const view = await this.view();
      if (view.state.outbox.length === 0) return view;
      if (Date.now() > deadline) throw new Error(`notifications still queued after ${SETTLE_TIMEOUT_MS / 1000} s`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** The refusal of an action: its stable code and bilingual message (fails the test if it was accepted). */
  async rejection<T extends UpdateActionType>(type: T, args: ActionArgs<T>): Promise<{ code: string; message: string }> {
    try {
      await this.act(type, args);
    } catch (error) {
      if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
        return { code: error.cause.type ?? '', message: error.cause.message };
      }
      throw error;
    }
    throw new Error(`${type} was accepted but should have been refused`);
  }

  /** Keeps this run's event history for the replay tests (run with DONDOC_RECORD_HISTORIES=1 to refresh). */
  private async saveHistory(): Promise<void> {
    const name = (expect.getState().currentTestName ?? 'scenario').toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 80);
    const history = await this.handle.fetchHistory();
    mkdirSync(HISTORIES_DIR, { recursive: true });
    writeFileSync(path.join(HISTORIES_DIR, `${name}.json`), historyToJSON(history));
  }

  view(): Promise<TaskView> {
    return this.handle.query(getTaskState);
  }

  /**
   * What was mailed, in sending order: the event part of each key and the instant it fell due. A timed
   * notice's is its scheduled instant (not when a busy worker got to it); an action's notice is due at
   * the instant the test chose for the action (not a clock read after the fact).
   */
  mails(): [string, string][] {
    return this.transport.sent.map((m) => [m.key.slice(m.key.indexOf('/') + 1), new Date(this.dueAt(m)).toISOString()]);
  }

  /** The instant a mail fell due, as `mails()` reports it. */
  dueAt(mail: SentMail): number {
    if (mail.dueAt === undefined) throw new Error(`${mail.key} was mailed without the instant it fell due`);
    return this.actedAt.get(mail.dueAt) ?? mail.dueAt;
  }

  async dispose(): Promise<void> {
    if (process.env.DONDOC_RECORD_HISTORIES && this.handle) await this.saveHistory();
    await this.env.teardown();
    rmSync(this.outboxDir, { recursive: true, force: true });
  }
}

/** A fresh Scenario (own time-skipping server) for each test of the calling file; one register per file. */
export function scenarioPerTest(): () => Scenario {
  const register = registerPerFile();
  let current: Scenario | undefined;
  beforeEach(async () => {
    current = await Scenario.create(register());
  });
  afterEach(async () => {
    await current?.dispose();
    current = undefined;
  });
  return () => current!;
}
