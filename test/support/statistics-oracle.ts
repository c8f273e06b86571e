// The statistics as they were computed before the database computed them (one task at a time, the
// calendar walked per open task): kept as the oracle the SQL aggregates are checked against.
import type { WorkingCalendar } from '../../src/domain/calendar';
import { FORMULAS, type GroupStatistics, type StatisticsReport, type TaskFacts, type Thresholds, type RateFormula } from '../../src/domain/register';

interface OracleOptions {
  snapshot: number;
  formula: RateFormula;
  thresholds: Thresholds;
  calendar: WorkingCalendar;
  dueSoonWorkingDays: number;
}

const DAY_MS = 86_400_000;

export function statisticsOracle(tasks: TaskFacts[], options: OracleOptions): StatisticsReport {
  const byGroup = new Map<string, TaskFacts[]>();
  for (const task of tasks) byGroup.set(task.groupKey, [...(byGroup.get(task.groupKey) ?? []), task]);
  const groups = [...byGroup.entries()]
    .map(([key, list]) => summarize(key, list, options))
    .filter((g) => g.assigned > 0)
    .sort((a, b) => a.key.localeCompare(b.key, 'vi'));
  return {
    snapshot: options.snapshot,
    formula: options.formula,
    formulaText: FORMULAS[options.formula],
    thresholds: options.thresholds,
    groups,
    total: summarize('*', tasks, options),
  };
}

function summarize(key: string, tasks: TaskFacts[], o: OracleOptions): GroupStatistics {
  const g: GroupStatistics = {
    key, assigned: 0, completedOnTime: 0, completedLate: 0, inProgressOnTime: 0, dueSoon: 0, overdue: 0,
    overdueOver30Days: 0, overdueOver120Days: 0, noDeadline: 0, completionRate: null, onTimeRate: null, overdueRate: null,
    praise: false, warning: false,
  };
  const today = o.calendar.localDateOf(o.snapshot);
  for (const t of tasks) {
    if (t.assignedAt > o.snapshot) continue; // not yet assigned then
    if (t.withdrawnAt !== null && t.withdrawnAt <= o.snapshot) continue; // withdrawn tasks leave the statistics
    g.assigned += 1;
    if (t.completedAt !== null && t.completedAt <= o.snapshot) {
      if (t.completedOnTime) g.completedOnTime += 1;
      else g.completedLate += 1;
    } else if (t.deadlineAt === null || t.deadlineDay === null) {
      g.noDeadline += 1;
    } else if (t.deadlineAt < o.snapshot) {
      g.overdue += 1;
      const days = Math.floor((o.snapshot - t.deadlineAt) / DAY_MS);
      if (days > 30) g.overdueOver30Days += 1;
      if (days > 120) g.overdueOver120Days += 1;
    } else {
      g.inProgressOnTime += 1;
      if (o.calendar.workingDaysBetween(today, t.deadlineDay) <= o.dueSoonWorkingDays) g.dueSoon += 1;
    }
  }
  const completed = g.completedOnTime + g.completedLate;
  const ratio = (n: number, d: number) => (d === 0 ? null : n / d);
  if (o.formula === 'government_office') {
    g.completionRate = ratio(completed, completed + g.overdue);
    g.onTimeRate = ratio(g.completedOnTime, completed);
  } else {
    g.completionRate = ratio(completed, g.assigned);
    g.onTimeRate = o.formula === 'of_assigned' ? ratio(g.completedOnTime, g.assigned) : ratio(g.completedOnTime, completed);
  }
  g.overdueRate = ratio(g.overdue, g.assigned);
  const { praise, warning } = o.thresholds;
  g.praise =
    g.assigned > praise.tasksAbove &&
    (g.completionRate ?? 0) > praise.completionAbove &&
    (g.onTimeRate ?? 0) > praise.onTimeAbove &&
    (g.overdueRate ?? 0) <= praise.overdueAtMost;
  g.warning =
    g.assigned > 0 && ((g.completionRate !== null && g.completionRate < warning.completionBelow) || (g.overdueRate ?? 0) > warning.overdueAbove);
  return g;
}
