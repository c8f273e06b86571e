// One period of a reporting regime: a report task for each of its agencies, registered once per
// (regime, agency, period). The period comes from the run's intended instant (never the clock), so a
// late run or a backfill registers the right period, and a repeated one registers nothing twice.
import type { Database } from '../db/database';
import { findRegime, periodTasks, claimPeriodTask } from '../db/regimes';
import { insertRegistrations } from '../db/registrations';
import type { LocalDate } from '../domain/calendar';
import { dueDayOf, periodFor, type ReportPeriod } from '../domain/reporting';
import type { TaskInput } from '../domain/task';
import { newRegistrations, registrationContext, taskInputFor } from './registration';
import { TASK_SOURCES } from './task-schemas';

export interface PreparedPeriod {
  regimeId: string;
  period: ReportPeriod | null;
  due: LocalDate | null;
  /** The period's report tasks whose workflow has not started (new, or left by an earlier attempt). */
  toStart: { taskId: string; input: TaskInput }[];
  /** Agencies for which no task could be built (deactivated since), with the reason. */
  skipped: { agencyId: string; reason: string }[];
  /** Why nothing was done: the regime is unknown or ended. */
  idle?: 'unknown' | 'ended';
}

export async function preparePeriod(db: Database, regimeId: string, at: number): Promise<PreparedPeriod> {
  const regime = await findRegime(db, regimeId);
  if (!regime || regime.status === 'ended') return { regimeId, period: null, due: null, toStart: [], skipped: [], idle: regime ? 'ended' : 'unknown' };
  const context = await registrationContext(db);
  const period = periodFor(regime.frequency, context.workingCalendar.localDateOf(at));
  const due = dueDayOf(period, regime.due, context.workingCalendar);
  const { rows } = await db.query<{ number: string; date: string; signer: string; source: string; title: string }>(
    `SELECT number, to_char(date, 'YYYY-MM-DD') AS date, signer, source, title FROM directives WHERE number = $1`,
    [regime.directiveNumber],
  );
  const d = rows[0]!;
  const directive = { number: d.number, date: d.date, signer: d.signer, source: d.source as (typeof TASK_SOURCES)[number], title: d.title };
  const existing = await periodTasks(db, regime.id, period.key);
  const toStart: PreparedPeriod['toStart'] = [];
  const skipped: PreparedPeriod['skipped'] = [];
  for (const agencyId of regime.agencies) {
    const had = existing.get(agencyId);
    if (had) {
      if (!had.started) {
        const { rows: reg } = await db.query<{ input: TaskInput }>('SELECT input FROM task_registrations WHERE task_id = $1', [had.taskId]);
        toStart.push({ taskId: had.taskId, input: reg[0]!.input });
      }
      continue;
    }
    const built = await taskInputFor(db, context, directive, {
      title: `Báo cáo ${regime.title} ${period.label}`,
      content: [regime.content, `Số liệu từ ngày ${period.from} đến ngày ${period.to}.`].filter(Boolean).join('\n'),
      leadAgencyId: agencyId, coordinatingAgencyIds: [], assigningLeaderId: regime.assigningLeaderId, deadline: { precision: 'day', date: due }, priority: 'normal',
    }, 'agency');
    if (!built.input) {
      skipped.push({ agencyId, reason: built.problems.map((p) => p.message).join('; ') });
      continue;
    }
    const registeredAt = Date.now();
    const [registration] = await newRegistrations(db, [{ input: { ...built.input, report: { regimeId: regime.id, period: period.key } }, code: undefined }], registeredAt);
    const stored = await db.transaction(async (tx) => {
      if (!(await claimPeriodTask(tx, regime.id, agencyId, period.key, registration!.input.taskId))) return false; // a concurrent run registered it
      await insertRegistrations(tx, directive.number, regime.createdBy, registeredAt, [registration!]);
      return true;
    });
    if (stored) toStart.push({ taskId: registration!.input.taskId, input: registration!.input });
  }
  return { regimeId, period, due, toStart, skipped };
}
