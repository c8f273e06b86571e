// Bulk import of tasks from a document-management system's export (.xlsx or .csv): a column mapping,
// a dry run, and a per-row report of what was taken and what was refused and why. Each row is
// registered in its own transaction, so a row that fails leaves nothing behind.
import { z } from 'zod';
import { deadlineWords, foldVietnamese, isTruncatedTitle, parseDeadlineText } from '../domain/register';
import type { Principal } from './auth';
import { audit } from './audit';
import { listAgencies, listLeaders } from './directory';
import { ApiError, badInput, type FieldProblem } from './errors';
import { columnIndex, readDate, readTable } from './import-file';
import { route, type Route } from './routes';
import { ImportHeadersOut, ImportOut } from './responses';
import { UNSTORABLE_TEXT, isStorableText, slug, text } from './schemas';
import { claimDirective, insertRegistrations, knownDirective, registeredTitles } from '../db/registrations';
import { directiveConflict, newRegistrations, registrationContext, startPendingTasks, taskInputFor, type RegistrationContext } from './registration';
import { TASK_SOURCES } from './task-schemas';
import type { TaskServices } from './tasks';

const column = text.max(200).describe('Tên cột ở dòng tiêu đề, hoặc chữ cái cột (A, B, …) / header text, or column letter');
export const ImportBody = z
  .object({
    filename: text.regex(/\.(csv|xlsx)$/i, 'tệp phải là .csv hoặc .xlsx / the file must be .csv or .xlsx'),
    content: z.base64().describe('Nội dung tệp mã hóa base64 / the file, base64-encoded'),
    sheet: text.optional().describe('Trang tính (mặc định trang đầu) / worksheet (default the first)'),
    headerRow: z.number().int().min(1).max(50).default(1),
    mapping: z
      .object({
        title: column,
        deadline: column,
        leadAgency: column,
        directiveNumber: column,
        directiveDate: column,
        coordinatingAgencies: column.optional(),
        assigningLeader: column.optional(),
        signer: column.optional(),
        code: column.optional(),
        content: column.optional(),
        directiveTitle: column.optional(),
        policyProfile: column.optional(),
      })
      .strict(),
    defaults: z
      .object({
        source: z.enum(TASK_SOURCES),
        assigningLeaderId: slug.optional(),
        signer: text.optional(),
        policyProfile: slug.optional().describe('Chế độ đôn đốc cho mọi dòng không ghi / policy profile for rows without one'),
      })
      .strict(),
    dryRun: z.boolean().default(false),
  })
  .strict();
export type ImportRequest = z.input<typeof ImportBody>;

export interface RowReport {
  row: number;
  status: 'taken' | 'would_take' | 'refused';
  taskId?: string;
  title?: string;
  deadline?: string;
  problems: FieldProblem[];
}

export async function importTasks(s: TaskServices, p: Principal, body: ImportRequest) {
  const req = ImportBody.parse(body);
  const { table } = await readTable(req.filename, req.content, req.sheet);
  const header = table[req.headerRow - 1];
  if (!header) throw badInput([{ field: 'headerRow', message: 'tệp không có dòng này / the file has no such row' }]);
  const columns: Partial<Record<keyof typeof req.mapping, number>> = {};
  const missing: FieldProblem[] = [];
  for (const [key, name] of Object.entries(req.mapping) as [keyof typeof req.mapping, string | undefined][]) {
    if (name === undefined) continue;
    const i = columnIndex(header, name);
    if (i === undefined) missing.push({ field: `mapping.${key}`, message: `không có cột "${name}" ở dòng tiêu đề / no column "${name}" in the header row` });
    else columns[key] = i;
  }
  if (!req.mapping.assigningLeader && !req.defaults.assigningLeaderId) {
    missing.push({ field: 'defaults.assigningLeaderId', message: 'cần cột lãnh đạo giao hoặc giá trị mặc định / map a leader column or give a default' });
  }
  if (missing.length) throw badInput(missing);

  const agencies = await listAgencies(s.db);
  const leaders = await listLeaders(s.db);
  const agencyBy = (name: string) => agencies.find((a) => a.id === name.trim() || foldVietnamese(a.name) === foldVietnamese(name));
  const leaderBy = (name: string) =>
    leaders.find((l) => l.id === name.trim() || [l.name, `${l.title} ${l.name}`].some((n) => foldVietnamese(n) === foldVietnamese(name)));
  let context: Promise<RegistrationContext> | undefined; // read once, when the first row gets that far

  const seen = new Map<string, { date: string; signer: string }>();
  const reports: RowReport[] = [];
  const taken: string[] = [];
  for (let r = req.headerRow; r < table.length; r += 1) {
    const cells = table[r]!;
    if (cells.every((c) => c.trim() === '')) continue;
    const get = (key: keyof typeof req.mapping) => (columns[key] === undefined ? '' : (cells[columns[key]] ?? '').trim());
    const problems: FieldProblem[] = [];
    const problem = (key: string, message: string) => problems.push({ field: req.mapping[key as keyof typeof req.mapping] ?? key, message });
    for (const [key, i] of Object.entries(columns)) if (!isStorableText(cells[i] ?? '')) problem(key, UNSTORABLE_TEXT);

    const lead = agencyBy(get('leadAgency'));
    if (!lead) problem('leadAgency', `không có cơ quan "${get('leadAgency')}" trong danh mục / no agency "${get('leadAgency')}" in the directory`);
    const coordinating = get('coordinatingAgencies').split(/[;\n]|,(?![^()]*\))/).map((x) => x.trim()).filter(Boolean);
    const coordinatingIds: string[] = [];
    for (const name of coordinating) {
      const a = agencyBy(name);
      if (!a) problem('coordinatingAgencies', `không có cơ quan "${name}" trong danh mục / no agency "${name}" in the directory`);
      else if (a.id !== lead?.id) coordinatingIds.push(a.id);
    }
    const leaderName = get('assigningLeader');
    const leader = leaderName ? leaderBy(leaderName) : leaders.find((l) => l.id === req.defaults.assigningLeaderId);
    if (!leader) problem(leaderName ? 'assigningLeader' : 'defaults.assigningLeaderId', `không có lãnh đạo "${leaderName || req.defaults.assigningLeaderId}" / no leader "${leaderName || req.defaults.assigningLeaderId}"`);
    const directiveDate = readDate(get('directiveDate'));
    if (!directiveDate) problem('directiveDate', `ngày văn bản không đọc được: "${get('directiveDate')}" / unreadable date "${get('directiveDate')}"`);
    const number = get('directiveNumber');
    if (!number) problem('directiveNumber', 'thiếu số ký hiệu văn bản / the directive number is missing');
    const title = get('title');
    if (isTruncatedTitle(title)) problem('title', 'trích yếu bị cắt ("…"), cần nhập đầy đủ / the title is cut short ("…"); enter it in full');
    const deadlineText = get('deadline');
    const counting = await (context ??= registrationContext(s.db)); // periods count from the directive's date or today
    const parsed = parseDeadlineText(deadlineText, directiveDate ? { directiveDate, receivedDate: counting.today, calendar: counting.workingCalendar } : undefined);
    if (!parsed.ok) problem('deadline', parsed.reason);

    const report: RowReport = { row: r + 1, status: 'refused', title, deadline: deadlineText, problems };
    reports.push(report);
    if (problems.length || !lead || !leader || !directiveDate || !parsed.ok) continue;

    // Without a signer column, a directive already known (in the register or earlier in this file) keeps its signer.
    const known = seen.get(number) ?? (await knownDirective(s.db, number));
    const directive = {
      number, date: directiveDate, signer: get('signer') || req.defaults.signer || known?.signer || `${leader.title} ${leader.name}`, source: req.defaults.source,
      title: get('directiveTitle') || number,
    };
    if (known && (known.date !== directive.date || known.signer !== directive.signer)) {
      problem('directiveDate', `văn bản ${number} đã có với ngày ${known.date}, người ký ${known.signer} / directive ${number} exists dated ${known.date}, signed by ${known.signer}`);
      continue;
    }
    seen.set(number, { date: directive.date, signer: directive.signer });
    const newTask = {
      title, content: get('content'), leadAgencyId: lead.id, coordinatingAgencyIds: coordinatingIds, assigningLeaderId: leader.id,
      deadline: parsed.deadline, ...(deadlineWords(deadlineText, parsed) ? { deadlineText: deadlineWords(deadlineText, parsed)! } : {}), priority: 'normal' as const, ...(get('code') ? { code: get('code') } : {}),
      ...(get('policyProfile') || req.defaults.policyProfile ? { policyProfile: get('policyProfile') || req.defaults.policyProfile } : {}),
    };
    const built = await taskInputFor(s.db, await (context ??= registrationContext(s.db)), directive, newTask, 'row');
    if (built.problems.length) {
      problems.push(...built.problems.map((pr) => {
        const key = pr.field.replace(/^row\./, '');
        return { field: req.mapping[key as keyof typeof req.mapping] ?? key, message: pr.message };
      }));
      continue;
    }
    const duplicate = (await registeredTitles(s.db, number, [built.input!.title])).get(built.input!.title);
    if (duplicate) {
      problem('title', `đã đăng ký: ${duplicate.taskId} (cùng văn bản và trích yếu) / already registered as ${duplicate.taskId} (same directive and title)`);
      continue;
    }
    if (req.dryRun) {
      report.status = 'would_take';
      continue;
    }
    try {
      const registeredAt = Date.now();
      const [registration] = await newRegistrations(s.db, [{ input: built.input!, code: newTask.code }], registeredAt);
      const registered = await s.db.transaction(async (tx) => {
        const conflict = directiveConflict(directive, await claimDirective(tx, directive, p.userId));
        if (conflict) throw conflict;
        await insertRegistrations(tx, number, p.userId, registeredAt, [registration!]);
        await audit(tx, p, 'task_imported', 'task', registration!.input.taskId, { file: req.filename, row: r + 1 });
        return { taskId: registration!.input.taskId };
      });
      report.status = 'taken';
      report.taskId = registered.taskId;
      taken.push(registered.taskId);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      problems.push(...(error.fields.length ? error.fields : [{ field: '(row)', message: error.message }]));
    }
  }
  if (taken.length) await startPendingTasks(s, taken);
  const count = (status: RowReport['status']) => reports.filter((x) => x.status === status).length;
  return {
    dryRun: req.dryRun,
    file: req.filename,
    totals: { rows: reports.length, taken: count('taken'), wouldTake: count('would_take'), refused: count('refused') },
    rows: reports,
  };
}

export const HeadersBody = ImportBody.pick({ filename: true, content: true, sheet: true, headerRow: true }).strict();

export function importRoutes(s: TaskServices): Route[] {
  return [
    route({
      method: 'POST', url: '/api/imports/headers', tag: 'Nhiệm vụ / Tasks', access: ['office', 'admin'], body: HeadersBody, response: ImportHeadersOut,
      summary: 'Đọc dòng tiêu đề và các trang tính của tệp để ghép cột / read a file\'s header row and worksheets, to map its columns',
      description: 'Không lưu gì. / Stores nothing.',
      handler: async ({ body }) => {
        const { table, sheets } = await readTable(body.filename, body.content, body.sheet);
        const header = table[body.headerRow - 1];
        if (!header) throw badInput([{ field: 'headerRow', message: 'tệp không có dòng này / the file has no such row' }]);
        const rows = table.slice(body.headerRow).filter((cells) => cells.some((c) => c.trim() !== '')).length;
        return { body: { headers: header.map((h) => h.trim()).filter((h) => h !== '' && isStorableText(h)), sheets, rows } };
      },
    }),
    route({
      method: 'POST', url: '/api/imports', tag: 'Nhiệm vụ / Tasks', access: ['office', 'admin'], idempotent: true, created: true, body: ImportBody, response: ImportOut,
      responses: { 200: 'Chạy thử (dryRun): chỉ báo cáo / dry run: the report only' },
      summary: 'Nhập nhiệm vụ từ tệp Excel/CSV của hệ thống quản lý văn bản / import tasks from a document-management export (.xlsx/.csv)',
      description:
        'dryRun: true chỉ kiểm tra. Mỗi dòng được nhận hoặc từ chối kèm lý do; dòng lỗi không để lại gì. / dryRun: true only checks. Each row is taken or refused with reasons; a failed row leaves nothing.',
      handler: async ({ principal, body }) => {
        const result = await importTasks(s, principal, body);
        return { status: result.dryRun ? 200 : 201, body: result };
      },
    }),
  ];
}
