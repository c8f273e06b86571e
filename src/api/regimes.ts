// Reporting regimes (chế độ báo cáo định kỳ) over HTTP: the office defines one (what, which agencies,
// how often, when due, under which document and leader), and a Temporal Schedule starts each period's
// report tasks; pause, resume, edit, end, and backfill a missed period. A report task is an ordinary
// task marked `kind: report` in lists and statistics.
import { ScheduleNotFoundError, ScheduleOverlapPolicy } from '@temporalio/client';
import { z } from 'zod';
import { regimeScheduleId, createRegimeSchedule } from '../client/regime-schedule';
import { findRegime, insertRegime, listRegimes, regimePeriods, updateRegime, type RegimeRecord } from '../db/regimes';
import { claimDirective } from '../db/registrations';
import { FREQUENCIES, TRIGGER_DAY, TRIGGER_MONTHS, dueRuleProblem, periodFor } from '../domain/reporting';
import { WorkingCalendar } from '../domain/calendar';
import { currentCalendar } from '../db/current-calendar';
import type { Principal } from './auth';
import { audit } from './audit';
import { findAgencies, findLeaders } from './directory';
import { ApiError, badInput, type FieldProblem } from './errors';
import { route, type Route } from './routes';
import { idParam, localDate, slug, text } from './schemas';
import { DirectiveSchema } from './task-schemas';
import type { TaskServices } from './tasks';

const Due = z.union([
  z.object({ workingDaysAfterCutoff: z.number().int() }).strict(),
  z.object({ dayOfMonth: z.number().int() }).strict(),
]).describe('Hạn nộp: N ngày làm việc sau ngày chốt số liệu, hoặc ngày cố định trong tháng / due N working days after the cut-off, or a fixed day of the month');

const RegimeBody = z
  .object({
    id: slug,
    title: text.max(300).describe('Ví dụ "tình hình thực hiện nhiệm vụ UBND thành phố giao" / e.g. "how the tasks the city assigned are carried out"'),
    content: text.max(10_000).optional(),
    agencies: z.array(slug).min(1).max(200),
    frequency: z.enum(FREQUENCIES as [string, ...string[]]).describe('monthly | quarterly | half_yearly | yearly'),
    due: Due,
    directive: DirectiveSchema.describe('Văn bản quy định chế độ báo cáo / the document that sets the regime'),
    assigningLeaderId: slug,
  })
  .strict();
const RegimePatch = RegimeBody.pick({ title: true, content: true, agencies: true, due: true, assigningLeaderId: true }).partial().strict();
const RegimeOut = z.object({
  id: z.string(), title: z.string(), content: z.string(), agencies: z.array(z.string()), frequency: z.string(), due: z.unknown(), directiveNumber: z.string(),
  assigningLeaderId: z.string(), status: z.enum(['active', 'paused', 'ended']), createdBy: z.string(), createdAt: z.string(), updatedAt: z.string(),
  nextRuns: z.array(z.string()).describe('Các lần chạy tới theo lịch / the schedule\'s next runs'),
  periods: z.array(z.object({ period: z.string(), tasks: z.number().int(), done: z.number().int(), overdue: z.number().int() })),
});
const BackfillBody = z.object({ from: localDate, to: localDate }).strict().describe('Chạy bù các kỳ có ngày chạy trong khoảng / run the periods whose run day falls in this range');

async function checkRefs(s: TaskServices, body: { agencies?: string[]; assigningLeaderId?: string; due?: z.infer<typeof Due> }): Promise<void> {
  const problems: FieldProblem[] = [];
  if (body.agencies) {
    const known = new Set((await findAgencies(s.db, body.agencies)).filter((a) => a.active).map((a) => a.id));
    body.agencies.forEach((id, i) => known.has(id) || problems.push({ field: `agencies.${i}`, message: `không có cơ quan "${id}" đang hoạt động / no active agency "${id}"` }));
  }
  if (body.assigningLeaderId && !(await findLeaders(s.db, [body.assigningLeaderId])).some((l) => l.active)) {
    problems.push({ field: 'assigningLeaderId', message: `không có lãnh đạo "${body.assigningLeaderId}" / no active leader "${body.assigningLeaderId}"` });
  }
  const due = body.due && dueRuleProblem(body.due);
  if (due) problems.push({ field: 'due', message: due });
  if (problems.length) throw badInput(problems);
}

async function present(s: TaskServices, r: RegimeRecord) {
  let nextRuns: string[] = [];
  if (r.status === 'active') {
    const d = await s.temporal.schedule.getHandle(regimeScheduleId(r.id)).describe().catch(() => undefined);
    nextRuns = d?.info.nextActionTimes.map((t) => t.toISOString()) ?? [];
  }
  return { ...r, nextRuns, periods: await regimePeriods(s.db, r.id, Date.now()) };
}

async function regimeOrThrow(s: TaskServices, id: string): Promise<RegimeRecord> {
  const r = await findRegime(s.db, id);
  if (!r) throw new ApiError(404, 'NOT_FOUND', `Không có chế độ báo cáo ${id} / no reporting regime ${id}`);
  return r;
}

async function createRegime(s: TaskServices, p: Principal, body: z.output<typeof RegimeBody>) {
  await checkRefs(s, body);
  if (await findRegime(s.db, body.id)) throw new ApiError(409, 'REGIME_EXISTS', `Đã có chế độ báo cáo ${body.id} / regime ${body.id} exists`, [{ field: 'id', message: 'đã dùng / taken' }]);
  await s.db.transaction(async (tx) => {
    const onRecord = await claimDirective(tx, body.directive, p.userId);
    if (onRecord.date !== body.directive.date || onRecord.signer !== body.directive.signer) {
      throw new ApiError(409, 'DIRECTIVE_CONFLICT', `Văn bản số ${body.directive.number} đã đăng ký với ngày/người ký khác / directive registered with another date or signer`, [{ field: 'directive.number', message: `${onRecord.date}, ${onRecord.signer}` }]);
    }
    await insertRegime(tx, {
      id: body.id, title: body.title, content: body.content ?? '', agencies: [...new Set(body.agencies)], frequency: body.frequency as RegimeRecord['frequency'], due: body.due,
      directiveNumber: body.directive.number, assigningLeaderId: body.assigningLeaderId, createdBy: p.userId,
    });
    await audit(tx, p, 'reporting_regime_created', 'reporting_regime', body.id, { frequency: body.frequency, agencies: body.agencies.length });
  });
  try {
    await createRegimeSchedule(s.temporal, body.id, body.frequency as RegimeRecord['frequency'], s.taskQueue);
  } catch (error) {
    // No regime without its schedule: the row goes, and the client may retry.
    await s.db.query('DELETE FROM reporting_regimes WHERE id = $1', [body.id]);
    throw error;
  }
  return present(s, (await findRegime(s.db, body.id))!);
}

export function regimeRoutes(s: TaskServices): Route[] {
  const tag = 'Chế độ báo cáo / Reporting regimes';
  const office = ['office', 'admin'] as const;
  const readers = ['office', 'admin', 'leader'] as const;
  const schedule = (id: string) => s.temporal.schedule.getHandle(regimeScheduleId(id));
  const setState = (status: 'active' | 'paused' | 'ended', act: (r: RegimeRecord) => Promise<unknown>, summary: string) =>
    route({
      method: 'POST', url: `/api/reporting-regimes/:id/${status === 'active' ? 'resume' : status === 'paused' ? 'pause' : 'end'}`, tag, access: office, params: idParam, response: RegimeOut,
      summary, responses: { 409: 'Chế độ báo cáo đã kết thúc / the regime has ended' },
      handler: async ({ principal, params }) => {
        const r = await regimeOrThrow(s, params.id);
        if (r.status === 'ended') throw new ApiError(409, 'REGIME_ENDED', 'Chế độ báo cáo đã kết thúc / the regime has ended');
        await act(r);
        await s.db.transaction(async (tx) => {
          await updateRegime(tx, r.id, { status });
          await audit(tx, principal, `reporting_regime_${status}`, 'reporting_regime', r.id);
        });
        return { body: await present(s, (await findRegime(s.db, r.id))!) };
      },
    });
  return [
    route({
      method: 'POST', url: '/api/reporting-regimes', tag, access: office, idempotent: true, created: true, body: RegimeBody, response: RegimeOut,
      summary: 'Lập chế độ báo cáo định kỳ; mỗi kỳ mỗi cơ quan một nhiệm vụ báo cáo / define a reporting regime; each period, a report task per agency',
      responses: { 409: 'Đã có chế độ này, hoặc văn bản trùng số / the regime exists, or the document number is taken' },
      handler: async ({ principal, body }) => ({ status: 201, body: await createRegime(s, principal, body) }),
    }),
    route({
      method: 'GET', url: '/api/reporting-regimes', tag, access: readers, response: z.object({ items: z.array(RegimeOut) }).strict(),
      summary: 'Các chế độ báo cáo / reporting regimes',
      handler: async () => ({ body: { items: await Promise.all((await listRegimes(s.db)).map((r) => present(s, r))) } }),
    }),
    route({
      method: 'GET', url: '/api/reporting-regimes/:id', tag, access: readers, params: idParam, response: RegimeOut,
      summary: 'Một chế độ báo cáo, lịch chạy tới và từng kỳ (số báo cáo, đã nộp, quá hạn) / a regime, its next runs and each period',
      handler: async ({ params }) => ({ body: await present(s, await regimeOrThrow(s, params.id)) }),
    }),
    route({
      method: 'PATCH', url: '/api/reporting-regimes/:id', tag, access: office, params: idParam, body: RegimePatch, response: RegimeOut,
      summary: 'Sửa chế độ báo cáo (áp dụng từ kỳ sau) / edit a regime (from the next period)',
      handler: async ({ principal, params, body }) => {
        const r = await regimeOrThrow(s, params.id);
        if (r.status === 'ended') throw new ApiError(409, 'REGIME_ENDED', 'Chế độ báo cáo đã kết thúc / the regime has ended');
        await checkRefs(s, body);
        await s.db.transaction(async (tx) => {
          await updateRegime(tx, r.id, { ...body, ...(body.agencies ? { agencies: [...new Set(body.agencies)] } : {}) });
          await audit(tx, principal, 'reporting_regime_changed', 'reporting_regime', r.id, body);
        });
        return { body: await present(s, (await findRegime(s.db, r.id))!) };
      },
    }),
    setState('paused', (r) => schedule(r.id).pause('tạm dừng / paused'), 'Tạm dừng (không tạo kỳ mới) / pause (no new periods)'),
    setState('active', (r) => schedule(r.id).unpause('tiếp tục / resumed'), 'Tiếp tục / resume'),
    setState('ended', (r) => schedule(r.id).delete().catch((e: unknown) => { if (!(e instanceof ScheduleNotFoundError)) throw e; }), 'Kết thúc chế độ báo cáo (các nhiệm vụ đã giao vẫn theo dõi) / end the regime (tasks given stay followed)'),
    route({
      method: 'POST', url: '/api/reporting-regimes/:id/backfill', tag, access: office, params: idParam, body: BackfillBody, response: z.object({ periods: z.array(z.string()) }).strict(),
      summary: 'Chạy bù các kỳ bị lỡ / run missed periods',
      description: 'Mỗi kỳ chỉ tạo một lần cho mỗi cơ quan, kể cả khi đã chạy / each period is registered once per agency, even if it already ran.',
      handler: async ({ principal, params, body }) => {
        const r = await regimeOrThrow(s, params.id);
        if (r.status === 'ended') throw new ApiError(409, 'REGIME_ENDED', 'Chế độ báo cáo đã kết thúc / the regime has ended');
        if (body.to < body.from) throw badInput([{ field: 'to', message: '"to" phải sau "from" / "to" must not be before "from"' }]);
        const calendar = new WorkingCalendar(await currentCalendar(s.db));
        const start = new Date(calendar.instantAt(body.from, 0));
        const end = new Date(calendar.endOfDay(body.to));
        await schedule(r.id).backfill({ start, end, overlap: ScheduleOverlapPolicy.ALLOW_ALL });
        await audit(s.db, principal, 'reporting_regime_backfilled', 'reporting_regime', r.id, body);
        // The periods whose run day falls in the range (what the backfill starts), as the workflow will read them.
        const periods = new Set<string>();
        for (let t = start.getTime(); t <= end.getTime(); t += 86_400_000) {
          const day = calendar.localDateOf(t);
          if (day.endsWith(`-${TRIGGER_DAY}`) && TRIGGER_MONTHS[r.frequency].includes(Number(day.slice(5, 7)))) periods.add(periodFor(r.frequency, day).key);
        }
        return { body: { periods: [...periods] } };
      },
    }),
  ];
}

