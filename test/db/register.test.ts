// The register on both engines it runs on: PGlite in-process and the PostgreSQL server.
import type { Database } from '../../src/db/database';
import { recordTaskEvents, rebuildTaskTable } from '../../src/db/event-log';
import { MIGRATIONS, migrate } from '../../src/db/migrations';
import { claimDirective, insertRegistrations } from '../../src/db/registrations';
import { initialTaskRow, taskRowOf } from '../../src/domain/register';
import { TaskMachine } from '../../src/domain/task';
import { ENGINES } from '../support/engines';
import { actors, taskInput } from '../support/tasks';

const at = (iso: string) => Date.parse(iso);

describe.each(ENGINES)('the register on %s', (_name, makeEngine) => {
  const engine = makeEngine();
  let db: Database;

  beforeAll(async () => {
    db = await engine.open();
    await migrate(db);
  }, 120_000);
  afterAll(async () => {
    await db?.close();
    await engine.dispose();
  });

  const rows = async () => (await db.query('SELECT * FROM tasks ORDER BY task_id')).rows;
  const eventCount = async (taskId: string) => Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM task_events WHERE task_id = $1', [taskId])).rows[0]!.n);

  function lifecycle() {
    const m = TaskMachine.assign(taskInput(), at('2031-02-01T00:00:00Z'));
    const batches: Parameters<typeof recordTaskEvents>[1][] = [];
    let recorded = 0;
    const flush = () => {
      batches.push({ taskId: m.state.task.taskId, events: m.state.history.slice(recorded), row: taskRowOf(m.state, m.status()) });
      recorded = m.state.history.length;
    };
    flush();
    m.apply({ type: 'acknowledge', actor: actors.officer }, at('2031-02-02T00:00:00Z'));
    m.apply({ type: 'report_progress', actor: actors.officer, percent: 60, note: 'Đang làm' }, at('2031-02-03T00:00:00Z'));
    flush();
    m.fireDue(at('2031-03-11T00:00:00Z'));
    flush();
    return { machine: m, batches };
  }

  it('applies migrations once', async () => {
    expect(await migrate(db)).toEqual([]);
    const { rows: applied } = await db.query<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id');
    expect(applied.map((r) => r.id)).toEqual(MIGRATIONS.map((m) => m.id));
  });

  it('appends each event once under (task, seq) and keeps the task row current, whatever is retried', async () => {
    const { machine, batches } = lifecycle();
    const taskId = machine.state.task.taskId;
    for (const batch of batches) await recordTaskEvents(db, batch);
    expect(await eventCount(taskId)).toBe(machine.state.history.length);

    // Retries of every batch, and an old batch arriving last: nothing doubles, nothing moves back.
    for (const batch of batches) expect(await recordTaskEvents(db, batch)).toEqual({ inserted: 0 });
    await recordTaskEvents(db, batches[0]!);
    expect(await eventCount(taskId)).toBe(machine.state.history.length);
    const [row] = (await db.query('SELECT * FROM tasks WHERE task_id = $1', [taskId])).rows;
    expect(row).toMatchObject({ status: 'overdue', escalation_level: 1, progress_percent: 60, last_seq: machine.state.history.length, lead_agency_id: 'so-xay-dung' });
    expect(new Date(row!.deadline_at as string).toISOString()).toBe('2031-03-07T16:59:59.999Z');
  });

  it('writes an action ahead of its workflow only when the register holds every earlier entry of the task', async () => {
    const { machine, batches } = lifecycle();
    const taskId = machine.state.task.taskId;
    const [first, second, third] = batches as [typeof batches[0], typeof batches[0], typeof batches[0]];
    const after = (b: typeof first) => ({ after: b.events[0]!.seq - 1 });
    // Nothing of the task in the register yet: the second batch would be projected before the first.
    expect(await recordTaskEvents(db, second, after(second))).toEqual({ inserted: 0 });
    expect(await eventCount(taskId)).toBe(0);
    await recordTaskEvents(db, first);
    expect(await recordTaskEvents(db, second, after(second))).toEqual({ inserted: second.events.length });
    expect((await db.query('SELECT progress_percent, last_seq FROM tasks WHERE task_id = $1', [taskId])).rows).toEqual([{ progress_percent: 60, last_seq: second.row.last_seq }]);
    expect((await db.query('SELECT percent FROM reports WHERE task_id = $1', [taskId])).rows).toEqual([{ percent: 60 }]);
    // Already written (by the workflow, say): nothing again; the workflow's write of it after the API's changes nothing either.
    expect(await recordTaskEvents(db, second, after(second))).toEqual({ inserted: 0 });
    expect(await recordTaskEvents(db, second)).toEqual({ inserted: 0 });
    expect((await db.query('SELECT 1 FROM reports WHERE task_id = $1', [taskId])).rows).toHaveLength(1);
    await recordTaskEvents(db, third);
    expect(await eventCount(taskId)).toBe(machine.state.history.length);
  });

  it('rebuilds the task table from the event log, row for row', async () => {
    for (let i = 0; i < 3; i++) for (const batch of lifecycle().batches) await recordTaskEvents(db, batch);
    const before = await rows();
    expect(before.length).toBeGreaterThanOrEqual(4);
    expect(await rebuildTaskTable(db)).toBe(before.length);
    expect(await rows()).toEqual(before);
  });

  it('shows a registered task at once, gives its row over to the workflow\'s first event, and keeps both through a rebuild', async () => {
    const registeredAt = at('2031-02-01T00:00:00Z');
    const input = taskInput();
    const waiting = taskInput(); // its workflow has recorded nothing yet
    await db.transaction(async (tx) => {
      await claimDirective(tx, { ...input.directive, source: input.source, title: 'Văn bản' }, 'office');
      await insertRegistrations(tx, input.directive.number, 'office', registeredAt, [input, waiting].map((i) => ({ input: i, row: initialTaskRow(i, registeredAt) })));
    });
    const row = async (taskId: string) => (await db.query('SELECT * FROM tasks WHERE task_id = $1', [taskId])).rows[0];
    expect(await row(waiting.taskId)).toMatchObject({ status: 'assigned', last_seq: 0, lead_agency_id: 'so-xay-dung', title: waiting.title });
    expect(new Date((await row(waiting.taskId))!.assigned_at as string).toISOString()).toBe('2031-02-01T00:00:00.000Z');

    const m = TaskMachine.assign(input, at('2031-02-01T00:00:01Z'));
    await recordTaskEvents(db, { taskId: input.taskId, events: m.state.history, row: taskRowOf(m.state, m.status()) });
    expect(new Date((await row(input.taskId))!.assigned_at as string).toISOString()).toBe('2031-02-01T00:00:01.000Z');

    const before = await rows();
    await rebuildTaskTable(db);
    expect(await rows()).toEqual(before);
  });

  it('changes nothing when a write fails half-way', async () => {
    const { machine, batches } = lifecycle();
    const bad = { ...batches[0]!, row: { ...batches[0]!.row, status: null as never } }; // violates NOT NULL
    await expect(recordTaskEvents(db, bad)).rejects.toThrow();
    expect(await eventCount(machine.state.task.taskId)).toBe(0);
    expect((await db.query('SELECT 1 FROM tasks WHERE task_id = $1', [machine.state.task.taskId])).rows).toEqual([]);
  });

  it('refuses a row that does not follow the events', async () => {
    const { batches } = lifecycle();
    await expect(recordTaskEvents(db, { ...batches[1]!, row: batches[0]!.row })).rejects.toThrow(/does not follow/);
  });
});
