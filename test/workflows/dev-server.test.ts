// On the Temporal CLI dev server: visibility queries on the custom search attributes, and the batch
// operation that sends a corrected calendar to every open task.
import { Client, type WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FileNotificationStore, Notifier } from '../../src/activities';
import { DIGEST_SCHEDULE_ID, ensureDigestSchedule } from '../../src/client/digest-schedule';
import { broadcastCalendarCorrection, startTask } from '../../src/client/tasks';
import { DEFAULT_CALENDAR_DATA, statutoryYear } from '../../src/domain/calendar';
import { parseTaskInput } from '../../src/client/task-input';
import type { taskWorkflow } from '../../src/workflows';
import { getTaskState, searchAttributes, taskUpdates, taskWorkflowId } from '../../src/workflows/contract';
import { RecordingTransport } from '../support/recording-transport';
import { registerPerFile } from '../support/register';
import { actors, taskDraft } from '../support/tasks';
import { startDevServer, testWorker, uniqueTaskQueue } from '../support/temporal';

const register = registerPerFile();
type HistoryEvent = NonNullable<Awaited<ReturnType<WorkflowHandle['fetchHistory']>>['events']>[number];

describe('task workflows on the Temporal dev server', () => {
  let env: TestWorkflowEnvironment;
  let client: Client;
  let outbox: string;

  beforeAll(async () => {
    env = await startDevServer();
    client = new Client({ connection: env.connection, namespace: env.namespace });
    outbox = mkdtempSync(path.join(os.tmpdir(), 'dondoc-outbox-'));
  });
  afterAll(async () => {
    await env?.teardown();
    rmSync(outbox, { recursive: true, force: true });
  });

  async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
    let value = await read();
    for (let i = 0; i < 60 && !ok(value); i++) {
      await new Promise((r) => setTimeout(r, 250));
      value = await read();
    }
    return value;
  }

  it('makes tasks findable by their custom search attributes', async () => {
    const taskQueue = uniqueTaskQueue();
    const worker = await testWorker(env, taskQueue, { notifier: new Notifier(new FileNotificationStore(outbox), new RecordingTransport(() => Date.now())), register: register() });
    const leadAgency = { ...taskDraft().leadAgency!, id: `so-tai-chinh-${taskQueue.slice(-8)}` };

    await worker.runUntil(async () => {
      const handle = await startTask(client, taskDraft({ leadAgency, coordinatingAgencies: [] }), taskQueue);
      expect(await handle.query(getTaskState)).toMatchObject({ status: 'assigned', state: { deadline: { day: '2031-03-07' } } });
      const query = `DonDocLeadAgency = '${leadAgency.id}' AND DonDocStatus = 'assigned' AND DonDocSource = 'peoples_committee'`;
      const list = async () => {
        const ids: string[] = [];
        for await (const w of client.workflow.list({ query })) ids.push(w.workflowId);
        return ids;
      };
      expect(await eventually(list, (ids) => ids.length > 0)).toEqual([handle.workflowId]);
      const description = await handle.describe();
      expect(description.typedSearchAttributes.get(searchAttributes.deadline)?.toISOString()).toBe('2031-03-07T16:59:59.999Z');
      expect(description.typedSearchAttributes.get(searchAttributes.assigningLeader)).toBe('pct-tran-van-a');
      await handle.terminate('test over');
    });
  });

  it('starts a task with its search attributes and its rules named (no patch marker), and upserts them only when they were not set or changed', async () => {
    const taskQueue = uniqueTaskQueue();
    const worker = await testWorker(env, taskQueue, { notifier: new Notifier(new FileNotificationStore(outbox), new RecordingTransport(() => Date.now())), register: register() });
    /** The history's patch markers (their ids) and the custom search attributes each upsert set, in order. */
    const recorded = async (handle: WorkflowHandle) => {
      const out: string[] = [];
      for (const e of (await handle.fetchHistory()).events ?? []) {
        const patch = e.markerRecordedEventAttributes?.details?.['patch-data']?.payloads?.[0]?.data;
        if (patch) out.push(`marker ${(JSON.parse(Buffer.from(patch).toString()) as { id: string }).id}`);
        const upserted = Object.keys(e.upsertWorkflowSearchAttributesEventAttributes?.searchAttributes?.indexedFields ?? {}).filter((k) => k.startsWith('DonDoc'));
        if (upserted.length) out.push(`upsert ${upserted.sort().join(',')}`);
      }
      return out;
    };
    await worker.runUntil(async () => {
      // Through startTask, as the API starts tasks: the attributes are there from the start.
      const started = await startTask(client, taskDraft(), taskQueue);
      // Once it waits (its timer started, its first workflow tasks over): its rules are named in its arguments,
      // so no marker and no TemporalChangeVersion upsert (nor any other).
      const events = await eventually(async () => (await started.fetchHistory()).events ?? [], (es) => es.some((e) => e.timerStartedEventAttributes));
      expect(events.filter((e) => e.markerRecordedEventAttributes || e.upsertWorkflowSearchAttributesEventAttributes)).toEqual([]);
      // Its assignment notice and its first register write were scheduled together, in its first workflow task.
      const firstDone = events.findIndex((e) => e.activityTaskCompletedEventAttributes);
      expect(events.slice(0, firstDone).filter((e) => e.activityTaskScheduledEventAttributes).map((e) => e.activityTaskScheduledEventAttributes!.activityType!.name).sort())
        .toEqual(['recordTaskEvents', 'sendNotification']);
      const attributes = (await started.describe()).typedSearchAttributes;
      expect(attributes.get(searchAttributes.status)).toBe('assigned');
      expect(attributes.get(searchAttributes.deadline)?.toISOString()).toBe('2031-03-07T16:59:59.999Z');
      expect(attributes.get(searchAttributes.escalationLevel)).toBe(0);

      // Started as code from before TASK_RULES started tasks (no rules named) and without attributes: the
      // run asks for its rules with a marker, and sets the attributes itself.
      const input = parseTaskInput(taskDraft());
      const bare = await client.workflow.start<typeof taskWorkflow>('taskWorkflow', { args: [{ input }], taskQueue, workflowId: taskWorkflowId(input.taskId) });
      const all = 'DonDocAssigningLeader,DonDocDeadline,DonDocEscalationLevel,DonDocLeadAgency,DonDocSource,DonDocStatus';
      expect(await eventually(() => recorded(bare), (r) => r.includes(`upsert ${all}`))).toEqual(['marker rules-2026-12-together', `upsert ${all}`]);
      expect((await bare.describe()).typedSearchAttributes.get(searchAttributes.status)).toBe('assigned');

      // An action that changes the status upserts again.
      await started.executeUpdate(taskUpdates.acknowledge, { args: [{ actor: actors.officer }] });
      expect(await eventually(() => recorded(started), (r) => r.length > 0)).toEqual([`upsert ${all}`]);
      expect((await started.describe()).typedSearchAttributes.get(searchAttributes.status)).toBe('in_progress');
      await started.terminate('test over');
      await bare.terminate('test over');
    });
  });

  it('keeps one timer across actions that leave the next timed event where it is', async () => {
    const taskQueue = uniqueTaskQueue();
    const worker = await testWorker(env, taskQueue, { notifier: new Notifier(new FileNotificationStore(outbox), new RecordingTransport(() => Date.now())), register: register() });
    await worker.runUntil(async () => {
      const started = await startTask(client, taskDraft(), taskQueue);
      /** The history once the run waits again: every workflow task done, no activity running, one timer pending. */
      const quiet = async () => {
        const count = (es: HistoryEvent[], type: keyof HistoryEvent) => es.filter((e) => e[type]).length;
        const waiting = (es: HistoryEvent[]) =>
          count(es, 'workflowTaskScheduledEventAttributes') === count(es, 'workflowTaskCompletedEventAttributes') &&
          count(es, 'activityTaskScheduledEventAttributes') === count(es, 'activityTaskCompletedEventAttributes') &&
          count(es, 'timerStartedEventAttributes') - count(es, 'timerCanceledEventAttributes') - count(es, 'timerFiredEventAttributes') === 1;
        const events = await eventually(async () => (await started.fetchHistory()).events ?? [], waiting);
        expect(waiting(events)).toBe(true);
        return events;
      };
      const timers = (es: Awaited<ReturnType<typeof quiet>>) => ({
        started: es.filter((e) => e.timerStartedEventAttributes).length,
        cancelled: es.filter((e) => e.timerCanceledEventAttributes).length,
      });
      await quiet();
      await started.executeUpdate(taskUpdates.acknowledge, { args: [{ actor: actors.officer }] }); // moves the next event (no receipt reminder any more)
      const acknowledged = timers(await quiet());
      expect(acknowledged).toEqual({ started: 2, cancelled: 1 });
      const next = (await started.query(getTaskState)).nextEvent;
      for (const note of ['Đã rà soát hồ sơ', 'Đã họp với các phòng']) {
        await started.executeUpdate(taskUpdates.report_progress, { args: [{ actor: actors.officer, note }] });
      }
      // Two progress reports leave the next event where it was: the same timer waits for it.
      expect(timers(await quiet())).toEqual(acknowledged);
      expect((await started.query(getTaskState)).nextEvent).toEqual(next);
      // Cancelled as a whole (from Temporal's UI, say) while it waits: the run ends cancelled.
      await started.cancel();
      await expect(started.result()).rejects.toThrow();
      expect((await started.describe()).status.name).toBe('CANCELLED');
    });
  });

  it('sends a corrected calendar to every open task in one batch, moving a coarse deadline', async () => {
    const taskQueue = uniqueTaskQueue();
    const worker = await testWorker(env, taskQueue, { notifier: new Notifier(new FileNotificationStore(outbox), new RecordingTransport(() => Date.now())), register: register() });
    await worker.runUntil(async () => {
      // "Trong tháng 3/2031": due on the month's last working day, Monday 31/03/2031.
      const handles = await Promise.all([
        startTask(client, taskDraft({ deadline: { precision: 'month', year: 2031, month: 3 } }), taskQueue),
        startTask(client, taskDraft({ deadline: { precision: 'month', year: 2031, month: 3 } }), taskQueue),
      ]);
      for (const h of handles) expect((await h.query(getTaskState)).state.deadline.day).toBe('2031-03-31');
      await eventually(
        async () => {
          let n = 0;
          for await (const w of client.workflow.list({ query: `WorkflowType = 'taskWorkflow' AND ExecutionStatus = 'Running' AND TaskQueue = '${taskQueue}'` })) n += w ? 1 : 0;
          return n;
        },
        (n) => n === 2,
      );

      // The government declares Monday 31/03/2031 a day off.
      const y2031 = statutoryYear(2031);
      const corrected = {
        ...DEFAULT_CALENDAR_DATA,
        years: [...DEFAULT_CALENDAR_DATA.years, { ...y2031, status: 'published' as const, daysOff: [...y2031.daysOff, { date: '2031-03-31', kind: 'holiday' as const, name: 'Ngày nghỉ đặc biệt' }] }],
      };
      await broadcastCalendarCorrection(client, actors.admin, corrected, 'Điều chỉnh lịch nghỉ 2031');
      for (const h of handles) {
        const view = await eventually(() => h.query(getTaskState), (v) => v.state.deadline.day === '2031-03-28');
        expect(view.state.deadline.day).toBe('2031-03-28');
        expect(view.state.history.at(-1)).toMatchObject({ action: 'calendar_corrected', actor: { id: 'admin' } });
        await h.terminate('test over');
      }
    });
  });

  it('keeps the hourly digest schedule in the city\'s time: every hour at minute 0, created once, paused and resumed', async () => {
    const taskQueue = uniqueTaskQueue('digests');
    expect(await ensureDigestSchedule(client, taskQueue)).toBe('created');
    expect(await ensureDigestSchedule(client, taskQueue)).toBe('exists'); // a restart finds it
    const handle = client.schedule.getHandle(DIGEST_SCHEDULE_ID);
    try {
      const described = await handle.describe();
      expect(described.spec.timezone).toBe('Asia/Ho_Chi_Minh');
      const next = described.info.nextActionTimes.map((d) => d.getTime());
      expect(next.length).toBeGreaterThanOrEqual(3);
      // Each run falls on the hour (Hanoi has no daylight saving: minute 0 there is minute 0 in UTC), an hour apart.
      expect(next.every((t) => t % 3_600_000 === 0)).toBe(true);
      expect(next.slice(1).map((t, i) => t - next[i]!)).toEqual(next.slice(1).map(() => 3_600_000));
      expect(described.action).toMatchObject({ type: 'startWorkflow', workflowType: 'digestWorkflow', taskQueue });
      await handle.pause('bảo trì / maintenance');
      expect((await handle.describe()).state.paused).toBe(true);
      await handle.unpause();
      expect((await handle.describe()).state.paused).toBe(false);
    } finally {
      await handle.delete();
    }
  });
});

