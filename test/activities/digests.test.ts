// The daily digest: notices held for the recipients who take one, sent as one mail at their hour on a
// working day, once, with every notice; always-immediate kinds still go at once; a crash mid-digest
// neither drops nor repeats it. The hour comes from the run's intended instant, on the time-skipping server.
import { DatabaseNotificationStore, DigestQueue, Notifier } from '../../src/activities';
import { savePreference } from '../../src/db/digests';
import type { NotificationRequest } from '../../src/workflows/contract';
import { RecordingTransport } from '../support/recording-transport';
import { registerPerFile } from '../support/register';
import { startTimeSkippingServer, testWorker, uniqueTaskQueue } from '../support/temporal';

const register = registerPerFile();
const AGENCY = { name: 'Sở Xây dựng', email: 'soxaydung@example.gov.vn' };
const OFFICE = { name: 'Văn phòng UBND', email: 'vanphong@example.gov.vn' };
const APP = 'https://dondoc.example.gov.vn';
// Tuesday 04/03/2031 in Hanoi (UTC+7): notices through the day, the digest at 16:00.
const at = (hhmm: string, day = '2031-03-04') => Date.parse(`${day}T${hhmm}:00+07:00`);
const KINDS = ['assigned', 'reminder', 'completion_accepted', 'extension_proposed', 'overdue_notice'] as const;

let counter = 0;
function notice(kind: NotificationRequest['kind'], dueAt: number, to = [AGENCY], cc = [OFFICE]): NotificationRequest {
  counter += 1;
  const id = `NV-${String(counter).padStart(6, '0')}`;
  return {
    key: `${id}/${kind}/${counter}`, kind, to, cc, dueAt,
    facts: { deadline: '15/03/2031', workingDaysLeft: 7, decision: 'approve', newDeadline: '20/03/2031', onTime: 'đúng hạn', notice: 1, level: 2, target: 'office' },
    task: { id, code: id, title: `Nhiệm vụ số ${counter}`, directive: '12/UBND', assigningLeader: 'Phó Chủ tịch', leadAgency: AGENCY.name, priority: 'normal' },
  };
}

function system() {
  const transport = new RecordingTransport(() => Date.now());
  const notifier = new Notifier(new DatabaseNotificationStore(register()), transport, new DigestQueue(register(), APP));
  return { transport, notifier };
}

beforeAll(async () => {
  await savePreference(register(), { email: AGENCY.email, name: AGENCY.name, mode: 'digest', digestHour: 16, updatedBy: 'admin' });
});
beforeEach(async () => {
  await register().query('DELETE FROM digest_items');
  await register().query('DELETE FROM notifications');
});

it('holds 60 notices for the agency and sends them in one digest at its hour on a working day, once', async () => {
  const { transport, notifier } = system();
  for (let i = 0; i < 60; i++) await notifier.deliver(notice(KINDS[i % KINDS.length]!, at('08:00') + i * 60_000));
  // The office (immediate) got each notice at once; the agency none of them.
  expect(transport.sent).toHaveLength(60);
  expect(transport.sent.every((m) => m.to.map((r) => r.email).join() === OFFICE.email && m.cc.length === 0)).toBe(true);

  const env = await startTimeSkippingServer();
  try {
    const taskQueue = uniqueTaskQueue('digest');
    const worker = await testWorker(env, taskQueue, { notifier, register: register() });
    const run = (when: number, n: number) => env.client.workflow.execute('digestWorkflow', { args: [{ at: when }], taskQueue, workflowId: `digest-${when}-${n}` });
    await worker.runUntil(async () => {
      expect(await run(at('15:00'), 1)).toMatchObject({ day: '2031-03-04', hour: 15, sent: 0 }); // not the agency's hour
      expect(await run(at('16:00'), 2)).toMatchObject({ day: '2031-03-04', hour: 16, sent: 1 });
      expect(await run(at('16:00'), 3)).toMatchObject({ sent: 0 }); // a repeated run (a catch-up) sends nothing again
    });
  } finally {
    await env.teardown();
  }
  const digests = transport.sent.filter((m) => m.key.startsWith('digest/'));
  expect(digests).toHaveLength(1);
  const digest = digests[0]!;
  expect([digest.key, digest.dueAt, digest.to]).toEqual([`digest/${AGENCY.email}/2031-03-04`, at('16:00'), [AGENCY]]);
  expect(digest.subject).toBe('[Đôn Đốc] Tổng hợp ngày 04/03/2031: 60 thông báo');
  const lines = digest.text.split('\n').filter((l) => l.startsWith('- '));
  expect(lines).toHaveLength(60);
  expect(lines[0]).toBe(`- Giao nhiệm vụ NV-${String(counter - 59).padStart(6, '0')}: Nhiệm vụ số ${counter - 59} — ${APP}/tasks/NV-${String(counter - 59).padStart(6, '0')}`);
  expect(digest.text).toContain('Nhiệm vụ mới được giao (12)');
  expect(digest.text).toContain('Quá hạn (12)');
  // The outbox shows the digest, and no notice both held and sent alone to the agency.
  const { rows } = await register().query<{ kind: string; status: string }>(`SELECT kind, status FROM notifications WHERE kind = 'digest'`);
  expect(rows).toEqual([{ kind: 'digest', status: 'sent' }]);
});

it('sends escalations and report demands at once even to a digest recipient', async () => {
  const { transport, notifier } = system();
  await notifier.deliver(notice('escalation', at('09:00'), [AGENCY], []));
  await notifier.deliver(notice('report_required', at('09:00'), [AGENCY], []));
  await notifier.deliver(notice('reminder', at('09:00'), [AGENCY], []));
  expect(transport.sent.map((m) => [m.to[0]!.email, m.key.split('/')[1]])).toEqual([[AGENCY.email, 'escalation'], [AGENCY.email, 'report_required']]);
  const { rows } = await register().query<{ status: string }>(`SELECT status FROM notifications WHERE kind = 'reminder'`);
  expect(rows).toEqual([{ status: 'queued' }]);
});

it('keeps the notices of a day off for the next working day, and a crash mid-digest neither drops nor repeats one', async () => {
  const { transport, notifier } = system();
  // Saturday 08/03 and Sunday 09/03: no digest; Monday 10/03 at 16:00 takes them all.
  for (let i = 0; i < 5; i++) await notifier.deliver(notice('reminder', at('10:00', '2031-03-08') + i * 60_000, [AGENCY], []));
  const saturday = await notifier.digests!.due(at('16:00', '2031-03-08'));
  expect([saturday.workingDay, saturday.recipients]).toEqual([false, []]);
  const monday = await notifier.digests!.due(at('16:00', '2031-03-10'));
  expect(monday.recipients).toEqual([{ email: AGENCY.email, name: AGENCY.name }]);
  // The SMTP server fails after the digest took its notices: the retry sends those same five, once.
  transport.failures = 1;
  await expect(notifier.deliverDigest(AGENCY, monday.day, at('16:00', '2031-03-10'))).rejects.toThrow('421');
  await notifier.deliver(notice('reminder', at('16:30', '2031-03-10'), [AGENCY], [])); // after the hour: tomorrow's digest
  const retried = await notifier.deliverDigest(AGENCY, monday.day, at('16:00', '2031-03-10'));
  expect([retried.notices, retried.duplicate]).toEqual([5, false]);
  expect((await notifier.deliverDigest(AGENCY, monday.day, at('16:00', '2031-03-10'))).duplicate).toBe(true);
  const sent = transport.sent.filter((m) => m.key.startsWith('digest/'));
  expect(sent).toHaveLength(1);
  expect(sent[0]!.text.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(5);
  const waiting = await register().query(`SELECT count(*)::int AS n FROM digest_items WHERE digest_key IS NULL`);
  expect(waiting.rows).toEqual([{ n: 1 }]);
});
