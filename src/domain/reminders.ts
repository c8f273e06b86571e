// When reminders go out: at a fixed local hour on working days, N working days before the deadline day.
import type { LocalDate, WorkingCalendar } from './calendar';
import type { ReminderPolicy } from './policy';

export interface ScheduledReminder {
  offset: number;
  day: LocalDate;
  at: number;
}

/** Reminders still ahead of `now`, earliest first; offsets already past at `now` are skipped. */
export function upcomingReminders(calendar: WorkingCalendar, deadline: LocalDate, policy: ReminderPolicy, now: number): ScheduledReminder[] {
  const lastWorkingDay = calendar.onOrBefore(deadline);
  const byInstant = new Map<number, ScheduledReminder>();
  for (const offset of policy.offsetsInWorkingDays) {
    const day = calendar.addWorkingDays(lastWorkingDay, -offset);
    const at = calendar.instantAt(day, policy.hourOfDay);
    if (at > now && !byInstant.has(at)) byInstant.set(at, { offset, day, at });
  }
  return [...byInstant.values()].sort((a, b) => a.at - b.at);
}
