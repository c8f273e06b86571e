// Real email over SMTP on loopback: Vietnamese subject and body with diacritics, delivery once per
// idempotency key, retries after a temporary SMTP failure, and the outbox when no SMTP is configured.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseNotificationStore } from '../../src/activities';
import { FileNotificationStore, Notifier, createActivitiesForTest, smtpTransport, type MailTransport } from './notifier-fixture';
import { LoopbackSmtp } from '../support/smtp';
import type { NotificationRequest } from '../../src/workflows/contract';
import type { taskWorkflow } from '../../src/workflows';
import { registerPerFile } from '../support/register';
import { taskInput } from '../support/tasks';
import { startTimeSkippingServer, testWorker, uniqueTaskQueue } from '../support/temporal';

const request = (key = 'T1/reminder/0/3'): NotificationRequest => ({
  key,
  kind: 'reminder',
  to: [{ name: 'Sở Xây dựng', email: 'soxaydung@example.gov.vn' }],
  cc: [{ name: 'Giám đốc Lê Thị C (Sở Xây dựng)', email: 'gd.sxd@example.gov.vn' }],
  facts: { deadline: '07/03/2031', workingDaysLeft: 3 },
  task: {
    id: 'T1',
    code: 'NV-2031-015',
    title: 'Đẩy nhanh tiến độ giải phóng mặt bằng dự án Vành đai 3',
    directive: '4651/UBND-KSTT ngày 26/07/2026',
    assigningLeader: 'Phó Chủ tịch Trần Văn A',
    leadAgency: 'Sở Xây dựng',
    priority: 'urgent',
  },
});

const register = registerPerFile();

describe('notifications over SMTP', () => {
  let smtp: LoopbackSmtp;
  let dir: string;
  let transport: MailTransport;

  beforeEach(async () => {
    smtp = await LoopbackSmtp.start();
    dir = mkdtempSync(path.join(os.tmpdir(), 'dondoc-mail-'));
    transport = smtpTransport(smtp.url, '"Đôn Đốc" <dondoc@ubnd.example.gov.vn>');
  });
  afterEach(async () => {
    transport.close();
    await smtp.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('delivers a Vietnamese reminder with correct diacritics in subject and body', async () => {
    const notifier = new Notifier(new FileNotificationStore(dir), transport);
    expect(await notifier.deliver(request())).toEqual({ key: 'T1/reminder/0/3', status: 'sent', duplicate: false });
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.envelopeTo.sort()).toEqual(['gd.sxd@example.gov.vn', 'soxaydung@example.gov.vn']);
    expect(mail.parsed.subject).toBe('[Đôn Đốc] Nhắc hạn nhiệm vụ NV-2031-015: còn 3 ngày làm việc: Đẩy nhanh tiến độ giải phóng mặt bằng dự án Vành đai 3');
    expect(mail.parsed.from?.text).toBe('"Đôn Đốc" <dondoc@ubnd.example.gov.vn>');
    expect(mail.parsed.text).toContain('Kính gửi: Sở Xây dựng');
    expect(mail.parsed.text).toContain('Thời hạn: 07/03/2031 (còn 3 ngày làm việc)');
    expect(mail.parsed.text).toContain('Văn bản chỉ đạo: 4651/UBND-KSTT ngày 26/07/2026');
    expect(mail.parsed.text).toContain('Mức độ: Khẩn');
    expect(mail.parsed.text).toContain('Việc cần làm: Hoàn thành và gửi báo cáo kết quả trước thời hạn');
    expect(mail.parsed.html).toContain('<th align="left" style="padding-right:12px">Cơ quan chủ trì</th><td>Sở Xây dựng</td>');
    expect(mail.parsed.messageId).toMatch(/^<[0-9a-f]{32}@127\.0\.0\.1>$/);
  });

  it('sends a notification once per key, however often the activity runs', async () => {
    const notifier = new Notifier(new FileNotificationStore(dir), transport);
    await notifier.deliver(request());
    expect(await notifier.deliver(request())).toMatchObject({ duplicate: true, status: 'sent' });
    // A worker restarted on the same store knows it too.
    expect(await new Notifier(new FileNotificationStore(dir), transport).deliver(request())).toMatchObject({ duplicate: true });
    expect(smtp.received).toHaveLength(1);
  });

  it('fails loudly on a temporary SMTP error, records nothing, and delivers on the retry', async () => {
    const notifier = new Notifier(new FileNotificationStore(dir), transport);
    smtp.rejectNext = 1;
    await expect(notifier.deliver(request())).rejects.toThrow(/451/);
    expect(await new FileNotificationStore(dir).list()).toEqual([]);
    expect(await notifier.deliver(request())).toMatchObject({ status: 'sent', duplicate: false });
    expect(smtp.received).toHaveLength(1);
  });

  it('keeps notifications in the outbox when no SMTP server is configured', async () => {
    const store = new FileNotificationStore(dir);
    expect(await new Notifier(store).deliver(request())).toEqual({ key: 'T1/reminder/0/3', status: 'stored', duplicate: false });
    const [stored] = await store.list();
    expect(stored).toMatchObject({ key: 'T1/reminder/0/3', kind: 'reminder', taskId: 'T1', status: 'stored', dueAt: null });
    expect(stored!.subject).toContain('Nhắc hạn nhiệm vụ NV-2031-015');
    expect(smtp.received).toHaveLength(0);
  });

  it("records in the register's outbox when each notice fell due, next to when it was recorded", async () => {
    const store = new DatabaseNotificationStore(register());
    const notifier = new Notifier(store, transport);
    const taskId = `T-due-${Date.now()}`;
    const due = Date.parse('2031-03-04T01:00:00Z');
    await notifier.deliver({ ...request(`${taskId}/reminder/0/3`), task: { ...request().task, id: taskId }, dueAt: due });
    await notifier.deliver({ ...request(`${taskId}/reminder/0/1`), task: { ...request().task, id: taskId } }); // queued before notices carried it
    const listed = await store.list({ taskId });
    expect(listed.map((n) => [n.key, n.dueAt])).toEqual([
      [`${taskId}/reminder/0/3`, '2031-03-04T01:00:00.000Z'],
      [`${taskId}/reminder/0/1`, null],
    ]);
    expect(listed[0]!.recordedAt).not.toBe(listed[0]!.dueAt); // recorded when it was delivered, in real time
    expect((await store.recent(10)).find((n) => n.key === `${taskId}/reminder/0/3`)?.dueAt).toBe('2031-03-04T01:00:00.000Z');
    expect(await store.get(`${taskId}/reminder/0/1`)).toMatchObject({ dueAt: null });
  });

  it('refuses a malformed request without retrying it', async () => {
    const { sendNotification } = createActivitiesForTest(new Notifier(new FileNotificationStore(dir), transport), register());
    const bad = { ...request(), to: [{ name: 'Sở', email: 'not-an-email' }] };
    await expect(sendNotification(bad)).rejects.toMatchObject({ type: 'INVALID_NOTIFICATION', nonRetryable: true });
    expect(smtp.received).toHaveLength(0);
  });
});

describe('a task workflow mailing over SMTP', () => {
  it('emails the assignment notice to the lead and coordinating agencies, copying the head', async () => {
    const smtp = await LoopbackSmtp.start();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dondoc-mail-'));
    const transport = smtpTransport(smtp.url, '"Đôn Đốc" <dondoc@ubnd.example.gov.vn>');
    const env = await startTimeSkippingServer();
    try {
      const taskQueue = uniqueTaskQueue();
      const worker = await testWorker(env, taskQueue, { notifier: new Notifier(new FileNotificationStore(dir), transport), register: register() });
      const input = taskInput({ code: 'NV-2031-020', title: 'Kiểm tra công tác phòng cháy chữa cháy tại các chung cư cũ' });
      await worker.runUntil(async () => {
        const handle = await env.client.workflow.start<typeof taskWorkflow>('taskWorkflow', { args: [{ input }], taskQueue, workflowId: `task-${input.taskId}` });
        for (let i = 0; i < 100 && smtp.received.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
        await handle.terminate('test over');
      });
      expect(smtp.received).toHaveLength(1);
      const { parsed, envelopeTo } = smtp.received[0]!;
      expect(parsed.subject).toBe('[Đôn Đốc] Giao nhiệm vụ NV-2031-020: Kiểm tra công tác phòng cháy chữa cháy tại các chung cư cũ');
      expect(envelopeTo.sort()).toEqual(['gd.sxd@example.gov.vn', 'sotaichinh@example.gov.vn', 'soxaydung@example.gov.vn']);
      expect(parsed.text).toContain('Kính gửi: Sở Xây dựng; Sở Tài chính');
      expect(parsed.text).toMatch(/Thời hạn: 07\/03\/2031 \(còn \d+ ngày làm việc\)/);
      expect(parsed.text).toContain('Lãnh đạo giao: Phó Chủ tịch Trần Văn A');
    } finally {
      await env.teardown();
      transport.close();
      await smtp.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
