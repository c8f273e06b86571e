// The statistics' counts, computed by the database: one pass over the task rows with an aggregate per
// category (FILTER), the category boundaries computed once per report (src/domain/register/statistics.ts).
// Indexes: an agency's report reads tasks_by_lead_agency; the office's reads every row, so no index helps.
import { addCounts, emptyCounts, type CategoryBounds, type GroupCounts } from '../domain/register';
import type { Database } from './database';

export type GroupColumn = 'lead_agency_id' | 'assigning_leader_id' | 'source';

export interface CountsQuery {
  groupBy: GroupColumn;
  bounds: CategoryBounds;
  /** Tasks assigned in [from, to] (instants, inclusive); null: unbounded. */
  assignedFrom: number | null;
  assignedTo: number | null;
  /** Only the tasks this agency leads (an agency's own report). */
  leadAgency: string | null;
  /** Periodic reports only, or ordinary tasks only; undefined: both. */
  kind?: 'task' | 'report';
}

/**
 * How many row numbers one statement reads on PGlite. PGlite runs on this process's only thread and
 * one statement at a time, so a statement over 100,000 rows (≈120 ms) would hold every request and
 * every activity that long; slices of 10,000 take ≈25 ms each, and whatever queued runs in between.
 */
export const PGLITE_SLICE_ROWS = 10_000;

/**
 * Counts per group as of the snapshot. On PostgreSQL, one statement (the server does the work; the
 * event loop only waits). On PGlite, slices of the immutable row number: each task is counted exactly
 * once, as of its slice's statement, even while others write.
 */
export async function taskCounts(db: Database, q: CountsQuery, sliceRows = PGLITE_SLICE_ROWS): Promise<GroupCounts[]> {
  const params: unknown[] = [iso(q.bounds.snapshot), iso(q.bounds.overdueOver30At), iso(q.bounds.overdueOver120At), q.bounds.dueSoonBefore];
  const param = (v: unknown) => `$${params.push(v)}`;
  // Conditions only when they apply, so the planner sees each one as it is (an agency's index, say).
  const where = ['assigned_at <= $1', '(withdrawn_at IS NULL OR withdrawn_at > $1)'];
  if (q.assignedFrom !== null) where.push(`assigned_at >= ${param(iso(q.assignedFrom))}`);
  if (q.assignedTo !== null) where.push(`assigned_at <= ${param(iso(q.assignedTo))}`);
  if (q.leadAgency !== null) where.push(`lead_agency_id = ${param(q.leadAgency)}`);
  if (q.kind) where.push(`kind = ${param(q.kind)}`);
  const byKey = new Map<string, GroupCounts>();
  const add = (rows: CountRow[]) => {
    for (const r of rows) {
      let g = byKey.get(r.key);
      if (!g) byKey.set(r.key, (g = emptyCounts(r.key)));
      addCounts(g, r);
    }
  };
  if (db.engine === 'postgresql') {
    add((await db.query<CountRow>(countsSql(q.groupBy, where), params)).rows);
    return [...byKey.values()];
  }
  const { rows } = await db.query<{ lo: string | null; hi: string | null }>('SELECT min(row_no)::text AS lo, max(row_no)::text AS hi FROM tasks');
  if (!rows[0]?.lo) return []; // no tasks
  const hi = Number(rows[0].hi);
  const n = params.length;
  for (let from = Number(rows[0].lo) - 1; ; from += sliceRows) {
    // The last slice is open-ended: rows inserted meanwhile have higher numbers and are counted there.
    const last = from + sliceRows >= hi;
    const slice = last ? [`row_no > $${n + 1}`] : [`row_no > $${n + 1}`, `row_no <= $${n + 2}`];
    add((await db.query<CountRow>(countsSql(q.groupBy, [...where, ...slice]), [...params, from, ...(last ? [] : [from + sliceRows])])).rows);
    if (last) break;
  }
  return [...byKey.values()];
}

type CountRow = Omit<GroupCounts, 'key'> & { key: string };

const iso = (ms: number) => new Date(ms).toISOString();

/** $1 the snapshot, $2/$3 the 30/120-day overdue instants, $4 the due-soon boundary day; `where` holds the rest. */
function countsSql(groupBy: GroupColumn, where: string[]): string {
  const open = '(completed_at IS NULL OR completed_at > $1)';
  const completed = 'completed_at <= $1';
  const dated = 'deadline_at IS NOT NULL AND deadline IS NOT NULL';
  return `
    SELECT ${groupBy} AS key,
      count(*)::int AS "assigned",
      count(*) FILTER (WHERE ${completed} AND completed_on_time IS TRUE)::int AS "completedOnTime",
      count(*) FILTER (WHERE ${completed} AND completed_on_time IS NOT TRUE)::int AS "completedLate",
      count(*) FILTER (WHERE ${open} AND (deadline_at IS NULL OR deadline IS NULL))::int AS "noDeadline",
      count(*) FILTER (WHERE ${open} AND ${dated} AND deadline_at < $1)::int AS "overdue",
      count(*) FILTER (WHERE ${open} AND ${dated} AND deadline_at <= $2)::int AS "overdueOver30Days",
      count(*) FILTER (WHERE ${open} AND ${dated} AND deadline_at <= $3)::int AS "overdueOver120Days",
      count(*) FILTER (WHERE ${open} AND ${dated} AND deadline_at >= $1)::int AS "inProgressOnTime",
      count(*) FILTER (WHERE ${open} AND ${dated} AND deadline_at >= $1 AND deadline < $4::date)::int AS "dueSoon"
    FROM tasks
    WHERE ${where.join(' AND ')}
    GROUP BY 1`;
}
