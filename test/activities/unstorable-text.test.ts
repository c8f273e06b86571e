// Text PostgreSQL cannot store (a NUL, a lone UTF-16 surrogate) that gets past the API: the activities
// refuse it for good, naming the field and not repeating the text, before sending or writing anything.
import { DatabaseNotificationStore, Notifier } from '../../src/activities';
import { taskRowOf } from '../../src/domain/register';
import { TaskMachine } from '../../src/domain/task';
import { findUnstorableText } from '../../src/domain/text';
import type { NotificationRequest } from '../../src/workflows/contract';
import { RecordingTransport } from '../support/recording-transport';
import { registerPerFile } from '../support/register';
import { actors, taskInput } from '../support/tasks';
import { createActivitiesForTest } from './notifier-fixture';

const register = registerPerFile();

describe('finding text PostgreSQL cannot store', () => {
  it('accepts Vietnamese with diacritics, emoji (surrogate pairs) and non-text values', () => {
    expect(findUnstorableText({ title: 'Chỉnh trang vỉa hè 🚧', n: 3, ok: true, none: null, list: ['Sở Xây dựng'] })).toEqual([]);
  });

  it('names the path of each NUL and lone surrogate, high or low, and never the text', () => {
    const found = findUnstorableText({
      facts: { summary: 'Đã xong\u0000', documents: 'ok' },
      events: [{ details: { note: 'a\ud800b' } }, { details: { 'so-van-ban': ['x', '\udc00y'] } }],
    });
    expect(found).toEqual([
      { path: 'facts.summary', problem: 'nul' },
      { path: 'events[0].details.note', problem: 'lone_surrogate' },
      { path: 'events[1].details["so-van-ban"][1]', problem: 'lone_surrogate' },
    ]);
  });

  it('names an unstorable property name by its position', () => {
    expect(findUnstorableText({ details: { ok: 1, 'bad\u0000': 2 } })).toEqual([{ path: 'details{key 1}', problem: 'nul' }]);
    expect(findUnstorableText('\u0000')).toEqual([{ path: '(value)', problem: 'nul' }]);
  });
});

describe('a notification holding unstorable text', () => {
  const request = (facts: NotificationRequest['facts'], title = 'Chỉnh trang vỉa hè'): NotificationRequest => ({
    key: `T-unstorable-${Math.random().toString(36).slice(2)}/completion/1/submitted`,
    kind: 'completion_submitted',
    to: [{ name: 'Văn phòng UBND thành phố', email: 'vanphong@example.gov.vn' }],
    cc: [],
    facts: { deadline: '07/03/2031', workingDaysLeft: 3, ...facts },
    dueAt: Date.parse('2031-03-04T03:00:00Z'),
    task: { id: 'T-unstorable', code: 'NV-1', title, directive: '4651/UBND-KSTT ngày 26/07/2026', assigningLeader: 'Phó Chủ tịch', leadAgency: 'Sở Xây dựng', priority: 'normal' },
  });

  it.each([
    ['a NUL in its facts', request({ summary: 'Đã hoàn thành\u0000', documents: '12/BC-SXD' }), 'facts.summary (NUL character)'],
    ['a lone surrogate in the task title', request({ summary: 'Đã hoàn thành' }, 'Chỉnh trang \ud800'), 'task.title (lone UTF-16 surrogate)'],
  ])('fails without retries and sends nothing (%s)', async (_label, bad, named) => {
    const transport = new RecordingTransport(() => Date.now());
    const store = new DatabaseNotificationStore(register());
    const { sendNotification } = createActivitiesForTest(new Notifier(store, transport), register());
    const failure = await sendNotification(bad).then(
      () => undefined,
      (error: { type?: string; nonRetryable?: boolean; message: string }) => error,
    );
    expect(failure).toMatchObject({ type: 'UNSTORABLE_TEXT', nonRetryable: true });
    expect(failure!.message).toContain(named);
    expect(findUnstorableText(failure!.message)).toEqual([]); // the reason can be recorded in turn
    expect(transport.sent).toEqual([]);
    expect(await store.get(bad.key)).toBeUndefined();
  });

  it('delivers the same notice without the bad character, recording when it fell due', async () => {
    const transport = new RecordingTransport(() => Date.now());
    const store = new DatabaseNotificationStore(register());
    const { sendNotification } = createActivitiesForTest(new Notifier(store, transport), register());
    const good = request({ summary: 'Đã hoàn thành', documents: '12/BC-SXD' });
    expect(await sendNotification(good)).toMatchObject({ status: 'sent', duplicate: false });
    expect(transport.sent.map((m) => m.dueAt)).toEqual([Date.parse('2031-03-04T03:00:00Z')]);
    expect(await store.get(good.key)).toMatchObject({ dueAt: '2031-03-04T03:00:00.000Z' });
  });
});

describe('an event batch holding unstorable text', () => {
  function batch(summary: string) {
    const at = Date.parse('2031-02-01T00:00:00Z');
    const m = TaskMachine.assign(taskInput(), at);
    m.apply({ type: 'acknowledge', actor: actors.officer }, at + 1000);
    m.apply({ type: 'submit_completion', actor: actors.officer, summary, documents: ['12/BC-SXD'] }, at + 2000);
    return { taskId: m.state.task.taskId, events: m.state.history, row: taskRowOf(m.state, m.status()) };
  }
  const written = async (taskId: string) => ({
    events: (await register().query('SELECT seq FROM task_events WHERE task_id = $1', [taskId])).rows,
    rows: (await register().query('SELECT status FROM tasks WHERE task_id = $1', [taskId])).rows,
    reports: (await register().query('SELECT seq FROM reports WHERE task_id = $1', [taskId])).rows,
  });

  it('fails without retries, naming the field, and writes nothing, not even the storable entries', async () => {
    const { recordTaskEvents } = createActivitiesForTest(new Notifier(new DatabaseNotificationStore(register())), register());
    const bad = batch('Đã hoàn thành\u0000');
    const failure = await recordTaskEvents(bad).then(
      () => undefined,
      (error: { type?: string; nonRetryable?: boolean; message: string }) => error,
    );
    expect(failure).toMatchObject({ type: 'UNSTORABLE_TEXT', nonRetryable: true });
    expect(failure!.message).toContain('events[2].details.summary (NUL character)');
    expect(failure!.message).not.toContain('Đã hoàn thành');
    expect(await written(bad.taskId)).toEqual({ events: [], rows: [], reports: [] });
  });

  it('refuses a row with a lone surrogate as well', async () => {
    const { recordTaskEvents } = createActivitiesForTest(new Notifier(new DatabaseNotificationStore(register())), register());
    const good = batch('Đã hoàn thành');
    const bad = { ...good, row: { ...good.row, lead_agency_id: 'so-\udfff' } };
    await expect(recordTaskEvents(bad)).rejects.toMatchObject({ type: 'UNSTORABLE_TEXT', nonRetryable: true, message: expect.stringContaining('row.lead_agency_id') });
    expect(await written(bad.taskId)).toEqual({ events: [], rows: [], reports: [] });
    expect(await recordTaskEvents(good)).toEqual({ inserted: 3 }); // the same batch, storable, is written
  });
});
