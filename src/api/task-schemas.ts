// The request shapes of registration: a directive and its new tasks, checked at the edge with zod.
import { z } from 'zod';
import type { TaskSource, TaskStatus } from '../domain/task';
import { localDate, safeString, slug, text } from './schemas';

export const TASK_SOURCES = ['government', 'party_committee', 'peoples_council', 'peoples_committee', 'chairman'] as const satisfies readonly TaskSource[];
export const TASK_STATUSES = [
  'assigned', 'in_progress', 'due_soon', 'overdue', 'no_deadline', 'awaiting_review', 'refused', 'on_hold', 'completed_on_time', 'completed_late', 'withdrawn',
] as const satisfies readonly TaskStatus[];

/**
 * The most tasks one directive may register in one request. A city's plan of action can list a few
 * thousand; 5,000 register in well under a minute (the benchmark in bench/), and the request stays far
 * below the 25 MB body limit (a task is under 1 KB of JSON).
 */
export const MAX_TASKS_PER_DIRECTIVE = 5_000;

const StructuredDeadline = z.discriminatedUnion('precision', [
  z.object({ precision: z.literal('day'), date: localDate }),
  z.object({ precision: z.literal('month'), year: z.number().int(), month: z.number().int().min(1).max(12) }),
  z.object({ precision: z.literal('quarter'), year: z.number().int(), quarter: z.number().int().min(1).max(4) }),
  z.object({ precision: z.literal('year'), year: z.number().int() }),
  z.object({ precision: z.literal('none') }),
]);

export const NewTaskSchema = z
  .object({
    code: text.max(100).optional(),
    title: text.max(500),
    content: safeString().max(20_000).default(''),
    leadAgencyId: slug,
    coordinatingAgencyIds: z.array(slug).max(50).default([]),
    assigningLeaderId: slug,
    deadline: z
      .union([safeString().max(200), StructuredDeadline])
      .describe('"15/3/2026", "12/2026", "quý IV/2026", "năm 2026", "01/01/1970" (không thời hạn / none), or {precision, …}'),
    priority: z.enum(['normal', 'high', 'urgent']).default('normal'),
    policyProfile: slug.optional().describe('Chế độ đôn đốc (mặc định theo nguồn giao và mức độ) / policy profile (default: by source and priority)'),
  })
  .strict();

export const DirectiveSchema = z
  .object({
    number: text.max(100),
    date: localDate,
    signer: text.max(200),
    source: z.enum(TASK_SOURCES),
    title: text.max(1000),
  })
  .strict();

const registerBody = <T extends z.ZodType>(task: T) =>
  z
    .object({
      directive: DirectiveSchema,
      tasks: z.array(task).min(1).max(MAX_TASKS_PER_DIRECTIVE).describe(`1–${MAX_TASKS_PER_DIRECTIVE} nhiệm vụ / 1–${MAX_TASKS_PER_DIRECTIVE} tasks`),
    })
    .strict();

export const RegisterBody = registerBody(NewTaskSchema);

/**
 * RegisterBody with each task left unchecked (the list's length still is): the route checks the tasks a
 * slice at a time (Route.sliced). Checking 5,000 tasks in one go held the event loop for 15–55 ms.
 */
export const RegisterShell = registerBody(z.unknown());

export type NewTask = z.output<typeof NewTaskSchema>;
export type DirectiveFacts = z.output<typeof DirectiveSchema>;
