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

/** What is counted per group; the rates, praise and warning follow from these. Counts add up across groups and slices. */
export type GroupCounts = Pick<
  GroupStatistics,
  'key' | 'assigned' | 'completedOnTime' | 'completedLate' | 'inProgressOnTime' | 'dueSoon' | 'overdue' | 'overdueOver30Days' | 'overdueOver120Days' | 'noDeadline'
>;

/**
 * Where each category starts, computed once per report so that a task is categorised by comparisons
 * alone (the database does the same with these values): overdue for more than 30 or 120 whole days
 * means a deadline at or before an instant, and due soon means a deadline day before a boundary day.
 */
export interface CategoryBounds {
  snapshot: number;
  /** Open tasks whose deadline instant is at or before this are overdue by more than 30 days. */
  overdueOver30At: number;
  overdueOver120At: number;
  /**
   * Open tasks within their deadline whose deadline day is before this are due soon: working days in
   * (today, deadline] ≤ N exactly when the deadline comes before the (N+1)th working day after today.
   */
  dueSoonBefore: LocalDate;
}

export function categoryBounds(snapshot: number, calendar: WorkingCalendar, dueSoonWorkingDays: number): CategoryBounds {
  if (!Number.isInteger(dueSoonWorkingDays) || dueSoonWorkingDays < 0) throw new RangeError(`dueSoonWorkingDays must be a whole number ≥ 0, got ${dueSoonWorkingDays}`);
  return {
    snapshot,
    overdueOver30At: snapshot - 31 * DAY_MS, // floor(days) > 30 ⇔ at least 31 whole days
    overdueOver120At: snapshot - 121 * DAY_MS,
    dueSoonBefore: calendar.addWorkingDays(calendar.localDateOf(snapshot), dueSoonWorkingDays + 1),
  };
}

export const emptyCounts = (key: string): GroupCounts => ({
  key, assigned: 0, completedOnTime: 0, completedLate: 0, inProgressOnTime: 0, dueSoon: 0, overdue: 0, overdueOver30Days: 0, overdueOver120Days: 0, noDeadline: 0,
});

/** Adds one task to its group's counts as of the snapshot. */
export function countTask(g: GroupCounts, t: TaskFacts, b: CategoryBounds): void {
  if (t.assignedAt > b.snapshot) return; // not yet assigned then
  if (t.withdrawnAt !== null && t.withdrawnAt <= b.snapshot) return; // withdrawn tasks leave the statistics
  g.assigned += 1;
  if (t.completedAt !== null && t.completedAt <= b.snapshot) {
    if (t.completedOnTime) g.completedOnTime += 1;
    else g.completedLate += 1;
  } else if (t.deadlineAt === null || t.deadlineDay === null) {
    g.noDeadline += 1;
  } else if (t.deadlineAt < b.snapshot) {
    g.overdue += 1;
    if (t.deadlineAt <= b.overdueOver30At) g.overdueOver30Days += 1;
    if (t.deadlineAt <= b.overdueOver120At) g.overdueOver120Days += 1;
  } else {
    g.inProgressOnTime += 1;
    if (t.deadlineDay < b.dueSoonBefore) g.dueSoon += 1;
  }
}

export function addCounts(into: GroupCounts, more: Omit<GroupCounts, 'key'>): void {
  for (const k of COUNT_FIELDS) into[k] += more[k];
}

const COUNT_FIELDS = [
  'assigned', 'completedOnTime', 'completedLate', 'inProgressOnTime', 'dueSoon', 'overdue', 'overdueOver30Days', 'overdueOver120Days', 'noDeadline',
] as const satisfies readonly (keyof GroupCounts)[];

export function computeStatistics(tasks: TaskFacts[], options: StatisticsOptions): StatisticsReport {
  const bounds = categoryBounds(options.snapshot, options.calendar, options.dueSoonWorkingDays);
  const byGroup = new Map<string, GroupCounts>();
  for (const task of tasks) {
    let g = byGroup.get(task.groupKey);
    if (!g) byGroup.set(task.groupKey, (g = emptyCounts(task.groupKey)));
    countTask(g, task, bounds);
  }
  return reportOf([...byGroup.values()], options);
}

/** The report from per-group counts: groups with tasks in the name order of Vietnamese, and their total. */
export function reportOf(counts: GroupCounts[], o: Pick<StatisticsOptions, 'snapshot' | 'formula' | 'thresholds'>): StatisticsReport {
  const total = emptyCounts('*');
  for (const c of counts) addCounts(total, c);
  return {
    snapshot: o.snapshot,
    formula: o.formula,
    formulaText: FORMULAS[o.formula],
    thresholds: o.thresholds,
    groups: counts
      .filter((c) => c.assigned > 0)
      .map((c) => rated(c, o))
      .sort((a, b) => a.key.localeCompare(b.key, 'vi')),
    total: rated(total, o),
  };
}

function rated(c: GroupCounts, o: Pick<StatisticsOptions, 'formula' | 'thresholds'>): GroupStatistics {
  const g: GroupStatistics = { ...c, completionRate: null, onTimeRate: null, overdueRate: null, praise: false, warning: false };
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
