// The statistics report as the office publishes it, in the State's document format (Nghị định
// 30/2020/NĐ-CP): the issuing body and the national title, place and date, the title, the Government
// Office's split of tasks with rates as percentages, praise and warning per agency under the formula
// named, and the signer's block. The issuing body and signer come from settings.
import ExcelJS from 'exceljs';
import { z } from 'zod';
import type { Database, Queryable } from '../db/database';
import { dateParts, formatVietnamese, type LocalDate } from '../domain/calendar';
import type { GroupStatistics } from '../domain/register';
import { audit } from './audit';
import { ReportSettingsOut } from './responses';
import { writeSetting } from '../db/settings';
import { route, type Route } from './routes';
import { safeString, text } from './schemas';
import type { StatisticsResult } from './statistics';

export const ReportSettingsSchema = z
  .object({
    parentBody: text.max(200).describe('Cơ quan chủ quản, ví dụ "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH" / the parent body'),
    issuingBody: text.max(200).describe('Cơ quan ban hành, ví dụ "VĂN PHÒNG" / the issuing body'),
    place: text.max(100).describe('Địa danh, ví dụ "Thành phố Hồ Chí Minh" / the place name'),
    signer: z
      .object({
        authority: safeString().max(100).default('').describe('Thẩm quyền ký, ví dụ "KT. CHÁNH VĂN PHÒNG" / signing authority'),
        title: text.max(100).describe('Chức vụ, ví dụ "PHÓ CHÁNH VĂN PHÒNG" / title'),
        name: safeString().max(100).default(''),
      })
      .strict(),
    recipients: z.array(text.max(200)).max(20).default([]).describe('Nơi nhận / recipients'),
  })
  .strict();
export type ReportSettings = z.output<typeof ReportSettingsSchema>;

export const DEFAULT_REPORT_SETTINGS: ReportSettings = {
  parentBody: 'ỦY BAN NHÂN DÂN THÀNH PHỐ',
  issuingBody: 'VĂN PHÒNG',
  place: 'Thành phố',
  signer: { authority: '', title: 'CHÁNH VĂN PHÒNG', name: '' },
  recipients: ['Thường trực UBND thành phố', 'Các sở, ban, ngành', 'UBND các quận, huyện', 'Lưu: VT'],
};

export async function reportSettings(q: Queryable): Promise<ReportSettings> {
  const { rows } = await q.query<{ value: ReportSettings }>(`SELECT value FROM settings WHERE key = 'report'`);
  return rows[0]?.value ?? DEFAULT_REPORT_SETTINGS;
}

const GROUP_TITLES = { agency: 'Cơ quan chủ trì', leader: 'Lãnh đạo giao', source: 'Nguồn giao' } as const;
const WIDTH = 15; // columns A–O
const THIN = { style: 'thin' } as const;

/** "Thành phố Hồ Chí Minh, ngày 05 tháng 11 năm 2026", as the heading of an official document reads. */
export function placeAndDate(place: string, day: LocalDate): string {
  const { year, month, day: d } = dateParts(day);
  return `${place}, ngày ${String(d).padStart(2, '0')} tháng ${String(month).padStart(2, '0')} năm ${year}`;
}

/** Only an agency is praised or warned; the total row carries figures, not a verdict. */
const verdict = (g: GroupStatistics) => [g.praise ? 'Biểu dương' : '', g.warning ? 'Cảnh báo' : ''].filter(Boolean).join(', ');

/** Text a spreadsheet would read as a formula stays text (OWASP CSV-injection guidance). */
const safeCell = (v: string | number | null) => (typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

export async function statisticsWorkbook(r: StatisticsResult, settings: ReportSettings, madeOn: LocalDate): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Đôn Đốc';
  const sheet = book.addWorksheet('Báo cáo', { pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const put = (row: number, from: number, to: number, value: string, font: Partial<ExcelJS.Font> = {}, align: Partial<ExcelJS.Alignment> = { horizontal: 'center' }) => {
    if (to > from) sheet.mergeCells(row, from, row, to);
    const cell = sheet.getCell(row, from);
    cell.value = safeCell(value);
    cell.font = { name: 'Times New Roman', size: 13, ...font };
    cell.alignment = { vertical: 'middle', wrapText: true, ...align };
  };

  // Heading: issuing body on the left, national title on the right (NĐ 30/2020, Phụ lục I).
  put(1, 1, 4, settings.parentBody.toUpperCase(), { size: 12 });
  put(1, 5, WIDTH, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 12 });
  put(2, 1, 4, settings.issuingBody.toUpperCase(), { bold: true, size: 12 });
  put(2, 5, WIDTH, 'Độc lập - Tự do - Hạnh phúc', { bold: true });
  put(3, 5, WIDTH, placeAndDate(settings.place, madeOn), { italic: true });
  put(5, 1, WIDTH, 'BÁO CÁO', { bold: true, size: 14 });
  put(6, 1, WIDTH, `Tình hình thực hiện nhiệm vụ được giao — theo ${GROUP_TITLES[r.groupBy].toLowerCase()}`, { bold: true });
  const period = r.period.from || r.period.to
    ? `Nhiệm vụ giao từ ${r.period.from ? formatVietnamese(r.period.from) : '(đầu kỳ)'} đến ${r.period.to ? formatVietnamese(r.period.to) : '(nay)'}`
    : 'Tất cả nhiệm vụ đã giao';
  put(7, 1, WIDTH, `${period}; số liệu tính đến hết ngày ${formatVietnamese(r.period.snapshot)}`, { italic: true });

  // The Government Office's split: completed (on time, late); not completed (within the deadline, overdue by age).
  const top = 9;
  const spans: [number, number, string][] = [
    [1, 1, 'STT'], [2, 2, GROUP_TITLES[r.groupBy]], [3, 3, 'Tổng số nhiệm vụ được giao'], [4, 5, 'Đã hoàn thành'], [6, 10, 'Chưa hoàn thành'],
    [11, 11, 'Không thời hạn'], [12, 12, 'Tỉ lệ hoàn thành'], [13, 13, 'Tỉ lệ đúng hạn'], [14, 14, 'Tỉ lệ quá hạn'], [15, 15, 'Biểu dương / cảnh báo'],
  ];
  const second = ['Đúng hạn', 'Quá hạn', 'Trong hạn', 'Trong đó sắp đến hạn', 'Quá hạn', 'Quá hạn trên 30 ngày', 'Quá hạn trên 120 ngày'];
  for (const [from, to, label] of spans) {
    if (to > from) {
      sheet.mergeCells(top, from, top, to);
    } else {
      sheet.mergeCells(top, from, top + 1, to);
    }
    sheet.getCell(top, from).value = label;
  }
  second.forEach((label, i) => (sheet.getCell(top + 1, 4 + i).value = label));

  const line = (n: number | string, label: string, g: GroupStatistics, judged: boolean) => [
    n, safeCell(label), g.assigned, g.completedOnTime, g.completedLate, g.inProgressOnTime, g.dueSoon, g.overdue, g.overdueOver30Days, g.overdueOver120Days,
    g.noDeadline, g.completionRate, g.onTimeRate, g.overdueRate, judged ? verdict(g) : '',
  ];
  const body = [...r.groups.map((g, i) => line(i + 1, r.labels[g.key] ?? g.key, g, true)), line('', 'Tổng cộng', r.total, false)];
  body.forEach((values, i) => {
    const row = sheet.getRow(top + 2 + i);
    row.values = values;
    for (const c of [12, 13, 14]) row.getCell(c).numFmt = '0.0%'; // rates are numbers, shown as percentages
  });
  const last = top + 1 + body.length;
  sheet.getRow(last).font = { name: 'Times New Roman', size: 12, bold: true };
  for (let row = top; row <= last; row += 1) {
    for (let c = 1; c <= WIDTH; c += 1) {
      const cell = sheet.getCell(row, c);
      cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
      if (row < top + 2) {
        cell.font = { name: 'Times New Roman', size: 11, bold: true };
        cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      } else if (row !== last) {
        cell.font = { name: 'Times New Roman', size: 12 };
      }
    }
  }
  sheet.getRow(top).height = 30;
  sheet.getRow(top + 1).height = 45;
  sheet.columns.forEach((c, i) => (c.width = i === 1 ? 34 : i === 0 ? 5 : i === 14 ? 16 : 11));

  // The formula and thresholds every figure depends on.
  let row = last + 2;
  const note = (textLine: string) => put(row++, 1, WIDTH, textLine, { italic: true, size: 11 }, { horizontal: 'left' });
  note(`Công thức (${r.formula}): ${r.formulaText.completion}; ${r.formulaText.onTime}; ${r.formulaText.overdue}.`);
  const t = r.thresholds;
  const pct = (v: number) => `${(v * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;
  note(
    `Biểu dương: trên ${t.praise.tasksAbove} nhiệm vụ, tỉ lệ hoàn thành trên ${pct(t.praise.completionAbove)}, đúng hạn trên ${pct(t.praise.onTimeAbove)}, ` +
      `quá hạn không quá ${pct(t.praise.overdueAtMost)}. Cảnh báo: tỉ lệ hoàn thành dưới ${pct(t.warning.completionBelow)} hoặc quá hạn trên ${pct(t.warning.overdueAbove)}.`,
  );

  // Recipients on the left, the signer's block on the right.
  row += 1;
  const signTop = row;
  put(row, 1, 4, 'Nơi nhận:', { bold: true, italic: true, size: 12 }, { horizontal: 'left' });
  settings.recipients.forEach((recipient, i) => put(signTop + 1 + i, 1, 4, `- ${recipient};`, { size: 11 }, { horizontal: 'left' }));
  if (settings.signer.authority) put(row++, 10, WIDTH, settings.signer.authority.toUpperCase(), { bold: true });
  put(row++, 10, WIDTH, settings.signer.title.toUpperCase(), { bold: true });
  row += 3; // room for the signature and seal
  if (settings.signer.name) put(row, 10, WIDTH, settings.signer.name, { bold: true });
  return Buffer.from(await book.xlsx.writeBuffer());
}

export function reportSettingsRoutes(db: Database): Route[] {
  const tag = 'Thống kê / Statistics';
  return [
    route({
      method: 'GET', url: '/api/settings/report', tag, access: 'signed-in', response: ReportSettingsOut,
      summary: 'Cơ quan ban hành, địa danh, người ký của báo cáo / the report\'s issuing body, place and signer',
      handler: async () => ({ body: await reportSettings(db) }),
    }),
    route({
      method: 'PUT', url: '/api/settings/report', tag, access: ['admin'], body: ReportSettingsSchema, response: ReportSettingsOut,
      summary: 'Đặt cơ quan ban hành, địa danh, người ký / set the issuing body, place and signer',
      handler: async ({ principal, body }) => {
        await db.transaction(async (tx) => {
          await writeSetting(tx, 'report', body);
          await audit(tx, principal, 'report_settings_changed', 'settings', 'report', body);
        });
        return { body };
      },
    }),
  ];
}
