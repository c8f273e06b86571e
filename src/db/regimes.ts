// Reporting regimes in the register, and the report tasks each period created: one per (regime,
// agency, period), so a retried, late or back-filled run finds the tasks it made instead of making more.
import type { DueRule, Frequency } from '../domain/reporting';
import type { Queryable } from './database';

export interface RegimeRecord {
  id: string;
  title: string;
  content: string;
  agencies: string[];
  frequency: Frequency;
  due: DueRule;
  directiveNumber: string;
  assigningLeaderId: string;
  status: 'active' | 'paused' | 'ended';
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

interface Row {
  id: string; title: string; content: string; agencies: string[]; frequency: Frequency; due: DueRule; directive_number: string; assigning_leader_id: string;
  status: RegimeRecord['status']; created_by: string; created_at: Date | string; updated_at: Date | string;
}

const recordOf = (r: Row): RegimeRecord => ({
  id: r.id, title: r.title, content: r.content, agencies: r.agencies, frequency: r.frequency, due: r.due, directiveNumber: r.directive_number,
  assigningLeaderId: r.assigning_leader_id, status: r.status, createdBy: r.created_by, createdAt: new Date(r.created_at).toISOString(), updatedAt: new Date(r.updated_at).toISOString(),
});

export async function insertRegime(q: Queryable, r: Omit<RegimeRecord, 'status' | 'createdAt' | 'updatedAt'>): Promise<void> {
  await q.query(
    `INSERT INTO reporting_regimes (id, title, content, agencies, frequency, due, directive_number, assigning_leader_id, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [r.id, r.title, r.content, JSON.stringify(r.agencies), r.frequency, JSON.stringify(r.due), r.directiveNumber, r.assigningLeaderId, r.createdBy],
  );
}

export async function findRegime(q: Queryable, id: string): Promise<RegimeRecord | undefined> {
  const { rows } = await q.query<Row>('SELECT * FROM reporting_regimes WHERE id = $1', [id]);
  return rows[0] ? recordOf(rows[0]) : undefined;
}

export async function listRegimes(q: Queryable): Promise<RegimeRecord[]> {
  const { rows } = await q.query<Row>('SELECT * FROM reporting_regimes ORDER BY created_at DESC, id');
  return rows.map(recordOf);
}

export async function updateRegime(q: Queryable, id: string, patch: Partial<Pick<RegimeRecord, 'title' | 'content' | 'agencies' | 'due' | 'status' | 'assigningLeaderId'>>): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [id];
  const set = (column: string, value: unknown) => sets.push(`${column} = $${params.push(value)}`);
  if (patch.title !== undefined) set('title', patch.title);
  if (patch.content !== undefined) set('content', patch.content);
  if (patch.agencies !== undefined) set('agencies', JSON.stringify(patch.agencies));
  if (patch.due !== undefined) set('due', JSON.stringify(patch.due));
  if (patch.status !== undefined) set('status', patch.status);
  if (patch.assigningLeaderId !== undefined) set('assigning_leader_id', patch.assigningLeaderId);
  if (sets.length) await q.query(`UPDATE reporting_regimes SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, params);
}

/** This period's report tasks already registered, by agency. */
export async function periodTasks(q: Queryable, regimeId: string, period: string): Promise<Map<string, { taskId: string; started: boolean }>> {
  const { rows } = await q.query<{ agency_id: string; task_id: string; started: boolean }>(
    `SELECT p.agency_id, p.task_id, r.started_at IS NOT NULL AS started FROM report_tasks p JOIN task_registrations r ON r.task_id = p.task_id
     WHERE p.regime_id = $1 AND p.period = $2`,
    [regimeId, period],
  );
  return new Map(rows.map((r) => [r.agency_id, { taskId: r.task_id, started: r.started }]));
}

/** Claims (regime, agency, period) for a task: false when another run claimed it first. */
export async function claimPeriodTask(q: Queryable, regimeId: string, agencyId: string, period: string, taskId: string): Promise<boolean> {
  const { affectedRows } = await q.query('INSERT INTO report_tasks (regime_id, agency_id, period, task_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [regimeId, agencyId, period, taskId]);
  return affectedRows === 1;
}

/** Each period of a regime with how its reports stand: how many, done, overdue now. */
export async function regimePeriods(q: Queryable, regimeId: string, now: number): Promise<{ period: string; tasks: number; done: number; overdue: number }[]> {
  const { rows } = await q.query<{ period: string; tasks: number; done: number; overdue: number }>(
    `SELECT p.period, count(*)::int AS tasks,
            (count(*) FILTER (WHERE t.completed_at IS NOT NULL))::int AS done,
            (count(*) FILTER (WHERE t.completed_at IS NULL AND t.withdrawn_at IS NULL AND t.deadline_at < $2::timestamptz))::int AS overdue
     FROM report_tasks p LEFT JOIN tasks t ON t.task_id = p.task_id WHERE p.regime_id = $1 GROUP BY p.period ORDER BY p.period DESC`,
    [regimeId, new Date(now).toISOString()],
  );
  return rows;
}
