// Inspection plans, visits and conclusions in the register, and the agencies worth inspecting: those
// with overdue tasks, and those inspected in earlier years that still have some (re-inspection, seed 000).
import type { Queryable } from './database';

export interface Team {
  id: string;
  name: string;
  leaderId: string;
  members: { name: string; email: string }[];
  secretary: { name: string; email: string } | null;
}

export interface PlanRecord {
  id: string;
  year: number;
  title: string;
  purpose: string;
  periodFrom: string;
  periodTo: string;
  teams: Team[];
  agencies: string[];
  createdBy: string;
  createdAt: string;
}

interface PlanRow {
  id: string;
  year: number;
  title: string;
  purpose: string;
  period_from: string;
  period_to: string;
  teams: Team[];
  agencies: string[];
  created_by: string;
  created_at: Date | string;
}

const PLAN_COLUMNS = `id, year, title, purpose, to_char(period_from, 'YYYY-MM-DD') AS period_from, to_char(period_to, 'YYYY-MM-DD') AS period_to, teams, agencies, created_by, created_at`;
const planOf = (r: PlanRow): PlanRecord => ({
  id: r.id, year: r.year, title: r.title, purpose: r.purpose, periodFrom: r.period_from, periodTo: r.period_to, teams: r.teams, agencies: r.agencies,
  createdBy: r.created_by, createdAt: new Date(r.created_at).toISOString(),
});

export async function nextInspectionId(q: Queryable, prefix: 'KHKT' | 'LKT'): Promise<string> {
  const { rows } = await q.query<{ n: string }>(`SELECT nextval('inspection_numbers')::text AS n`);
  return `${prefix}-${rows[0]!.n.padStart(5, '0')}`;
}

export async function insertPlan(q: Queryable, p: Omit<PlanRecord, 'createdAt'>): Promise<void> {
  await q.query(
    'INSERT INTO inspection_plans (id, year, title, purpose, period_from, period_to, teams, agencies, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
    [p.id, p.year, p.title, p.purpose, p.periodFrom, p.periodTo, JSON.stringify(p.teams), JSON.stringify(p.agencies), p.createdBy],
  );
}

export async function findPlan(q: Queryable, id: string): Promise<PlanRecord | undefined> {
  const { rows } = await q.query<PlanRow>(`SELECT ${PLAN_COLUMNS} FROM inspection_plans WHERE id = $1`, [id]);
  return rows[0] ? planOf(rows[0]) : undefined;
}

export async function listPlans(q: Queryable, year: number | undefined): Promise<PlanRecord[]> {
  const { rows } = await q.query<PlanRow>(`SELECT ${PLAN_COLUMNS} FROM inspection_plans WHERE $1::int IS NULL OR year = $1 ORDER BY year DESC, id`, [year ?? null]);
  return rows.map(planOf);
}

export interface VisitRecord {
  id: string;
  planId: string;
  teamId: string;
  agencyId: string;
  date: string;
  unannounced: boolean;
  proposal: string | null;
  decidedBy: string | null;
  status: 'scheduled' | 'cancelled' | 'concluded';
  conclusion: { number: string; date: string; findings: string; directiveNumber: string } | null;
  /** The tasks its conclusions gave the agency: how many, done, overdue now. */
  tasks: { total: number; done: number; overdue: number };
}

export async function insertVisit(q: Queryable, v: Omit<VisitRecord, 'status' | 'conclusion' | 'tasks'> & { createdBy: string }): Promise<void> {
  await q.query(
    'INSERT INTO inspection_visits (id, plan_id, team_id, agency_id, visit_date, unannounced, proposal, decided_by, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
    [v.id, v.planId, v.teamId, v.agencyId, v.date, v.unannounced, v.proposal, v.decidedBy, v.createdBy],
  );
}

/** A plan's visits (or one visit), each with its conclusion and the state of the tasks it gave. */
export async function visitsOf(q: Queryable, where: { planId: string } | { visitId: string }, now: number): Promise<VisitRecord[]> {
  const byPlan = 'planId' in where;
  const { rows } = await q.query<{
    id: string; plan_id: string; team_id: string; agency_id: string; visit_date: string; unannounced: boolean; proposal: string | null; decided_by: string | null;
    status: VisitRecord['status']; number: string | null; date: string | null; findings: string | null; directive_number: string | null; total: number; done: number; overdue: number;
  }>(
    `SELECT v.id, v.plan_id, v.team_id, v.agency_id, to_char(v.visit_date, 'YYYY-MM-DD') AS visit_date, v.unannounced, v.proposal, v.decided_by, v.status,
            c.number, to_char(c.date, 'YYYY-MM-DD') AS date, c.findings, c.directive_number,
            count(t.task_id)::int AS total,
            (count(t.task_id) FILTER (WHERE t.completed_at IS NOT NULL))::int AS done,
            (count(t.task_id) FILTER (WHERE t.completed_at IS NULL AND t.withdrawn_at IS NULL AND t.deadline_at < $2::timestamptz))::int AS overdue
     FROM inspection_visits v
     LEFT JOIN inspection_conclusions c ON c.visit_id = v.id
     LEFT JOIN tasks t ON t.directive_number = c.directive_number
     WHERE ${byPlan ? 'v.plan_id = $1' : 'v.id = $1'}
     GROUP BY v.id, c.visit_id
     ORDER BY v.visit_date, v.id`,
    [byPlan ? where.planId : where.visitId, new Date(now).toISOString()],
  );
  return rows.map((r) => ({
    id: r.id, planId: r.plan_id, teamId: r.team_id, agencyId: r.agency_id, date: r.visit_date, unannounced: r.unannounced, proposal: r.proposal, decidedBy: r.decided_by,
    status: r.status,
    conclusion: r.number ? { number: r.number, date: r.date!, findings: r.findings!, directiveNumber: r.directive_number! } : null,
    tasks: { total: r.total, done: r.done, overdue: r.overdue },
  }));
}

export async function setVisitStatus(q: Queryable, id: string, status: VisitRecord['status']): Promise<void> {
  await q.query('UPDATE inspection_visits SET status = $2 WHERE id = $1', [id, status]);
}

export async function insertConclusion(q: Queryable, c: { visitId: string; number: string; date: string; findings: string; directiveNumber: string; createdBy: string }): Promise<void> {
  await q.query(
    'INSERT INTO inspection_conclusions (visit_id, number, date, findings, directive_number, created_by) VALUES ($1, $2, $3, $4, $5, $6)',
    [c.visitId, c.number, c.date, c.findings, c.directiveNumber, c.createdBy],
  );
}

export interface Suggestion {
  agencyId: string;
  name: string;
  overdueTasks: number;
  /** Years it was inspected before the plan's year. */
  inspectedIn: number[];
  reinspection: boolean;
}

/**
 * Agencies worth inspecting in `year`: every active agency with open overdue tasks, most first; those
 * inspected in earlier years that still have overdue tasks are marked for re-inspection (seed 000).
 * One statement: a count per agency over the lead-agency index.
 */
export async function inspectionSuggestions(q: Queryable, year: number, now: number): Promise<Suggestion[]> {
  const { rows } = await q.query<{ id: string; name: string; overdue: number; years: number[] }>(
    `SELECT a.id, a.name,
            (SELECT count(*) FROM tasks t WHERE t.lead_agency_id = a.id AND t.completed_at IS NULL AND t.withdrawn_at IS NULL AND t.deadline_at < $2::timestamptz)::int AS overdue,
            (SELECT coalesce(jsonb_agg(DISTINCT p.year ORDER BY p.year), '[]'::jsonb) FROM inspection_visits v JOIN inspection_plans p ON p.id = v.plan_id
             WHERE v.agency_id = a.id AND p.year < $1 AND v.status <> 'cancelled') AS years
     FROM agencies a WHERE a.active AND a.kind <> 'office'`,
    [year, new Date(now).toISOString()],
  );
  return rows
    .filter((r) => r.overdue > 0)
    .map((r) => ({ agencyId: r.id, name: r.name, overdueTasks: r.overdue, inspectedIn: r.years, reinspection: r.years.length > 0 }))
    .sort((a, b) => Number(b.reinspection) - Number(a.reinspection) || b.overdueTasks - a.overdueTasks || a.agencyId.localeCompare(b.agencyId));
}
