// Plain types for a task's input and live state. No runtime code: imported by workflow, client and tests.
import type { CalendarData, LocalDate } from '../domain/calendar';
import type { ReminderPolicy } from '../domain/policy';

export interface Recipient {
  id: string;
  name: string;
  email: string;
}

export interface TaskInput {
  taskId: string;
  title: string;
  /** The deadline day (hạn xử lý); the task is due at the end of it, local time. */
  deadline: LocalDate;
  leadAgency: Recipient;
  policy: ReminderPolicy;
  calendar: CalendarData;
}

export type TaskStatus = 'in_progress' | 'overdue';

export type NotificationKind = 'reminder' | 'report_required';

export interface SentNotification {
  kind: NotificationKind;
  key: string;
  at: number;
}

export interface TaskState {
  taskId: string;
  status: TaskStatus;
  deadline: LocalDate;
  deadlineAt: number;
  sent: SentNotification[];
}
