// The start input of a task workflow, validated with zod on the client side before the workflow
// starts (the workflow bundle itself stays free of zod).
import { z } from 'zod';
import { DEFAULT_CALENDAR_DATA, isLocalDate } from '../domain/calendar';
import { DEFAULT_TASK_POLICY, isCalendarData, policyProblems, type TaskInput } from '../domain/task';

const text = z.string().trim().min(1, 'không được để trống / must not be empty');
const localDate = z.string().refine(isLocalDate, 'ngày phải có dạng YYYY-MM-DD / date must be YYYY-MM-DD');
const email = z.email('email không hợp lệ / invalid email');
const person = z.object({ id: text, name: text, email });
const agency = z.object({ id: text, name: text, email, head: z.object({ name: text, email }) });

const deadline = z.discriminatedUnion('precision', [
  z.object({ precision: z.literal('day'), date: localDate }),
  z.object({ precision: z.literal('month'), year: z.number().int().min(2000).max(2100), month: z.number().int().min(1).max(12) }),
  z.object({ precision: z.literal('quarter'), year: z.number().int().min(2000).max(2100), quarter: z.number().int().min(1).max(4) }),
  z.object({ precision: z.literal('year'), year: z.number().int().min(2000).max(2100) }),
  z.object({ precision: z.literal('none') }),
]);

/** A follow-up policy from outside (a profile, a task's start input), checked by the domain's own rules too. */
export const PolicySchema = z
  .object({
    reminderOffsets: z.array(z.number().int().min(0).max(60)).max(10),
    noticeHour: z.number().int().min(0).max(23),
    acknowledgementWorkingDays: z.number().int().min(0).max(60),
    reviewWorkingDays: z.number().int().min(0).max(60),
    decisionWorkingDays: z.number().int().min(1).max(60),
    escalation: z.array(z.object({ afterWorkingDays: z.number().int().min(0).max(250), to: z.enum(['agency_head', 'office', 'assigning_leader', 'chairman']) })).max(8),
    overdueNoticeEveryDays: z.number().int().min(1).max(90),
    dueSoonWorkingDays: z.number().int().min(0).max(30),
    progressReportEvery: z.enum(['month', 'quarter']),
    continueAsNewAfterEvents: z.number().int().min(100).max(40_000),
    dayOffDeadline: z.enum(['next', 'previous']).default('next'), // absent only in tasks started before the rule
  })
  .superRefine((p, ctx) => policyProblems(p).forEach((message) => ctx.addIssue({ code: 'custom', message })));

export const TaskInputSchema = z
  .object({
    taskId: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'chỉ gồm chữ, số, . _ - (tối đa 64) / letters, digits, . _ - only (max 64)'),
    code: text,
    title: text.max(500),
    content: z.string().max(20_000).default(''),
    source: z.enum(['government', 'party_committee', 'peoples_council', 'peoples_committee', 'chairman']),
    directive: z.object({ number: text, date: localDate, signer: text }),
    assigningLeader: person,
    chairman: person,
    office: z.object({ name: text, email }),
    leadAgency: agency,
    coordinatingAgencies: z.array(agency).max(50).default([]),
    deadline,
    deadlineText: text.max(200).optional(),
    report: z.object({ regimeId: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/), period: z.string().regex(/^\d{4}(-(\d{2}|Q[1-4]|H[12]))?$/) }).optional(),
    priority: z.enum(['normal', 'high', 'urgent']).default('normal'),
    policy: PolicySchema.default({ ...DEFAULT_TASK_POLICY, dayOffDeadline: DEFAULT_TASK_POLICY.dayOffDeadline ?? 'next' }),
    policyProfile: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/).optional(),
    calendar: z.custom<TaskInput['calendar']>(isCalendarData, 'lịch làm việc không hợp lệ / invalid calendar').default(DEFAULT_CALENDAR_DATA),
  })
  .superRefine((input, ctx) => {
    if (input.coordinatingAgencies.some((a) => a.id === input.leadAgency.id)) {
      ctx.addIssue({ code: 'custom', path: ['coordinatingAgencies'], message: 'cơ quan chủ trì không thể đồng thời phối hợp / the lead agency cannot also coordinate' });
    }
  });

export type TaskInputDraft = z.input<typeof TaskInputSchema>;

/** Parses a start input; throws a zod error naming every bad field. */
export function parseTaskInput(draft: unknown): TaskInput {
  return TaskInputSchema.parse(draft) satisfies TaskInput;
}
