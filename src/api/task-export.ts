// The task list as a file: the filtered list, one row per task, as Excel or CSV, for the office's
// follow-up sheet (UI.md, "Reports the office publishes"). The rows are read page by page in the list's
// own order and written as they come, so a city's 100,000 tasks stream without being held in memory
// and without holding the event loop: each page is one indexed range read.
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { currentCalendar } from '../db/current-calendar';
import type { Database } from '../db/database';
import { lastReports, listTasks, writtenDeadlines, type LastReport, type TaskListQuery, type TaskRowRecord } from '../db/task-list';
import { WorkingCalendar, formatVietnamese, type LocalDate } from '../domain/calendar';
import { REPORT_KIND_LABELS, STATUS_LABELS } from '../domain/register';
import type { TaskStatus } from '../domain/task';
import { isAgencyRole, type Principal } from './auth';
import { findAgencies } from './directory';
import { route, type Route } from './routes';
import { neutralizeFormula } from './statistics';
import { ListQuery, listQueryOf } from './task-list';

export const ExportQuery = ListQuery.omit({ cursor: true, limit: true })
  .extend({ format: z.enum(['xlsx', 'csv']).default('xlsx').describe('Excel (mặc định) hoặc CSV / Excel (default) or CSV') })
  .strict();

/** Rows read per statement: a page is one index range read of a few milliseconds, even on PGlite. */
export const EXPORT_PAGE_ROWS = 500;

export const EXPORT_COLUMNS = [
  'STT', 'Mã nhiệm vụ', 'Trích yếu', 'Văn bản chỉ đạo', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn theo văn bản', 'Thời hạn hiện hành',
  'Trạng thái', 'Số ngày quá hạn (ngày làm việc)', 'Cấp đôn đốc', 'Báo cáo gần nhất',
] as const;
const WIDTHS = [6, 14, 50, 16, 30, 30, 24, 14, 22, 14, 10, 60];

type Cell = string | number;

/**
 * The list's rows as cells, page after page. The first page is read before anything is sent, so a
 * register that is down answers 503 instead of an empty file.
 */
export async function exportRows(db: Database, list: Omit<TaskListQuery, 'limit' | 'after'>, today: LocalDate, calendar: WorkingCalendar): Promise<AsyncIterable<Cell[]>> {
  const overdueDays = calendar.workingDaysUntil(today);
  const agencyNames = new Map<string, string>();
  const pageAfter = async (after: TaskListQuery['after']) => {
    const { rows, more } = await listTasks(db, { ...list, limit: EXPORT_PAGE_ROWS, ...(after ? { after } : {}) });
    const ids = rows.map((r) => r.task_id);
    const missing = [...new Set(rows.flatMap((r) => [r.lead_agency_id, ...(r.coordinating_agency_ids ?? [])]))].filter((id) => !agencyNames.has(id));
    for (const a of await findAgencies(db, missing)) agencyNames.set(a.id, a.name);
    return { rows, more, written: await writtenDeadlines(db, ids), reports: await lastReports(db, ids) };
  };
  const name = (id: string) => agencyNames.get(id) ?? id;
  const first = await pageAfter(undefined);
  return (async function* cells() {
    let page = first;
    let n = 0;
    for (;;) {
      for (const r of page.rows) {
        n += 1;
        yield rowCells(n, r, page.written.get(r.task_id), page.reports.get(r.task_id), name, list.now, overdueDays);
      }
      const last = page.rows.at(-1);
      if (!page.more || !last) return;
      page = await pageAfter({ value: last.sort_key!, taskId: last.task_id });
    }
  })();
}

function rowCells(n: number, r: TaskRowRecord, written: string | undefined, report: LastReport | undefined, name: (id: string) => string, now: number, overdueDays: (day: LocalDate) => number): Cell[] {
  const deadline = r.deadline === null ? null : String(r.deadline).slice(0, 10);
  const open = r.completed_at === null && r.withdrawn_at === null;
  const overdue = open && r.deadline_at !== null && new Date(r.deadline_at).getTime() < now && deadline !== null;
  return [
    n,
    r.code,
    r.title,
    r.directive_number,
    name(r.lead_agency_id),
    (r.coordinating_agency_ids ?? []).map(name).join('; '),
    written ?? (deadline ? formatVietnamese(deadline) : 'không thời hạn'),
    deadline ? formatVietnamese(deadline) : '',
    STATUS_LABELS[r.status as TaskStatus] ?? r.status,
    overdue ? Math.max(1, overdueDays(deadline)) : '',
    r.escalation_level,
    report ? reportText(report) : '',
  ];
}

/** "12/11/2026 — Báo cáo tiến độ (60%): Đã hoàn thành khảo sát…", at most 300 characters of the report's text. */
function reportText(r: LastReport): string {
  const day = new Date(r.at).toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' });
  const text = r.text.length > 300 ? `${r.text.slice(0, 299)}…` : r.text;
  return `${day} — ${REPORT_KIND_LABELS[r.kind]}${r.percent !== null ? ` (${r.percent}%)` : ''}: ${text}`;
}

const csvCell = (raw: Cell) => {
  const v = String(neutralizeFormula(raw));
  return /[",\r\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
};

/** The header and rows as CSV (UTF-8 with a BOM, so Excel reads Vietnamese), a line at a time. */
export function exportCsv(rows: AsyncIterable<Cell[]>): Readable {
  return Readable.from(
    (async function* lines() {
      yield `\uFEFF${EXPORT_COLUMNS.map(csvCell).join(',')}\r\n`;
      for await (const r of rows) yield `${r.map(csvCell).join(',')}\r\n`;
    })(),
  );
}

/**
 * The list as one Excel sheet, written by exceljs's streaming writer as rows come: a title, the day it
 * was made and what it holds, the header (frozen, filterable), then a row per task. A failure midway
 * (the register gone) ends the download with an error rather than a file that looks complete.
 */
export function exportXlsx(rows: AsyncIterable<Cell[]>, title: string, subtitle: string): Readable {
  const out = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = book.addWorksheet('Danh sách nhiệm vụ', { views: [{ state: 'frozen', ySplit: 4 }] });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  void (async () => {
    sheet.addRow([title]).font = { bold: true, size: 14 };
    sheet.addRow([subtitle]).font = { italic: true };
    sheet.addRow([]);
    const header = sheet.addRow([...EXPORT_COLUMNS]);
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'middle' };
    sheet.autoFilter = { from: { row: 4, column: 1 }, to: { row: 4, column: EXPORT_COLUMNS.length } };
    for await (const r of rows) sheet.addRow(r.map(neutralizeFormula)).commit();
    sheet.commit();
    await book.commit();
  })().catch((error: unknown) => out.destroy(error as Error));
  return out;
}

const CSV = 'text/csv; charset=utf-8';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function taskExportRoutes(db: Database): Route[] {
  return [
    route({
      method: 'GET', url: '/api/tasks/export', tag: 'Nhiệm vụ / Tasks', access: 'signed-in', query: ExportQuery, files: [XLSX, CSV],
      summary: 'Xuất danh sách nhiệm vụ đã lọc ra Excel hoặc CSV / the filtered task list as Excel or CSV',
      description:
        'Cùng bộ lọc và thứ tự như GET /api/tasks; mỗi nhiệm vụ một dòng: mã, trích yếu, văn bản, cơ quan chủ trì và phối hợp, thời hạn theo văn bản và hiện hành, trạng thái, số ngày quá hạn (ngày làm việc), cấp đôn đốc, báo cáo gần nhất. / The same filters and order as GET /api/tasks; one row per task.',
      handler: async ({ principal, query }) => {
        const { format, ...filters } = query;
        const now = Date.now();
        const calendar = new WorkingCalendar(await currentCalendar(db));
        const today = calendar.localDateOf(now);
        const rows = await exportRows(db, listQueryOf(principal, filters, now), today, calendar);
        const name = `danh-sach-nhiem-vu-${today}`;
        return format === 'csv'
          ? { file: { contentType: CSV, filename: `${name}.csv`, data: exportCsv(rows) } }
          : { file: { contentType: XLSX, filename: `${name}.xlsx`, data: exportXlsx(rows, 'DANH SÁCH NHIỆM VỤ DO ỦY BAN NHÂN DÂN GIAO', subtitleOf(principal, today)) } };
      },
    }),
  ];
}

function subtitleOf(p: Principal, today: LocalDate): string {
  return `Số liệu tính đến ngày ${formatVietnamese(today)}${isAgencyRole(p.role) ? ' — nhiệm vụ cơ quan chủ trì hoặc phối hợp' : ''}`;
}
