// The working calendar in force: the latest correction, or the shipped one when none was made.
import { DEFAULT_CALENDAR_DATA, type CalendarData } from '../domain/calendar';
import type { Queryable } from './database';

export async function currentCalendar(q: Queryable): Promise<CalendarData> {
  const { rows } = await q.query<{ calendar: CalendarData }>('SELECT calendar FROM calendar_corrections ORDER BY id DESC LIMIT 1');
  return rows[0]?.calendar ?? DEFAULT_CALENDAR_DATA;
}
