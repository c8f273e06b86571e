// The notification request an activity receives, validated at the activity edge.
import { z } from 'zod';
import type { NotificationRequest } from '../workflows/contract';

const RecipientSchema = z.object({ name: z.string().min(1), email: z.email() });
const KINDS = [
  'assigned', 'acknowledgement_reminder', 'reminder', 'report_required', 'escalation', 'overdue_notice',
  'extension_proposed', 'extension_reminder', 'extension_escalation', 'extension_decided', 'completion_submitted',
  'review_reminder', 'completion_accepted', 'completion_returned', 'refused', 'refusal_reminder', 'insisted',
  'reassigned_away', 'withdrawn', 'deadline_amended', 'on_hold', 'resumed', 'progress_report_request',
  'inspection_notice', 'inspection_team_notice', 'inspection_reminder', 'inspection_cancelled',
] as const;

export const NotificationRequestSchema = z.object({
  key: z.string().min(1).max(400),
  kind: z.enum(KINDS),
  to: z.array(RecipientSchema).min(1),
  cc: z.array(RecipientSchema),
  facts: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  dueAt: z.number().int().optional(),
  task: z.object({
    id: z.string().min(1),
    code: z.string().min(1),
    title: z.string().min(1),
    directive: z.string(),
    assigningLeader: z.string(),
    leadAgency: z.string(),
    priority: z.string(),
  }),
}) satisfies z.ZodType<NotificationRequest>;

export type { NotificationRequest };
