// An inspection visit's notices on the time-skipping server: the agency and the team told when it is
// scheduled, the team reminded at 08:00 three and one working days before (holidays skipped), and a
// cancellation told to whoever was told of the visit.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { FileNotificationStore, Notifier } from '../../src/activities';
import { DEFAULT_CALENDAR_DATA } from '../../src/domain/calendar';
import { cancelVisit, inspectionWorkflowId, type InspectionVisitInput } from '../../src/workflows/inspection-workflow';
import { RecordingTransport } from '../support/recording-transport';
import { registerPerFile } from '../support/register';
import { startTimeSkippingServer, testWorker, uniqueTaskQueue } from '../support/temporal';

const register = registerPerFile();
let env: TestWorkflowEnvironment;
let worker: Worker;
let transport: RecordingTransport;
let taskQueue: string;
let outbox: string;

beforeEach(async () => {
  env = await startTimeSkippingServer();
  outbox = mkdtempSync(path.join(os.tmpdir(), 'dondoc-inspection-'));
  transport = new RecordingTransport();
  taskQueue = uniqueTaskQueue('inspection');
  worker = await testWorker(env, taskQueue, { notifier: new Notifier(new FileNotificationStore(outbox), transport), register: register() });
});
afterEach(async () => {
  await env.teardown();
  rmSync(outbox, { recursive: true, force: true });
});

const input = (visitId: string, date: string, unannounced = false): InspectionVisitInput => ({
  visitId, plan: { id: 'KHKT-00001', title: 'Kế hoạch kiểm tra năm 2031' },
  agency: { id: 'stc', name: 'Sở Tài chính', mailbox: { name: 'Sở Tài chính', email: 'sotaichinh@example.gov.vn' }, head: { name: 'Giám đốc Phạm Văn D', email: 'gd.stc@example.gov.vn' } },
  team: { leader: { name: 'Trần Văn A', title: 'Phó Chủ tịch', email: 'pct.a@example.gov.vn' }, members: [{ name: 'Thư ký Bình', email: 'binh.vp@example.gov.vn' }] },
  date, unannounced, proposal: unannounced ? 'Tờ trình 12/TTr-SNV' : null, calendar: DEFAULT_CALENDAR_DATA,
});
const sent = () => transport.sent.map((m) => [m.key.split('/').slice(1).join('/'), new Date(m.dueAt!).toISOString(), m.to.map((r) => r.email).join(',')]);

it('reminds the team at 08:00 three and one working days before the visit, across a weekend', async () => {
  // Visit on Tuesday 15/04/2031: three working days before is Thursday 10/04, one is Monday 14/04.
  await worker.runUntil(async () => {
    const handle = await env.client.workflow.start('inspectionVisitWorkflow', { args: [input('LKT-00001', '2031-04-15')], taskQueue, workflowId: inspectionWorkflowId('LKT-00001') });
    expect(await handle.result()).toEqual({ status: 'visited' });
  });
  const [notice, team, ...reminders] = sent();
  expect([notice![0], notice![2]]).toEqual(['notice', 'sotaichinh@example.gov.vn']);
  expect([team![0], team![2]]).toEqual(['team-notice', 'pct.a@example.gov.vn,binh.vp@example.gov.vn']);
  expect(reminders).toEqual([
    ['reminder/3', '2031-04-10T01:00:00.000Z', 'pct.a@example.gov.vn,binh.vp@example.gov.vn'],
    ['reminder/1', '2031-04-14T01:00:00.000Z', 'pct.a@example.gov.vn,binh.vp@example.gov.vn'],
  ]);
});

it('tells only the team of an unannounced visit, and its cancellation', async () => {
  await worker.runUntil(async () => {
    const handle = await env.client.workflow.start('inspectionVisitWorkflow', { args: [input('LKT-00002', '2031-04-15', true)], taskQueue, workflowId: inspectionWorkflowId('LKT-00002') });
    await env.sleep(Date.parse('2031-04-11T00:00:00Z') - (await env.currentTimeMs()));
    await handle.signal(cancelVisit, { reason: 'Đoàn đổi lịch' });
    expect(await handle.result()).toEqual({ status: 'cancelled' });
  });
  expect(sent().map(([key]) => key)).toEqual(['team-notice', 'reminder/3', 'cancelled']);
  expect(transport.sent.flatMap((m) => m.to.map((r) => r.email))).not.toContain('sotaichinh@example.gov.vn');
});
