// Registered tasks: each task's exact workflow start input, stored with the directive, and the task's
// first row in the register, written in the same transaction (so a task is in every list the moment
// its registration answers). Writes are batched: a directive of 5,000 tasks is a few statements.
import type { TaskRow } from '../domain/register';
import type { TaskInput } from '../domain/task';
import type { Queryable } from './database';
import { upsertTaskRows } from './event-log';

/**
 * Rows per INSERT: a task's start input and first row are ~6 KB of JSON, so 100 make a 0.6 MB statement,
 * built in ~3 ms on the event loop (500 took ~15 ms in one go, a pause for every request and activity).
 */
const BATCH = 100;

export interface DirectiveRecord {
  number: string;
  date: string;
  signer: string;
  source: string;
  title: string;
}

/**
 * Stores a directive unless its number is known, and locks its row until the transaction ends (a
 * concurrent registration of the same directive waits here). Returns the date and signer on record.
 */
export async function claimDirective(tx: Queryable, d: DirectiveRecord, userId: string): Promise<{ date: string; signer: string }> {
  await tx.query('INSERT INTO directives (number, date, signer, source, title, created_by) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (number) DO NOTHING', [
    d.number, d.date, d.signer, d.source, d.title, userId,
  ]);
  const { rows } = await tx.query<{ date: string; signer: string }>(`SELECT to_char(date, 'YYYY-MM-DD') AS date, signer FROM directives WHERE number = $1 FOR UPDATE`, [d.number]);
  return rows[0]!;
}

/** The directive on record under a number, if any. */
export async function knownDirective(q: Queryable, number: string): Promise<{ date: string; signer: string } | undefined> {
  const { rows } = await q.query<{ date: string; signer: string }>(`SELECT to_char(date, 'YYYY-MM-DD') AS date, signer FROM directives WHERE number = $1`, [number]);
  return rows[0];
}

export interface RegisteredTask {
  taskId: string;
  code: string;
  title: string;
}

/** Tasks already registered under a directive, by title (the duplicate rule); index task_registrations_by_title. */
export async function registeredTitles(q: Queryable, directiveNumber: string, titles: string[]): Promise<Map<string, RegisteredTask>> {
  const { rows } = await q.query<{ task_id: string; code: string; title: string }>(
    `SELECT task_id, input->>'code' AS code, input->>'title' AS title FROM task_registrations WHERE directive_number = $1 AND input->>'title' = ANY($2::text[])`,
    [directiveNumber, titles],
  );
  return new Map(rows.map((r) => [r.title, { taskId: r.task_id, code: r.code, title: r.title }]));
}

/** `n` new task ids (NV-000123) from the sequence; numbers of a registration that is then refused are not reused. */
export async function reserveTaskIds(q: Queryable, n: number): Promise<string[]> {
  if (n === 0) return [];
  const { rows } = await q.query<{ n: string }>(`SELECT nextval('task_numbers')::text AS n FROM generate_series(1, $1::int)`, [n]);
  return rows.map((r) => `NV-${r.n.padStart(6, '0')}`);
}

export interface NewRegistration {
  /** The start input, with its task id and code. */
  input: TaskInput;
  /** The task's row as of its assignment: the register shows the task from the moment it is registered. */
  row: TaskRow;
}

/** Stores registrations and their first rows (a row never overwrites one a workflow already wrote: last_seq decides). */
export async function insertRegistrations(tx: Queryable, directiveNumber: string, registeredBy: string, registeredAt: number, tasks: NewRegistration[]): Promise<void> {
  const at = new Date(registeredAt).toISOString();
  for (let i = 0; i < tasks.length; i += BATCH) {
    const batch = tasks.slice(i, i + BATCH);
    await tx.query(
      `INSERT INTO task_registrations (task_id, directive_number, input, registered_by, registered_at, initial_row)
       SELECT r.input->>'taskId', $1, r.input, $2, $3, r.initial FROM jsonb_to_recordset($4::jsonb) AS r(input jsonb, initial jsonb)`,
      [directiveNumber, registeredBy, at, JSON.stringify(batch.map((t) => ({ input: t.input, initial: t.row })))],
    );
    await upsertTaskRows(tx, batch.map((t) => t.row));
  }
}

/** Registrations whose workflow has not started (index task_registrations_not_started), in task-id order, a page at a time. */
export async function unstartedRegistrations(q: Queryable, after: string, limit: number, only?: string[]): Promise<{ taskId: string; input: TaskInput }[]> {
  const { rows } = await q.query<{ task_id: string; input: TaskInput }>(
    `SELECT task_id, input FROM task_registrations
     WHERE started_at IS NULL AND task_id > $1 AND ($2::text[] IS NULL OR task_id = ANY($2)) ORDER BY task_id LIMIT $3`,
    [after, only ?? null, limit],
  );
  return rows.map((r) => ({ taskId: r.task_id, input: r.input }));
}

export async function markStarted(q: Queryable, taskIds: string[]): Promise<void> {
  if (taskIds.length) await q.query('UPDATE task_registrations SET started_at = now() WHERE task_id = ANY($1::text[]) AND started_at IS NULL', [taskIds]);
}

export async function startedTaskIds(q: Queryable, taskIds: string[]): Promise<string[]> {
  const { rows } = await q.query<{ task_id: string }>('SELECT task_id FROM task_registrations WHERE task_id = ANY($1::text[]) AND started_at IS NOT NULL', [taskIds]);
  return rows.map((r) => r.task_id);
}

/** Where a task is visible from: its row, or its registration (the registration writes both, so this is for rows from before it did). */
export async function taskAgencies(q: Queryable, taskId: string): Promise<{ lead: string; coordinating: string[] } | undefined> {
  const { rows } = await q.query<{ lead: string; coordinating: string[] | null }>(
    `SELECT lead_agency_id AS lead, coordinating_agency_ids AS coordinating FROM tasks WHERE task_id = $1
     UNION ALL
     SELECT input->'leadAgency'->>'id', (SELECT jsonb_agg(a->'id') FROM jsonb_array_elements(input->'coordinatingAgencies') a)
     FROM task_registrations WHERE task_id = $1 AND NOT EXISTS (SELECT 1 FROM tasks WHERE task_id = $1)`,
    [taskId],
  );
  return rows[0] ? { lead: rows[0].lead, coordinating: rows[0].coordinating ?? [] } : undefined;
}

/** Directives with their task counts, newest first; for an agency, those where it leads or coordinates a task. */
export async function listDirectives(q: Queryable, agencyId: string | null) {
  const { rows } = await q.query(
    `SELECT d.number, to_char(d.date, 'YYYY-MM-DD') AS date, d.signer, d.source, d.title, count(r.task_id)::int AS tasks
     FROM directives d JOIN task_registrations r ON r.directive_number = d.number
     WHERE $1::text IS NULL OR r.input->'leadAgency'->>'id' = $1 OR r.input->'coordinatingAgencies' @> jsonb_build_array(jsonb_build_object('id', $1::text))
     GROUP BY d.number ORDER BY d.date DESC, d.number`,
    [agencyId],
  );
  return rows;
}
