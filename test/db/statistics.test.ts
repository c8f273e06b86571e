// The statistics computed by the database give the figures the task-by-task computation gave (kept as
// the oracle in test/support), on a generated register of every kind of task, on both engines: every
// grouping, formula, period, scope, and snapshots on both sides of holidays.
import { statistics } from '../../src/api/statistics';
import type { Principal } from '../../src/api/auth';
import type { Database } from '../../src/db/database';
import { migrate } from '../../src/db/migrations';
import { taskCounts } from '../../src/db/statistics';
import { DEFAULT_CALENDAR_DATA, WorkingCalendar } from '../../src/domain/calendar';
import { DEFAULT_THRESHOLDS, categoryBounds, computeStatistics, type RateFormula, type TaskFacts } from '../../src/domain/register';
import { seedTasks } from '../../bench/seed';
import { ENGINES } from '../support/engines';
import { statisticsOracle } from '../support/statistics-oracle';

const NOW = Date.parse('2026-11-20T03:00:00Z');
const calendar = new WorkingCalendar(DEFAULT_CALENDAR_DATA);
const AGENCIES = ['so-xay-dung', 'so-tai-chinh', 'so-giao-thong', 'quan-1', 'quan-3', 'huyen-cu-chi'];
const admin: Principal = { userId: 'admin', name: 'Quản trị', email: '', role: 'admin', agencyId: null, leaderId: null };
const officer: Principal = { userId: 'cv', name: 'Chuyên viên', email: '', role: 'agency_officer', agencyId: 'quan-1', leaderId: null };

type Query = Parameters<typeof statistics>[2];
const q = (over: Partial<Query>): Query => ({ groupBy: 'agency', format: 'json', ...over });

const CASES: [string, Principal, Query][] = [
  ['by agency, today', admin, q({})],
  ['by agency, the Friday before Tết 2026 (due soon across the holiday)', admin, q({ snapshot: '2026-02-13' })],
  ['by agency, before the 30/4 and 1/5 holidays, completed ÷ assigned', admin, q({ snapshot: '2026-04-24', formula: 'of_assigned' })],
  ['by leader, a Saturday, on time ÷ completed', admin, q({ groupBy: 'leader', snapshot: '2026-03-07', formula: 'on_time_of_completed' })],
  ['by source, a year end', admin, q({ groupBy: 'source', snapshot: '2025-12-31' })],
  ['by agency, a period', admin, q({ from: '2026-01-01', to: '2026-06-30', snapshot: '2026-09-30' })],
  ['by leader, a period starting only', admin, q({ groupBy: 'leader', from: '2026-05-01' })],
  ['by agency, in a year with only the statutory calendar', admin, q({ snapshot: '2027-06-30' })],
  ['an agency officer, its own tasks', officer, q({ snapshot: '2026-08-31' })],
  ['an agency officer, a period, by source', officer, q({ groupBy: 'source', from: '2025-07-01', to: '2026-06-30', formula: 'of_assigned' })],
];

describe.each(ENGINES)('statistics on %s', (_name, makeEngine) => {
  const engine = makeEngine();
  let db: Database;

  beforeAll(async () => {
    db = await engine.open();
    await migrate(db);
    await seedTasks(db, { count: 3_000, agencies: AGENCIES, leaders: ['ct', 'pct-a', 'pct-b', 'pct-c'], now: NOW });
    // Rows the categories treat at their edges: a completion without a verdict, a deadline day without its instant and the reverse.
    await db.query(`UPDATE tasks SET completed_on_time = NULL WHERE completed_at IS NOT NULL AND task_id LIKE '%7'`);
    await db.query(`UPDATE tasks SET deadline_at = NULL WHERE deadline IS NOT NULL AND task_id LIKE '%13'`);
    await db.query(`UPDATE tasks SET deadline = NULL WHERE deadline_at IS NOT NULL AND task_id LIKE '%29'`);
  }, 180_000);
  afterAll(async () => {
    await db?.close();
    await engine.dispose();
  });

  /** The report as the API computed it before: every row of the period and scope loaded, then counted one by one. */
  async function oracle(p: Principal, query: Query) {
    const { rows } = await db.query<Record<string, string | Date | boolean | null>>(
      `SELECT lead_agency_id, assigning_leader_id, source, assigned_at, to_char(deadline, 'YYYY-MM-DD') AS deadline, deadline_at, completed_at, completed_on_time, withdrawn_at FROM tasks`,
    );
    const ms = (v: unknown) => (v === null ? null : new Date(v as string).getTime());
    const from = query.from ? calendar.endOfDay(query.from) - 86_400_000 + 1 : -Infinity;
    const to = query.to ? calendar.endOfDay(query.to) : Infinity;
    const key = { agency: 'lead_agency_id', leader: 'assigning_leader_id', source: 'source' }[query.groupBy];
    const facts: TaskFacts[] = rows
      .filter((r) => ms(r.assigned_at)! >= from && ms(r.assigned_at)! <= to && (p.agencyId === null || r.lead_agency_id === p.agencyId))
      .map((r) => ({
        groupKey: r[key] as string, assignedAt: ms(r.assigned_at)!, deadlineDay: r.deadline as string | null, deadlineAt: ms(r.deadline_at),
        completedAt: ms(r.completed_at), completedOnTime: r.completed_on_time as boolean | null, withdrawnAt: ms(r.withdrawn_at),
      }));
    const snapshotDay = query.snapshot ?? calendar.localDateOf(NOW);
    const snapshot = Math.min(calendar.endOfDay(snapshotDay), query.snapshot ? Number.MAX_SAFE_INTEGER : NOW);
    const options = { snapshot, formula: (query.formula ?? 'government_office') as RateFormula, thresholds: DEFAULT_THRESHOLDS, calendar, dueSoonWorkingDays: 3 };
    return { facts, options, report: statisticsOracle(facts, options) };
  }

  it.each(CASES)('gives the figures of the task-by-task computation: %s', async (_label, p, query) => {
    const expected = await oracle(p, query);
    const actual = await statistics(db, p, query, calendar, NOW);
    expect(expected.report.total.assigned).toBeGreaterThan(p.agencyId ? 50 : 500); // the case counts real tasks
    expect({ groups: actual.groups, total: actual.total }).toEqual({ groups: expected.report.groups, total: expected.report.total });
    // The domain's own counting (the due-soon boundary computed once) agrees too.
    expect(computeStatistics(expected.facts, expected.options)).toEqual(expected.report);
  });

  it('counts every task once however the rows are sliced', async () => {
    const bounds = categoryBounds(NOW, calendar, 3);
    const query = { groupBy: 'lead_agency_id' as const, bounds, assignedFrom: null, assignedTo: null, leadAgency: null };
    const whole = await taskCounts(db, query, 1_000_000);
    const sort = <T extends { key: string }>(g: T[]) => [...g].sort((a, b) => a.key.localeCompare(b.key));
    expect(sort(await taskCounts(db, query, 97))).toEqual(sort(whole));
    expect(whole.reduce((n, g) => n + g.assigned, 0)).toBeGreaterThan(2_000);
  });
});
