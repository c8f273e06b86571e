// Rows pasted from a spreadsheet into the registration form: pure, so it is tested without a browser.

/** A task row of the registration form. */
export interface PastedRow {
  title: string;
  leadAgencyId: string;
  coordinatingAgencyIds: string[];
  assigningLeaderId: string;
  deadline: string;
}

/** Header names a copied sheet may use for each column, without diacritics. */
const PASTED_HEADERS = {
  title: ['trich yeu', 'trich yeu nhiem vu', 'ten nhiem vu', 'nhiem vu', 'noi dung nhiem vu'],
  lead: ['co quan chu tri', 'don vi chu tri', 'chu tri'],
  deadline: ['thoi han', 'han xu ly', 'han hoan thanh', 'han'],
  leader: ['lanh dao giao', 'lanh dao', 'nguoi giao'],
  coordinating: ['co quan phoi hop', 'don vi phoi hop', 'phoi hop'],
} as const;
type PastedColumn = keyof typeof PASTED_HEADERS;
const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Rows pasted from Excel: tab-separated cells; agencies and leaders by id or by name. With the sheet's
 * header row copied too, columns are found by their names (any order, "Đơn vị phối hợp" included);
 * without it, the order is title, lead agency, deadline, assigning leader.
 */
export function parsePasted(text: string, find: { agency: (s: string) => string; leader: (s: string) => string }): PastedRow[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.split('\t').map((c) => c.trim()))
    .filter((cells) => cells.some(Boolean));
  const named = Object.fromEntries(
    (Object.keys(PASTED_HEADERS) as PastedColumn[]).map((k) => [k, lines[0]?.findIndex((c) => (PASTED_HEADERS[k] as readonly string[]).includes(fold(c))) ?? -1]),
  ) as Record<PastedColumn, number>;
  const hasHeader = Object.values(named).filter((i) => i >= 0).length >= 2;
  const at: Record<PastedColumn, number> = hasHeader ? named : { title: 0, lead: 1, deadline: 2, leader: 3, coordinating: -1 };
  return (hasHeader ? lines.slice(1) : lines).map((cells) => {
    const cell = (k: PastedColumn) => (at[k] >= 0 ? (cells[at[k]] ?? '') : '');
    return {
      title: cell('title'),
      leadAgencyId: find.agency(cell('lead')),
      coordinatingAgencyIds: cell('coordinating').split(/[;,\n]/).map((s) => s.trim()).filter(Boolean).map(find.agency),
      assigningLeaderId: find.leader(cell('leader')),
      deadline: cell('deadline'),
    };
  });
}
