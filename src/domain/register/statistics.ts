// Statistics per agency, leader or source as of a snapshot instant: the four Vietnamese categories,
// due-soon, no-deadline and overdue-age buckets, rates by a named formula, praise and warning flags.
// Jurisdictions divide differently, so the formula is configuration and every result names it.
import type { LocalDate, WorkingCalendar } from '../calendar';

export interface TaskFacts {
  groupKey: string;
  assignedAt: number;
  /** The deadline in force at the snapshot; null for tasks without one. */
  deadlineDay: LocalDate | null;
  deadlineAt: number | null;
  completedAt: number | null;
  completedOnTime: boolean | null;
  withdrawnAt: number | null;
}

export type RateFormula = 'government_office' | 'of_assigned' | 'on_time_of_completed';

export const FORMULAS: Record<RateFormula, { completion: string; onTime: string; overdue: string }> = {
  government_office: {
    completion: 'Tỉ lệ hoàn thành = hoàn thành ÷ (hoàn thành + chưa hoàn thành quá hạn) / completion = completed ÷ (completed + overdue unfinished)',
    onTime: 'Tỉ lệ đúng hạn = hoàn thành đúng hạn ÷ hoàn thành / on time = completed on time ÷ completed',
    overdue: 'Tỉ lệ quá hạn = chưa hoàn thành quá hạn ÷ số được giao / overdue = overdue unfinished ÷ assigned',
  },
  of_assigned: {
    completion: 'Tỉ lệ hoàn thành = hoàn thành ÷ số được giao / completion = completed ÷ assigned',
    onTime: 'Tỉ lệ đúng hạn = hoàn thành đúng hạn ÷ số được giao / on time = completed on time ÷ assigned',
    overdue: 'Tỉ lệ quá hạn = chưa hoàn thành quá hạn ÷ số được giao / overdue = overdue unfinished ÷ assigned',
  },
  on_time_of_completed: {
    completion: 'Tỉ lệ hoàn thành = hoàn thành ÷ số được giao / completion = completed ÷ assigned',
    onTime: 'Tỉ lệ đúng hạn = hoàn thành đúng hạn ÷ hoàn thành / on time = completed on time ÷ completed',
    overdue: 'Tỉ lệ quá hạn = chưa hoàn thành quá hạn ÷ số được giao / overdue = overdue unfinished ÷ assigned',
  },
};

export interface Thresholds {
  /** Biểu dương: every condition must hold (strictly above / at most, as seed 001 words them). */
  praise: { tasksAbove: number; completionAbove: number; onTimeAbove: number; overdueAtMost: number };
  /** Cảnh báo: either condition. Đôn Đốc's own default; the seeds name no figure. */
  warning: { completionBelow: number; overdueAbove: number };
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  praise: { tasksAbove: 200, completionAbove: 0.9, onTimeAbove: 0.75, overdueAtMost: 0.01 },
  warning: { completionBelow: 0.7, overdueAbove: 0.05 },
};

export interface GroupStatistics {
  key: string;
  assigned: number;
  completedOnTime: number; // hoàn thành đúng hạn
  completedLate: number; // hoàn thành quá hạn
  inProgressOnTime: number; // đang thực hiện, trong hạn (due-soon included)
  dueSoon: number; // sắp quá hạn
  overdue: number; // đang thực hiện, quá hạn
  overdueOver30Days: number;
  overdueOver120Days: number;
  noDeadline: number; // không thời hạn
  completionRate: number | null;
  onTimeRate: number | null;
  overdueRate: number | null;
  praise: boolean;
  warning: boolean;
}

export interface StatisticsReport {
  snapshot: number;
  formula: RateFormula;
  formulaText: (typeof FORMULAS)[RateFormula];
  thresholds: Thresholds;
  groups: GroupStatistics[];
  total: GroupStatistics;
}

export interface StatisticsOptions {
  snapshot: number;
  formula: RateFormula;
  thresholds: Thresholds;
  calendar: WorkingCalendar;
  dueSoonWorkingDays: number;
}

const DAY_MS = 86_400_000;

export function computeStatistics(tasks: TaskFacts[], options: StatisticsOptions): StatisticsReport {
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

function summarize(key: string, tasks: TaskFacts[], o: StatisticsOptions): GroupStatistics {
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
