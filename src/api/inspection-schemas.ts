// The request and answer shapes of inspection plans, visits and conclusions.
import { z } from 'zod';
import { actionDate, email, localDate, slug, text } from './schemas';

const person = z.object({ name: text.max(200), email }).strict();

export const PlanBody = z
  .object({
    year: z.number().int().min(2000).max(2100),
    title: text.max(500),
    purpose: text.max(5000).optional(),
    periodFrom: localDate,
    periodTo: localDate,
    teams: z
      .array(
        z
          .object({
            id: slug,
            name: text.max(200),
            leaderId: slug.describe('Trưởng đoàn: một lãnh đạo / the team leader: a leader'),
            members: z.array(person).max(30).default([]),
            secretary: person.nullable().default(null),
          })
          .strict(),
      )
      .min(1)
      .max(20),
    agencies: z.array(slug).min(1).max(200).describe('Cơ quan được kiểm tra / the agencies to inspect'),
  })
  .strict();

export const VisitBody = z
  .object({
    teamId: slug,
    agencyId: slug,
    date: actionDate,
    unannounced: z
      .object({
        proposal: text.max(1000).describe('Đề xuất kiểm tra đột xuất (ví dụ của Sở Nội vụ) / the proposal for an unannounced visit (e.g. the Home Affairs department\'s)'),
        decidedBy: slug.describe('Trưởng đoàn đã quyết định / the team leader who decided'),
      })
      .strict()
      .optional(),
  })
  .strict();

export const CancelBody = z.object({ reason: text.max(2000) }).strict();

export const ConclusionBody = z
  .object({
    number: text.max(100).describe('Số kết luận kiểm tra / the conclusion\'s number'),
    date: localDate,
    findings: text.max(20_000),
    recommendations: z
      .array(
        z
          .object({
            title: text.max(500),
            deadline: z.string().max(200).describe('Như văn bản ghi: "30/6/2027", "quý III/2027", "trong 15 ngày làm việc" / as written'),
            content: z.string().max(20_000).optional(),
            coordinatingAgencyIds: z.array(slug).max(50).optional(),
          })
          .strict(),
      )
      .min(1)
      .max(200),
  })
  .strict();

const TeamOut = z.object({ id: z.string(), name: z.string(), leaderId: z.string(), members: z.array(z.object({ name: z.string(), email: z.string() })), secretary: z.object({ name: z.string(), email: z.string() }).nullable() });
export const PlanOut = z.object({
  id: z.string(), year: z.number().int(), title: z.string(), purpose: z.string(), periodFrom: z.string(), periodTo: z.string(), teams: z.array(TeamOut), agencies: z.array(z.string()),
  createdBy: z.string(), createdAt: z.string(),
});
export const VisitOut = z.object({
  id: z.string(), planId: z.string(), teamId: z.string(), agencyId: z.string(), date: z.string(), unannounced: z.boolean(), proposal: z.string().nullable(), decidedBy: z.string().nullable(),
  status: z.enum(['scheduled', 'cancelled', 'concluded']),
  conclusion: z.object({ number: z.string(), date: z.string(), findings: z.string(), directiveNumber: z.string() }).nullable(),
  tasks: z.object({ total: z.number().int(), done: z.number().int(), overdue: z.number().int() }).describe('Nhiệm vụ từ kết luận: tổng, đã hoàn thành, đang quá hạn / tasks from the conclusion'),
});
export const PlanDetailOut = z.object({ plan: PlanOut, visits: z.array(VisitOut) });
export const PlanListOut = z.object({ items: z.array(PlanOut) });
export const SuggestionsOut = z.object({
  items: z.array(z.object({ agencyId: z.string(), name: z.string(), overdueTasks: z.number().int(), inspectedIn: z.array(z.number().int()), reinspection: z.boolean() })),
});
export const ConclusionOut = z.object({ visit: VisitOut, tasks: z.array(z.object({ taskId: z.string(), code: z.string(), title: z.string(), started: z.boolean() })) });
