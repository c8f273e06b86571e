// The task event log: each history entry appended once under (task, seq), and, in the same
// transaction, the task's row updated (never moved back by a late retry) and the reports and
// extension requests projected from the new entries. Everything but the log can be rebuilt from it.
import { actorLabel, type HistoryEntry } from '../domain/task';
import { TASK_ROW_COLUMNS, foldVietnamese, type TaskRow } from '../domain/register';
import type { Database, Queryable } from './database';

export interface TaskEventBatch {
  taskId: string;
  events: HistoryEntry[];
  /** The task's row after the last of `events`. */
  row: TaskRow;
}

/**
 * `ahead`: the API's write of an action's entries before it answers (see ActionResult.row), ahead of the
 * workflow's own write of the same entries. It writes only if the register already holds the task's
 * entries up to `after` (and not yet the batch's last), else nothing: entries the workflow has not written
 * yet (a reminder, say) go first, through the workflow, so events are always projected in order. Its
 * commit does not wait for the disk (synchronous_commit off: seen by every later statement at once, and
 * the workflow's durable write follows), which keeps a flush out of the action's answer.
 */
export async function recordTaskEvents(db: Database, batch: TaskEventBatch, ahead?: { after: number }): Promise<{ inserted: number }> {
  const lastSeq = Math.max(...batch.events.map((e) => e.seq));
  if (batch.row.task_id !== batch.taskId || batch.row.last_seq !== lastSeq) {
    throw new Error(`task row ${batch.row.task_id}#${batch.row.last_seq} does not follow events of ${batch.taskId} up to #${lastSeq}`);
  }
  return db.transaction(async (tx) => {
    let inserted = 0;
    if (ahead) {
      // No row lock: taking one before the event inserts would deadlock with the workflow's write of the
      // same entries (events first, then the row); the inserts and the newer-only upsert settle any race.
      const { rows } = await tx.query<{ last_seq: number }>('SELECT last_seq FROM tasks WHERE task_id = $1', [batch.taskId]);
      const recorded = rows[0] ? Number(rows[0].last_seq) : -1;
      if (recorded < ahead.after || recorded >= lastSeq) return { inserted };
      await tx.query('SET LOCAL synchronous_commit TO OFF');
    }
    for (const e of [...batch.events].sort((a, b) => a.seq - b.seq)) {
      const result = await tx.query(
        `INSERT INTO task_events (task_id, seq, at, actor_id, actor_role, actor_name, action, details, snapshot)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (task_id, seq) DO NOTHING`,
        [batch.taskId, e.seq, new Date(e.at).toISOString(), e.actor.id, e.actor.role, actorLabel(e.actor), e.action, JSON.stringify(e.details),
          e.seq === lastSeq ? JSON.stringify(batch.row) : null],
      );
      if (result.affectedRows === 0) continue; // recorded by an earlier attempt, projected then
      inserted += 1;
      await project(tx, { taskId: batch.taskId, seq: e.seq, at: new Date(e.at).toISOString(), actorId: e.actor.id, actorName: actorLabel(e.actor), action: e.action, details: e.details });
    }
    await upsertTaskRows(tx, [batch.row]);
    return { inserted };
  });
}

const STORED_COLUMNS = [...TASK_ROW_COLUMNS, 'search_text'];
const columns = STORED_COLUMNS.join(', ');
const upsertTasks = (when: string) => `
  INSERT INTO tasks (${columns})
  SELECT ${columns} FROM jsonb_populate_recordset(NULL::tasks, $1::jsonb)
  ON CONFLICT (task_id) DO UPDATE SET ${STORED_COLUMNS.filter((c) => c !== 'task_id').map((c) => `${c} = EXCLUDED.${c}`).join(', ')}
  ${when}`;
// A late retry of an older batch never moves a row back; registration's first row (last_seq 0) yields to any event's.
const UPSERT_NEWER = upsertTasks('WHERE tasks.last_seq < EXCLUDED.last_seq');
const UPSERT_ALWAYS = upsertTasks('');

/** Writes task rows (with their search text) in one statement; an existing row changes only for a later one unless `replace`. */
export async function upsertTaskRows(tx: Queryable, rows: TaskRow[], replace = false): Promise<void> {
  if (rows.length) await tx.query(replace ? UPSERT_ALWAYS : UPSERT_NEWER, [JSON.stringify(rows.map(storedRow))]);
}

/** The row as stored: with the folded text free-text search compares against. */
function storedRow(row: TaskRow): TaskRow & { search_text: string } {
  return { ...row, search_text: foldVietnamese(`${row.code} ${row.title} ${row.directive_number}`) };
}

interface LoggedEvent {
  taskId: string;
  seq: number;
  at: string;
  actorId: string;
  actorName: string;
  action: string;
  details: Record<string, unknown>;
}

/** The events `project` turns into reports and extension requests; the rebuild replays only these. */
const PROJECTED_ACTIONS = [
  'progress_reported', 'completion_submitted', 'completion_accepted', 'completion_returned',
  'extension_proposed', 'extension_approved', 'extension_rejected', 'extension_dropped',
];

/** Keeps the reports and extension-request tables in step with one newly logged event. */
async function project(tx: Queryable, e: LoggedEvent): Promise<void> {
  const d = e.details;
  switch (e.action) {
    case 'progress_reported':
      await tx.query(
        `INSERT INTO reports (task_id, seq, kind, at, actor_id, actor_name, percent, text) VALUES ($1, $2, 'progress', $3, $4, $5, $6, $7)`,
        [e.taskId, e.seq, e.at, e.actorId, e.actorName, d.percent ?? null, String(d.note ?? '')],
      );
      return;
    case 'completion_submitted':
      await tx.query(
        `INSERT INTO reports (task_id, seq, kind, number, at, actor_id, actor_name, text, documents) VALUES ($1, $2, 'completion', $3, $4, $5, $6, $7, $8)`,
        [e.taskId, e.seq, d.report, e.at, e.actorId, e.actorName, String(d.summary ?? ''), JSON.stringify(d.documents ?? [])],
      );
      return;
    case 'completion_accepted':
    case 'completion_returned':
      await tx.query(
        `UPDATE reports SET outcome = $3, outcome_at = $4, outcome_reason = $5 WHERE task_id = $1 AND kind = 'completion' AND number = $2`,
        [e.taskId, d.report, e.action === 'completion_accepted' ? 'accepted' : 'returned', e.at, d.reason ?? null],
      );
      return;
    case 'extension_proposed':
      await tx.query(
        `INSERT INTO extension_requests (task_id, proposal, proposed_at, proposed_by, reason, plan, proposed_deadline) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [e.taskId, d.proposal, e.at, e.actorId, String(d.reason ?? ''), String(d.plan ?? ''), d.proposedDeadline],
      );
      return;
    case 'extension_approved':
    case 'extension_rejected':
    case 'extension_dropped':
      await tx.query(
        `UPDATE extension_requests SET decision = $3, decided_at = $4, decided_by = $5, new_deadline = $6, comment = $7 WHERE task_id = $1 AND proposal = $2`,
        [e.taskId, d.proposal, e.action.replace('extension_', ''), e.at, e.actorId, d.newDeadline ?? null, d.comment ?? d.why ?? null],
      );
      return;
    default:
  }
}

/**
 * Rebuilds everything derived from the event log: each task's row as of its latest recorded snapshot
 * (or, for a task whose workflow recorded nothing yet, the row its registration wrote), and the reports
 * and extension requests replayed from the events in order. Rows are rewritten in place, so each keeps
 * its row number (the statistics' slices); rows with neither a snapshot nor a registration go.
 */
export async function rebuildTaskTable(db: Database): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query('DELETE FROM reports');
    await tx.query('DELETE FROM extension_requests');
    const { rows: events } = await tx.query<{ task_id: string; seq: number; at: Date | string; actor_id: string; actor_name: string; action: string; details: Record<string, unknown> }>(
      `SELECT task_id, seq, at, actor_id, actor_name, action, details FROM task_events
       WHERE action = ANY($1::text[]) ORDER BY task_id, seq`,
      [PROJECTED_ACTIONS],
    );
    for (const e of events) {
      await project(tx, { taskId: e.task_id, seq: e.seq, at: new Date(e.at).toISOString(), actorId: e.actor_id, actorName: e.actor_name, action: e.action, details: e.details });
    }
    const { rows } = await tx.query<{ row: TaskRow }>(
      `SELECT row FROM (
         SELECT DISTINCT ON (task_id) snapshot AS row FROM task_events WHERE snapshot IS NOT NULL ORDER BY task_id, seq DESC
       ) logged
       UNION ALL
       SELECT r.initial_row FROM task_registrations r
       WHERE r.initial_row IS NOT NULL AND NOT EXISTS (SELECT 1 FROM task_events e WHERE e.task_id = r.task_id AND e.snapshot IS NOT NULL)`,
    );
    for (let i = 0; i < rows.length; i += 500) await upsertTaskRows(tx, rows.slice(i, i + 500).map((r) => r.row), true);
    await tx.query('DELETE FROM tasks WHERE NOT (task_id = ANY($1::text[]))', [rows.map((r) => r.row.task_id)]);
    return rows.length;
  });
}
