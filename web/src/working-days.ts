// The working calendar as the API publishes it (GET /api/calendar/{year}): days off with their names,
// make-up working days; used for "còn N ngày làm việc" and the extension date picker.
import { api, call } from './api/client';

export interface DayInfo {
  working: boolean;
  dayOff?: { name: string; kind: string };
  makeUp?: boolean;
  weekend: boolean;
}

export class WorkingDays {
  constructor(
    private readonly daysOff: Map<string, { name: string; kind: string }>,
    private readonly makeUp: Set<string>,
  ) {}

  info(day: string): DayInfo {
    const weekend = [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());
    const off = this.daysOff.get(day);
    const makeUp = this.makeUp.has(day);
    return { working: makeUp || (!weekend && !off), weekend, ...(off ? { dayOff: off } : {}), ...(makeUp ? { makeUp } : {}) };
  }

  /** Working days after `from` up to and including `to` (0 when `to` is `from` or earlier). */
  between(from: string, to: string): number {
    let n = 0;
    for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (this.info(d).working) n += 1;
    return n;
  }
}

export const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

let loaded: Promise<WorkingDays> | undefined;

/** The calendar of last year, this year and the next two (enough for deadlines people set), loaded once. */
export function loadWorkingDays(): Promise<WorkingDays> {
  loaded ??= (async () => {
    const year = new Date().getUTCFullYear();
    const daysOff = new Map<string, { name: string; kind: string }>();
    const makeUp = new Set<string>();
    for (const y of [year - 1, year, year + 1, year + 2]) {
      const r = await call(() => api.GET('/api/calendar/{year}', { params: { path: { year: y } } }));
      if (!r.ok) continue;
      for (const d of r.data.daysOff) daysOff.set(d.date, { name: d.name, kind: d.kind });
      for (const d of r.data.makeUpWorkingDays) makeUp.add(d.date);
    }
    return new WorkingDays(daysOff, makeUp);
  })();
  return loaded;
}

/** Forgets the loaded calendar (after an administrator corrects it). */
export function reloadWorkingDays(): void {
  loaded = undefined;
}
