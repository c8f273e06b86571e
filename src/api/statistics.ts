// Statistics for a period as of a snapshot date, grouped by agency, leader or source, as JSON or as
// an official report table in Excel (.xlsx) or CSV. The formula and thresholds are configuration.
import { Readable } from 'node:stream';
import { z } from 'zod';
import { currentCalendar } from '../db/current-calendar';
import type { Database, Queryable } from '../db/database';
import { taskCounts, type GroupColumn } from '../db/statistics';
import { WorkingCalendar, formatVietnamese, type LocalDate } from '../domain/calendar';
import { DEFAULT_THRESHOLDS, FORMULAS, categoryBounds, reportOf, type GroupStatistics, type RateFormula, type StatisticsReport, type Thresholds } from '../domain/register';
import { DEFAULT_TASK_POLICY } from '../domain/task';
import { isAgencyRole, type Principal } from './auth';
import { audit } from './audit';
import { reportSettings, statisticsWorkbook } from './report-layout';
import { writeSetting } from '../db/settings';
import { route, type Route } from './routes';
import { StatisticsOut, StatisticsSettingsOut, StatisticsSettingsWithFormulas } from './responses';
import { localDate } from './schemas';

const FORMULA_IDS = Object.keys(FORMULAS) as [RateFormula, ...RateFormula[]];
const rate = z.number().min(0).max(1);

export const StatisticsSettingsSchema = z
  .object({
    formula: z.enum(FORMULA_IDS),
    thresholds: z
      .object({
        praise: z.object({ tasksAbove: z.number().int().min(0), completionAbove: rate, onTimeAbove: rate, overdueAtMost: rate }).strict(),
        warning: z.object({ completionBelow: rate, overdueAbove: rate }).strict(),
      })
      .strict(),
  })
  .strict();
export type StatisticsSettings = z.output<typeof StatisticsSettingsSchema>;
export const DEFAULT_STATISTICS_SETTINGS: StatisticsSettings = { formula: 'government_office', thresholds: DEFAULT_THRESHOLDS };

export async function statisticsSettings(q: Queryable): Promise<StatisticsSettings> {
  const { rows } = await q.query<{ value: StatisticsSettings }>(`SELECT value FROM settings WHERE key = 'statistics'`);
  return rows[0]?.value ?? DEFAULT_STATISTICS_SETTINGS;
}

const GROUPS = ['agency', 'leader', 'source'] as const;
export const StatisticsQuery = z
  .object({
    groupBy: z.enum(GROUPS).default('agency'),
    from: localDate.optional().describe('Giao từ ngày / assigned from'),
    to: localDate.optional().describe('Giao đến ngày / assigned until'),
    snapshot: localDate.optional().describe('Số liệu tính đến hết ngày (mặc định hôm nay) / figures as of the end of this day (default today)'),
    formula: z.enum(FORMULA_IDS).optional(),
    format: z.enum(['json', 'csv', 'xlsx']).default('json'),
    kind: z.enum(['task', 'report']).optional().describe('Chỉ báo cáo định kỳ, hoặc chỉ nhiệm vụ khác (mặc định: tất cả) / periodic reports only, or other tasks only (default: both)'),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: '"to" phải sau "from" / "to" must not be before "from"' });
type StatisticsRequest = z.output<typeof StatisticsQuery>;

export const SOURCE_LABELS: Record<string, string> = {
  government: 'Chính phủ, Thủ tướng Chính phủ',
  party_committee: 'Thành ủy / Tỉnh ủy',
  peoples_council: 'Hội đồng nhân dân',
  peoples_committee: 'Ủy ban nhân dân',
  chairman: 'Chủ tịch UBND',
};
const GROUP_TITLES = { agency: 'Cơ quan chủ trì', leader: 'Lãnh đạo giao', source: 'Nguồn giao' } as const;

export interface StatisticsResult extends StatisticsReport {
  groupBy: (typeof GROUPS)[number];
  period: { from: LocalDate | null; to: LocalDate | null; snapshot: LocalDate };
  labels: Record<string, string>;
}

const GROUP_COLUMNS: Record<(typeof GROUPS)[number], GroupColumn> = { agency: 'lead_agency_id', leader: 'assigning_leader_id', source: 'source' };

/**
 * The report: the database counts each group's tasks per category (`taskCounts`, one pass; slices on
 * PGlite), with the category boundaries computed once from the working calendar; rates, praise and
 * warning follow from the counts (src/domain/register/statistics.ts). Figures are those of
 * `computeStatistics` on the same rows (test/db/statistics.test.ts checks them against the old computation).
 */
export async function statistics(db: Database, p: Principal, q: StatisticsRequest, calendar: WorkingCalendar, now = Date.now()): Promise<StatisticsResult> {
  const settings = await statisticsSettings(db);
  const snapshotDay = q.snapshot ?? calendar.localDateOf(now);
  const snapshot = Math.min(calendar.endOfDay(snapshotDay), q.snapshot ? Number.MAX_SAFE_INTEGER : now);
  const counts = await taskCounts(db, {
    groupBy: GROUP_COLUMNS[q.groupBy],
    bounds: categoryBounds(snapshot, calendar, DEFAULT_TASK_POLICY.dueSoonWorkingDays),
    assignedFrom: q.from ? calendar.endOfDay(q.from) - 86_400_000 + 1 : null,
    assignedTo: q.to ? calendar.endOfDay(q.to) : null,
    leadAgency: isAgencyRole(p.role) ? p.agencyId : null,
    ...(q.kind ? { kind: q.kind } : {}),
  });
  const report = reportOf(counts, { snapshot, formula: q.formula ?? settings.formula, thresholds: settings.thresholds as Thresholds });
  const labels: Record<string, string> = {};
  if (q.groupBy === 'agency') for (const r of (await db.query<{ id: string; name: string }>('SELECT id, name FROM agencies')).rows) labels[r.id] = r.name;
  if (q.groupBy === 'leader') for (const r of (await db.query<{ id: string; name: string; title: string }>('SELECT id, name, title FROM leaders')).rows) labels[r.id] = `${r.title} ${r.name}`;
  if (q.groupBy === 'source') Object.assign(labels, SOURCE_LABELS);
  return { ...report, groupBy: q.groupBy, period: { from: q.from ?? null, to: q.to ?? null, snapshot: snapshotDay }, labels };
}

const percent = (v: number | null) => (v === null ? '' : `${(v * 100).toFixed(1)}%`);
const verdict = (g: GroupStatistics) => [g.praise ? 'Biểu dương' : '', g.warning ? 'Cảnh báo' : ''].filter(Boolean).join(', ');

const COLUMNS = [
  'STT', '', 'Tổng số nhiệm vụ được giao', 'Hoàn thành đúng hạn', 'Hoàn thành quá hạn', 'Đang thực hiện trong hạn', 'Trong đó sắp đến hạn',
  'Đang thực hiện quá hạn', 'Quá hạn trên 30 ngày', 'Quá hạn trên 120 ngày', 'Không thời hạn', 'Tỉ lệ hoàn thành', 'Tỉ lệ đúng hạn', 'Tỉ lệ quá hạn', 'Đánh giá',
];

/** The report as rows of cells: title, period, formula, date, then the table and its total. */
export function reportRows(r: StatisticsResult, madeOn: LocalDate): (string | number)[][] {
  const period = r.period.from || r.period.to
    ? `Nhiệm vụ giao từ ${r.period.from ? formatVietnamese(r.period.from) : '(đầu kỳ)'} đến ${r.period.to ? formatVietnamese(r.period.to) : '(nay)'}`
    : 'Tất cả nhiệm vụ đã giao';
  const line = (i: number | string, label: string, g: GroupStatistics) => [
    i, label, g.assigned, g.completedOnTime, g.completedLate, g.inProgressOnTime, g.dueSoon, g.overdue, g.overdueOver30Days, g.overdueOver120Days, g.noDeadline,
    percent(g.completionRate), percent(g.onTimeRate), percent(g.overdueRate), verdict(g),
  ];
  return [
    [`BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ DO ỦY BAN NHÂN DÂN GIAO — THEO ${GROUP_TITLES[r.groupBy].toUpperCase()}`],
    [`${period}; số liệu tính đến hết ngày ${formatVietnamese(r.period.snapshot)}`],
    [`Công thức: ${r.formula}. ${r.formulaText.completion}; ${r.formulaText.onTime}; ${r.formulaText.overdue}`],
    [`Ngày lập báo cáo: ${formatVietnamese(madeOn)}`],
    [],
    COLUMNS.map((c, i) => (i === 1 ? GROUP_TITLES[r.groupBy] : c)),
    ...r.groups.map((g, i) => line(i + 1, r.labels[g.key] ?? g.key, g)),
    line('', 'Tổng cộng', r.total),
  ];
}

/**
 * Text that a spreadsheet would read as a formula (=, +, -, @, tab, carriage return first: OWASP's
 * CSV-injection guidance) gets a leading apostrophe, so an agency named "=HYPERLINK(…)" stays text.
 * Numbers stay numbers.
 */
export function neutralizeFormula(v: string | number): string | number {
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

const csvCell = (raw: string | number) => {
  const v = String(neutralizeFormula(raw));
  return /[",\r\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
};

/** The report as CSV text. */
export function toCsv(rows: (string | number)[][]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`; // BOM: Excel opens UTF-8 Vietnamese correctly
}

/** The report as a CSV stream, a line at a time. */
export function csvStream(rows: (string | number)[][]): Readable {
  return Readable.from(
    (function* lines() {
      yield '\uFEFF'; // BOM: Excel opens UTF-8 Vietnamese correctly
      for (const r of rows) yield `${r.map(csvCell).join(',')}\r\n`;
    })(),
  );
}

const CSV = 'text/csv; charset=utf-8';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function statisticsRoutes(db: Database): Route[] {
  const tag = 'Thống kê / Statistics';
  return [
    route({
      method: 'GET', url: '/api/statistics', tag, access: 'signed-in', query: StatisticsQuery, response: StatisticsOut, files: [CSV, XLSX],
      summary: 'Thống kê theo cơ quan, lãnh đạo hoặc nguồn; JSON, CSV hoặc Excel / statistics by agency, leader or source; JSON, CSV or Excel',
      description: 'Mỗi số liệu nêu công thức đã dùng. Cơ quan chỉ thấy số liệu của mình. / Every figure names its formula. An agency sees only its own figures.',
      handler: async ({ principal, query }) => {
        const calendar = new WorkingCalendar(await currentCalendar(db));
        const now = Date.now();
        const result = await statistics(db, principal, query, calendar, now);
        if (query.format === 'json') return { body: result };
        const rows = reportRows(result, calendar.localDateOf(now));
        const name = `thong-ke-${query.groupBy}-${result.period.snapshot}`;
        return query.format === 'csv'
          ? { file: { contentType: CSV, filename: `${name}.csv`, data: csvStream(rows) } }
          : { file: { contentType: XLSX, filename: `${name}.xlsx`, data: await statisticsWorkbook(result, await reportSettings(db), calendar.localDateOf(now)) } }; // one row per group: small
      },
    }),
    route({
      method: 'GET', url: '/api/settings/statistics', tag, access: 'signed-in', response: StatisticsSettingsWithFormulas,
      summary: 'Công thức và ngưỡng biểu dương/cảnh báo đang dùng / the formula and praise/warning thresholds in use',
      handler: async () => ({ body: { ...(await statisticsSettings(db)), formulas: FORMULAS } }),
    }),
    route({
      method: 'PUT', url: '/api/settings/statistics', tag, access: ['admin'], body: StatisticsSettingsSchema, response: StatisticsSettingsOut,
      summary: 'Đặt công thức và ngưỡng / set the formula and thresholds',
      handler: async ({ principal, body }) => {
        await db.transaction(async (tx) => {
          await writeSetting(tx, 'statistics', body);
          await audit(tx, principal, 'statistics_settings_changed', 'settings', 'statistics', body);
        });
        return { body };
      },
    }),
  ];
}
