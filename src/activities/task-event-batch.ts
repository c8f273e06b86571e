// The batch of task events the event-log activity receives, checked at the activity edge.
import { z } from 'zod';

const iso = z.iso.datetime();

export const TaskEventBatchSchema = z.object({
  taskId: z.string().min(1),
  events: z
    .array(
      z.object({
        seq: z.number().int().positive(),
        at: z.number().int(),
        actor: z.object({ id: z.string().min(1), name: z.string().min(1), role: z.string().min(1) }),
        action: z.string().min(1),
        details: z.record(z.string(), z.unknown()),
      }),
    )
    .min(1),
  row: z.object({
    task_id: z.string().min(1),
    status: z.string().min(1),
    last_seq: z.number().int().positive(),
    assigned_at: iso,
    updated_at: iso,
  }).loose(),
});
