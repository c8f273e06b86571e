// A reporting regime's period run on the time-skipping server (which has no Schedules): started with its
// intended instant, it registers one report task per agency and starts their workflows; run again for
// the same period (a catch-up, a backfill) it makes nothing twice; an ended regime makes nothing.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { DatabaseNotificationStore, Notifier } from '../../src/activities';
import { TASK_RULES, getTaskState, searchAttributes, taskWorkflowId } from '../../src/workflows/contract';
import { registerPerFile } from '../support/register';
import { startTimeSkippingServer, testWorker, uniqueTaskQueue } from '../support/temporal';

const register = registerPerFile();
let env: TestWorkflowEnvironment;
let worker: Worker;
let taskQueue: string;

beforeAll(async () => {
  const db = register();
  await db.exec(`
    INSERT INTO agencies (id, name, kind, email, head_name, head_email) VALUES
      ('vp', 'Văn phòng UBND', 'office', 'vanphong@example.gov.vn', 'Chánh Văn phòng', 'cvp@example.gov.vn'),
      ('sxd', 'Sở Xây dựng', 'department', 'soxaydung@example.gov.vn', 'Giám đốc Lê Thị C', 'gd.sxd@example.gov.vn'),
      ('stc', 'Sở Tài chính', 'department', 'sotaichinh@example.gov.vn', 'Giám đốc Phạm Văn D', 'gd.stc@example.gov.vn');
    INSERT INTO leaders (id, name, title, email, is_chairman) VALUES
      ('ct-b', 'Nguyễn Văn B', 'Chủ tịch', 'ct.b@example.gov.vn', true), ('pct-a', 'Trần Văn A', 'Phó Chủ tịch', 'pct.a@example.gov.vn', false);
    INSERT INTO directives (number, date, signer, source, title, created_by) VALUES ('45/QĐ-UBND', '2026-01-05', 'Chủ tịch Nguyễn Văn B', 'peoples_committee', 'Chế độ báo cáo', 'office');
    INSERT INTO reporting_regimes (id, title, agencies, frequency, due, directive_number, assigning_leader_id, created_by) VALUES
      ('bc-quy', 'tiến độ giải ngân', '["sxd", "stc"]', 'quarterly', '{"dayOfMonth": 20}', '45/QĐ-UBND', 'pct-a', 'office'),
      ('bc-cu', 'việc đã bỏ', '["sxd"]', 'monthly', '{"workingDaysAfterCutoff": 3}', '45/QĐ-UBND', 'pct-a', 'office');
    UPDATE reporting_regimes SET status = 'ended' WHERE id = 'bc-cu';
  `);
  env = await startTimeSkippingServer();
  taskQueue = uniqueTaskQueue('regime');
  worker = await testWorker(env, taskQueue, { notifier: new Notifier(new DatabaseNotificationStore(db)), register: db });
}, 120_000);
afterAll(async () => {
  await env?.teardown();
});

const run = (regimeId: string, at: string, n: number) =>
  env.client.workflow.execute('reportingPeriodWorkflow', { args: [{ regimeId, at: Date.parse(at) }], taskQueue, workflowId: `regime-${regimeId}-${n}` }) as Promise<{ period: string | null; started: string[] }>;

it('registers and starts a report task per agency for the period of its intended instant, once', async () => {
  await worker.runUntil(async () => {
    // A run meant for 15/09/2031 07:00 in Hanoi, whenever it actually runs: the third quarter.
    const first = await run('bc-quy', '2031-09-15T00:00:00Z', 1);
    expect([first.period, first.started.length]).toEqual(['2031-Q3', 2]);
    const again = await run('bc-quy', '2031-09-15T00:00:00Z', 2);
    expect([again.period, again.started]).toEqual(['2031-Q3', []]);
    const next = await run('bc-quy', '2031-12-15T00:00:00Z', 3);
    expect([next.period, next.started.length]).toEqual(['2031-Q4', 2]);
    // Each is a running task workflow: due 20/09/2031 (a Saturday: the next working day, Monday 22/09).
    const handle = env.client.workflow.getHandle(taskWorkflowId(first.started[0]!));
    const state = await handle.query(getTaskState);
    expect([state.state.task.report, state.state.deadline.day, state.state.task.title]).toEqual([
      { regimeId: 'bc-quy', period: '2031-Q3' }, '2031-09-22', 'Báo cáo tiến độ giải ngân quý III/2031',
    ]);
    // Started as the API's client starts tasks: naming its rules (no patch marker) and with its search
    // attributes (findable at once; the run upserts none).
    const events = (await handle.fetchHistory()).events ?? [];
    const input = JSON.parse(Buffer.from(events[0]!.workflowExecutionStartedEventAttributes!.input!.payloads![0]!.data!).toString()) as { rules?: string };
    expect([input.rules, events.filter((e) => e.markerRecordedEventAttributes || e.upsertWorkflowSearchAttributesEventAttributes).length]).toEqual([TASK_RULES, 0]);
    const attributes = (await handle.describe()).typedSearchAttributes;
    expect([attributes.get(searchAttributes.status), attributes.get(searchAttributes.leadAgency), attributes.get(searchAttributes.deadline)?.toISOString()])
      .toEqual(['assigned', state.state.leadAgency.id, new Date(state.state.deadline.at!).toISOString()]);
    expect(await run('bc-cu', '2031-09-15T00:00:00Z', 4)).toMatchObject({ period: null, started: [] }); // ended
  });
  const { rows } = await register().query<{ period: string; n: number }>(`SELECT period, count(*)::int AS n FROM report_tasks GROUP BY period ORDER BY period`);
  expect(rows).toEqual([{ period: '2031-Q3', n: 2 }, { period: '2031-Q4', n: 2 }]);
  const started = await register().query<{ n: number }>(`SELECT count(*)::int AS n FROM task_registrations WHERE started_at IS NOT NULL`);
  expect(started.rows[0]!.n).toBe(4);
});
