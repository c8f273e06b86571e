// The notification an activity delivers, validated at the activity edge.
import { z } from 'zod';

export const NotificationSchema = z.object({
  /** Idempotency key: the workflow id and the event, e.g. "task-42/reminder/3". */
  key: z.string().min(1).max(400),
  kind: z.enum(['reminder', 'report_required']),
  taskId: z.string().min(1),
  title: z.string().min(1),
  deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  to: z.object({ id: z.string().min(1), name: z.string().min(1), email: z.email() }),
});

export type Notification = z.infer<typeof NotificationSchema>;
