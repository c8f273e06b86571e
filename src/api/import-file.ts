// Reading an export file for the import: CSV (comma or semicolon, quotes, BOM) or the first (or a
// named) worksheet of an .xlsx, into rows of text cells; finding a column by its header text (with or
// without diacritics) or its letter; reading the dates exports write.
import ExcelJS from 'exceljs';
import { isLocalDate, localDate as makeLocalDate, type LocalDate } from '../domain/calendar';
import { foldVietnamese } from '../domain/register';
import { ApiError, badInput } from './errors';

export type Cell = string;

/** Reads a CSV text (comma or semicolon separated, quoted fields, optional BOM) into rows of cells. */
export function parseCsv(raw: string): Cell[][] {
  const textIn = raw.replace(/^\uFEFF/, '');
  const firstLine = textIn.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < textIn.length; i += 1) {
    const c = textIn[i]!;
    if (quoted) {
      if (c === '"' && textIn[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && textIn[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  if (quoted) throw new ApiError(400, 'INVALID_FILE', 'Tệp CSV có dấu ngoặc kép không đóng / the CSV file has an unclosed quote');
  return rows;
}

async function readXlsx(data: Buffer, sheetName?: string): Promise<{ table: Cell[][]; sheets: string[] }> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    throw new ApiError(400, 'INVALID_FILE', `Không đọc được tệp Excel / cannot read the Excel file: ${(error as Error).message}`);
  }
  const sheet = sheetName ? book.getWorksheet(sheetName) : book.worksheets[0];
  if (!sheet) throw badInput([{ field: 'sheet', message: `không có trang tính "${sheetName ?? ''}" / no such worksheet` }]);
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (r, n) => {
    const cells: Cell[] = [];
    r.eachCell({ includeEmpty: true }, (c, col) => {
      const v = c.value;
      // Excel dates come as Date objects at UTC midnight of the day shown.
      cells[col - 1] = v instanceof Date ? v.toISOString().slice(0, 10) : c.text ?? '';
    });
    rows[n - 1] = cells;
  });
  return { table: Array.from(rows, (r) => Array.from(r ?? [], (c) => c ?? '')), sheets: book.worksheets.map((w) => w.name) };
}

export function columnIndex(header: Cell[], name: string): number | undefined {
  if (/^[A-Z]{1,2}$/.test(name)) return [...name].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const wanted = foldVietnamese(name);
  const i = header.findIndex((h) => foldVietnamese(h) === wanted);
  return i >= 0 ? i : undefined;
}

/** "26/07/2026", "26-7-2026", "2026-07-26" → LocalDate. */
export function readDate(raw: string): LocalDate | undefined {
  const t = raw.trim();
  if (isLocalDate(t)) return t;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (!m) return undefined;
  const candidate = makeLocalDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return candidate.endsWith(`-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`) ? candidate : undefined; // 31/2 does not roll over
}


/** The file's rows of cells, and for Excel the names of its worksheets. */
export async function readTable(filename: string, base64: string, sheet?: string): Promise<{ table: Cell[][]; sheets: string[] }> {
  const data = Buffer.from(base64, 'base64');
  return filename.toLowerCase().endsWith('.csv') ? { table: parseCsv(data.toString('utf8')), sheets: [] } : readXlsx(data, sheet);
}
