// Inspection plans (kế hoạch kiểm tra, seeds 000 and 004): the office draws up a year's plan with its
// teams and the agencies to inspect (suggested from the register: overdue tasks, earlier inspections),
// schedules visits inside its period — announced at least five working days ahead, or unannounced on a
// recorded proposal and the team leader's decision — and records each visit's conclusions, whose
// recommendations become ordinary tasks of the agency, assigned by the team leader. Each visit's notices
// and reminders run in a durable workflow (src/workflows/inspection-workflow.ts).
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { z } from 'zod';
import { currentCalendar } from '../db/current-calendar';
import {
  findPlan, insertConclusion, insertPlan, insertVisit, inspectionSuggestions, listPlans, nextInspectionId, setVisitStatus, visitsOf, type PlanRecord, type VisitRecord,
} from '../db/inspections';
import { WorkingCalendar } from '../domain/calendar';
import { visitDateProblem } from '../domain/inspection';
import { cancelVisit, inspectionWorkflowId, type InspectionVisitInput } from '../workflows/inspection-workflow';
import type { Principal } from './auth';
import { audit } from './audit';
import { findAgencies, findLeaders } from './directory';
import { ApiError, badInput, type FieldProblem } from './errors';
import { CancelBody, ConclusionBody, ConclusionOut, PlanBody, PlanDetailOut, PlanListOut, PlanOut, SuggestionsOut, VisitBody, VisitOut } from './inspection-schemas';
import { registerDirective } from './registration';
import { route, type Route } from './routes';
import { idParam } from './schemas';
import type { TaskServices } from './tasks';

const READERS = ['office', 'admin', 'leader'] as const;
const notFound = (what: string, id: string) => new ApiError(404, 'NOT_FOUND', `Không tìm thấy ${what} ${id} / no ${what} ${id}`);

async function planOrThrow(s: TaskServices, id: string): Promise<PlanRecord> {
  const plan = await findPlan(s.db, id);
  if (!plan) throw notFound('kế hoạch kiểm tra', id);
  return plan;
}

async function visitOrThrow(s: TaskServices, id: string): Promise<{ visit: VisitRecord; plan: PlanRecord }> {
  const [visit] = await visitsOf(s.db, { visitId: id }, Date.now());
  if (!visit) throw notFound('lịch kiểm tra', id);
  return { visit, plan: (await findPlan(s.db, visit.planId))! };
}

async function createPlan(s: TaskServices, p: Principal, body: z.output<typeof PlanBody>): Promise<PlanRecord> {
  const problems: FieldProblem[] = [];
  if (body.periodTo < body.periodFrom) problems.push({ field: 'periodTo', message: 'phải sau ngày bắt đầu / must not precede the start' });
  const leaders = new Map((await findLeaders(s.db, body.teams.map((t) => t.leaderId))).filter((l) => l.active).map((l) => [l.id, l]));
  body.teams.forEach((t, i) => {
    if (!leaders.has(t.leaderId)) problems.push({ field: `teams.${i}.leaderId`, message: `không có lãnh đạo "${t.leaderId}" / no active leader "${t.leaderId}"` });
    if (body.teams.findIndex((x) => x.id === t.id) < i) problems.push({ field: `teams.${i}.id`, message: 'trùng mã đoàn / a team id used twice' });
  });
  const agencies = new Set((await findAgencies(s.db, body.agencies)).filter((a) => a.active).map((a) => a.id));
  body.agencies.forEach((id, i) => {
    if (!agencies.has(id)) problems.push({ field: `agencies.${i}`, message: `không có cơ quan "${id}" đang hoạt động / no active agency "${id}"` });
  });
  if (problems.length) throw badInput(problems);
  return s.db.transaction(async (tx) => {
    const plan = { ...body, purpose: body.purpose ?? '', agencies: [...new Set(body.agencies)], id: await nextInspectionId(tx, 'KHKT'), createdBy: p.userId };
    await insertPlan(tx, plan);
    await audit(tx, p, 'inspection_plan_created', 'inspection_plan', plan.id, { year: plan.year, agencies: plan.agencies.length });
    return (await findPlan(tx, plan.id))!;
  });
}

async function scheduleVisit(s: TaskServices, p: Principal, plan: PlanRecord, body: z.output<typeof VisitBody>): Promise<VisitRecord> {
  const team = plan.teams.find((t) => t.id === body.teamId);
  if (!team) throw badInput([{ field: 'teamId', message: `kế hoạch không có đoàn "${body.teamId}" / the plan has no team "${body.teamId}"` }]);
  if (!plan.agencies.includes(body.agencyId)) throw badInput([{ field: 'agencyId', message: `cơ quan không có trong kế hoạch / the agency is not in the plan` }]);
  if (body.unannounced && body.unannounced.decidedBy !== team.leaderId) {
    throw badInput([{ field: 'unannounced.decidedBy', message: 'kiểm tra đột xuất do trưởng đoàn quyết định / the team leader decides an unannounced visit' }]);
  }
  const calendarData = await currentCalendar(s.db);
  const calendar = new WorkingCalendar(calendarData);
  const today = calendar.localDateOf(Date.now());
  const problem = visitDateProblem({ date: body.date, unannounced: !!body.unannounced }, today, { from: plan.periodFrom, to: plan.periodTo }, calendar);
  if (problem) throw badInput([{ field: 'date', message: problem }]);
  const [[agency], [leader]] = [await findAgencies(s.db, [body.agencyId]), await findLeaders(s.db, [team.leaderId])];
  const id = await nextInspectionId(s.db, 'LKT');
  const input: InspectionVisitInput = {
    visitId: id,
    plan: { id: plan.id, title: plan.title },
    agency: { id: agency!.id, name: agency!.name, mailbox: { name: agency!.name, email: agency!.email }, head: { name: agency!.head.name, email: agency!.head.email } },
    team: { leader: { name: leader!.name, title: leader!.title, email: leader!.email }, members: [...team.members, ...(team.secretary ? [team.secretary] : [])] },
    date: body.date,
    unannounced: !!body.unannounced,
    proposal: body.unannounced?.proposal ?? null,
    calendar: calendarData,
  };
  await s.db.transaction(async (tx) => {
    await insertVisit(tx, { id, planId: plan.id, teamId: team.id, agencyId: agency!.id, date: body.date, unannounced: !!body.unannounced, proposal: input.proposal, decidedBy: body.unannounced?.decidedBy ?? null, createdBy: p.userId });
    await audit(tx, p, 'inspection_visit_scheduled', 'inspection_visit', id, { plan: plan.id, agency: agency!.id, date: body.date, unannounced: !!body.unannounced });
  });
  try {
    await s.temporal.workflow.start('inspectionVisitWorkflow', { args: [input], taskQueue: s.taskQueue, workflowId: inspectionWorkflowId(id) });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
  return (await visitsOf(s.db, { visitId: id }, Date.now()))[0]!;
}

/** The conclusions: its recommendations registered as tasks of the inspected agency, assigned by the team leader. */
async function conclude(s: TaskServices, p: Principal, visit: VisitRecord, plan: PlanRecord, body: z.output<typeof ConclusionBody>, resumed: boolean) {
  const team = plan.teams.find((t) => t.id === visit.teamId)!;
  if (p.role === 'leader' && p.leaderId !== team.leaderId) throw new ApiError(403, 'NOT_TEAM_LEADER', 'Chỉ trưởng đoàn hoặc Văn phòng ghi kết luận / only the team leader or the office records conclusions');
  if (visit.status === 'cancelled') throw new ApiError(409, 'VISIT_CANCELLED', 'Lịch kiểm tra đã hủy / the visit was cancelled');
  if (visit.conclusion && !resumed) throw new ApiError(409, 'ALREADY_CONCLUDED', `Đã có kết luận số ${visit.conclusion.number} / conclusion ${visit.conclusion.number} is recorded`);
  const [[leader], [agency]] = [await findLeaders(s.db, [team.leaderId]), await findAgencies(s.db, [visit.agencyId])];
  const registered = await registerDirective(s, p, {
    directive: { number: body.number, date: body.date, signer: `${leader!.title} ${leader!.name}`, source: 'peoples_committee', title: `Kết luận kiểm tra tại ${agency!.name} (${plan.title})` },
    tasks: body.recommendations.map((r) => ({
      title: r.title, content: r.content ?? '', leadAgencyId: visit.agencyId, coordinatingAgencyIds: r.coordinatingAgencyIds ?? [], assigningLeaderId: team.leaderId, deadline: r.deadline,
    })),
  }, resumed || visit.conclusion !== null);
  if (!visit.conclusion) {
    await s.db.transaction(async (tx) => {
      await insertConclusion(tx, { visitId: visit.id, number: body.number, date: body.date, findings: body.findings, directiveNumber: body.number, createdBy: p.userId });
      await setVisitStatus(tx, visit.id, 'concluded');
      await audit(tx, p, 'inspection_concluded', 'inspection_visit', visit.id, { number: body.number, tasks: registered.tasks.map((t) => t.taskId) });
    });
  }
  return { visit: (await visitsOf(s.db, { visitId: visit.id }, Date.now()))[0]!, tasks: registered.tasks };
}

export function inspectionRoutes(s: TaskServices): Route[] {
  const tag = 'Kiểm tra / Inspections';
  return [
    route({
      method: 'POST', url: '/api/inspection-plans', tag, access: ['office', 'admin'], idempotent: true, created: true, body: PlanBody, response: PlanOut,
      summary: 'Lập kế hoạch kiểm tra: năm, mục đích, thời gian, các đoàn, cơ quan được kiểm tra / draw up an inspection plan',
      handler: async ({ principal, body }) => ({ status: 201, body: await createPlan(s, principal, body) }),
    }),
    route({
      method: 'GET', url: '/api/inspection-plans', tag, access: READERS, query: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }).strict(), response: PlanListOut,
      summary: 'Các kế hoạch kiểm tra / inspection plans',
      handler: async ({ query }) => ({ body: { items: await listPlans(s.db, query.year) } }),
    }),
    route({
      method: 'GET', url: '/api/inspection-suggestions', tag, access: READERS, query: z.object({ year: z.coerce.number().int().min(2000).max(2100) }).strict(), response: SuggestionsOut,
      summary: 'Cơ quan nên kiểm tra: có nhiệm vụ quá hạn; đã kiểm tra năm trước mà vẫn quá hạn (kiểm tra lại) / agencies worth inspecting',
      handler: async ({ query }) => ({ body: { items: await inspectionSuggestions(s.db, query.year, Date.now()) } }),
    }),
    route({
      method: 'GET', url: '/api/inspection-plans/:id', tag, access: READERS, params: idParam, response: PlanDetailOut,
      summary: 'Kế hoạch, các lần kiểm tra, kết luận và nhiệm vụ từ kết luận (đã xong, quá hạn) / a plan with its visits, conclusions and the resulting tasks',
      handler: async ({ params }) => ({ body: { plan: await planOrThrow(s, params.id), visits: await visitsOf(s.db, { planId: params.id }, Date.now()) } }),
    }),
    route({
      method: 'POST', url: '/api/inspection-plans/:id/visits', tag, access: ['office', 'admin'], idempotent: true, created: true, params: idParam, body: VisitBody, response: VisitOut,
      summary: 'Lên lịch kiểm tra một cơ quan; thông báo trước ít nhất 5 ngày làm việc, trừ khi đột xuất / schedule a visit; announced at least 5 working days ahead unless unannounced',
      handler: async ({ principal, params, body }) => ({ status: 201, body: await scheduleVisit(s, principal, await planOrThrow(s, params.id), body) }),
    }),
    route({
      method: 'POST', url: '/api/inspection-visits/:id/cancel', tag, access: ['office', 'admin'], params: idParam, body: CancelBody, response: VisitOut,
      summary: 'Hủy lịch kiểm tra (báo cho đoàn và, nếu đã thông báo, cơ quan) / cancel a visit',
      responses: { 409: 'Đã kết luận hoặc đã hủy / already concluded or cancelled' },
      handler: async ({ principal, params, body }) => {
        const { visit } = await visitOrThrow(s, params.id);
        if (visit.status !== 'scheduled') throw new ApiError(409, 'VISIT_CLOSED', `Lịch kiểm tra đã ${visit.status === 'cancelled' ? 'hủy' : 'kết luận'} / the visit is ${visit.status}`);
        await s.temporal.workflow.getHandle(inspectionWorkflowId(visit.id)).signal(cancelVisit, { reason: body.reason }).catch(() => undefined); // past its day: nothing left to tell
        await s.db.transaction(async (tx) => {
          await setVisitStatus(tx, visit.id, 'cancelled');
          await audit(tx, principal, 'inspection_visit_cancelled', 'inspection_visit', visit.id, body);
        });
        return { body: (await visitsOf(s.db, { visitId: visit.id }, Date.now()))[0]! };
      },
    }),
    route({
      method: 'POST', url: '/api/inspection-visits/:id/conclusion', tag, access: ['office', 'admin', 'leader'], idempotent: true, created: true, params: idParam, body: ConclusionBody, response: ConclusionOut,
      summary: 'Ghi kết luận kiểm tra; mỗi kiến nghị thành một nhiệm vụ của cơ quan, do trưởng đoàn giao / record the conclusions; each recommendation becomes a task',
      responses: { 409: 'Đã có kết luận, lịch đã hủy, hoặc văn bản trùng số / already concluded, cancelled, or the number is taken' },
      handler: async ({ principal, params, body, resumed }) => {
        const { visit, plan } = await visitOrThrow(s, params.id);
        return { status: 201, body: await conclude(s, principal, visit, plan, body, resumed) };
      },
    }),
  ];
}
