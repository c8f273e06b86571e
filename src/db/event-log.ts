// The task event log: each history entry appended once under (task, seq), and the task's row updated
// in the same transaction, never moved back by a late retry. The task table can be rebuilt from it.
import type { HistoryEntry } from '../domain/task';
import { TASK_ROW_COLUMNS, type TaskRow } from '../domain/register';
import type { Database } from './database';

export interface TaskEventBatch {
  taskId: string;
  events: HistoryEntry[];
  /** The task's row after the last of `events`. */
  row: TaskRow;
}

export async function recordTaskEvents(db: Database, batch: TaskEventBatch): Promise<{ inserted: number }> {
  const lastSeq = Math.max(...batch.events.map((e) => e.seq));
  if (batch.row.task_id !== batch.taskId || batch.row.last_seq !== lastSeq) {
    throw new Error(`task row ${batch.row.task_id}#${batch.row.last_seq} does not follow events of ${batch.taskId} up to #${lastSeq}`);
  }
  return db.transaction(async (tx) => {
    let inserted = 0;
    for (const e of [...batch.events].sort((a, b) => a.seq - b.seq)) {
      const result = await tx.query(
        `INSERT INTO task_events (task_id, seq, at, actor_id, actor_role, actor_name, action, details, snapshot)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (task_id, seq) DO NOTHING`,
        [batch.taskId, e.seq, new Date(e.at).toISOString(), e.actor.id, e.actor.role, e.actor.name, e.action, JSON.stringify(e.details),
          e.seq === lastSeq ? JSON.stringify(batch.row) : null],
      );
      inserted += result.affectedRows;
    }
    await tx.query(UPSERT_TASK, [JSON.stringify(batch.row)]);
    return { inserted };
  });
}

const columns = TASK_ROW_COLUMNS.join(', ');
const UPSERT_TASK = `
  INSERT INTO tasks (${columns})
  SELECT ${columns} FROM jsonb_populate_record(NULL::tasks, $1::jsonb)
  ON CONFLICT (task_id) DO UPDATE SET ${TASK_ROW_COLUMNS.filter((c) => c !== 'task_id').map((c) => `${c} = EXCLUDED.${c}`).join(', ')}
  WHERE tasks.last_seq < EXCLUDED.last_seq`;

/** Rebuilds the task table from the event log: each task's row as of its latest recorded snapshot. */
export async function rebuildTaskTable(db: Database): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query('DELETE FROM tasks');
    const result = await tx.query(`
      INSERT INTO tasks (${columns})
      SELECT ${TASK_ROW_COLUMNS.map((c) => `r.${c}`).join(', ')}
      FROM (SELECT DISTINCT ON (task_id) snapshot FROM task_events WHERE snapshot IS NOT NULL ORDER BY task_id, seq DESC) latest,
           jsonb_populate_record(NULL::tasks, latest.snapshot) r`);
    return result.affectedRows;
  });
}
