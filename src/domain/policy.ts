// The follow-up policy of a task: when reminders go out. Defaults here, overridable per task.

export interface ReminderPolicy {
  /** Working days before the deadline day; 0 is the deadline day itself. */
  offsetsInWorkingDays: number[];
  /** Local hour (0–23) at which reminders go out. */
  hourOfDay: number;
}

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = {
  offsetsInWorkingDays: [7, 3, 1, 0],
  hourOfDay: 8,
};
