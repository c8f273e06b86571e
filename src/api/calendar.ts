// The holiday calendar as people read and correct it: a year's days off, compensatory days and make-up
// working days with their legal sources and whether the year is only provisional; corrections made
// as single changes with reason and source; every correction stored, then sent to every open task.
import type { Client } from '@temporalio/client';
import { z } from 'zod';
import { broadcastCalendarCorrection } from '../client/tasks';
import type { Database } from '../db/database';
import { WorkingCalendar, applyCalendarChange, weekdayName, type CalendarChange, type CalendarData } from '../domain/calendar';
import { isCalendarData, type Actor } from '../domain/task';
import type { Principal } from './auth';
import { audit } from './audit';
import { ApiError, badInput } from './errors';
import { CalendarCorrectionList, CalendarCorrectionOut, CalendarYearOut } from './responses';
import { route, type Route } from './routes';
import { localDate, text } from './schemas';
import { currentCalendar } from './tasks';

const CalendarCorrectionBody = z
  .object({
    reason: text.max(1000),
    calendar: z.custom<CalendarData>(isCalendarData, 'dữ liệu lịch không hợp lệ (utcOffsetMinutes, years[]) / invalid calendar data (utcOffsetMinutes, years[])'),
  })
  .strict();

const yearParam = z.object({ year: z.coerce.number().int().min(2000).max(2100) }).strict();
const source = text.max(500).describe('Căn cứ pháp lý, ví dụ "Thông báo 6150/TB-BNV ngày 12/11/2026" / legal source');
const ChangeBody = z
  .discriminatedUnion('change', [
    z.object({ change: z.literal('add_day_off'), date: localDate, kind: z.enum(['holiday', 'compensatory', 'swapped']).default('holiday'), name: text.max(200), reason: text.max(1000), source, status: z.enum(['provisional', 'published']).optional() }).strict(),
    z.object({ change: z.literal('remove_day_off'), date: localDate, reason: text.max(1000), source, status: z.enum(['provisional', 'published']).optional() }).strict(),
    z.object({ change: z.literal('add_make_up_day'), date: localDate, name: text.max(200), reason: text.max(1000), source, status: z.enum(['provisional', 'published']).optional() }).strict(),
    z.object({ change: z.literal('remove_make_up_day'), date: localDate, reason: text.max(1000), source, status: z.enum(['provisional', 'published']).optional() }).strict(),
  ])
  .describe('Một thay đổi; status "published" khi đã có thông báo chính thức / one change; status "published" once officially announced');

/**
 * Stores a corrected calendar and sends it to every open task in one Temporal batch, inside one
 * transaction: if Temporal refuses the batch, nothing is stored.
 */
async function storeCorrection(
  db: Database, temporal: Client, principal: Principal, actor: Actor, calendar: CalendarData, reason: string, change?: { year: number; change: CalendarChange },
): Promise<{ id: string; batchJob: string }> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string }>('INSERT INTO calendar_corrections (calendar, reason, actor_id, year, change) VALUES ($1, $2, $3, $4, $5) RETURNING id', [
      JSON.stringify(calendar), reason, principal.userId, change?.year ?? null, change ? JSON.stringify(change.change) : null,
    ]);
    const id = String(rows[0]!.id);
    const job = await broadcastCalendarCorrection(temporal, actor, calendar, reason).catch((error: Error) => {
      throw new ApiError(503, 'BROADCAST_FAILED', `Không gửi được lịch tới các nhiệm vụ / could not send the calendar to open tasks: ${error.message}`);
    });
    await tx.query('UPDATE calendar_corrections SET batch_job = $2 WHERE id = $1', [id, job]);
    await audit(tx, principal, 'calendar_corrected', 'calendar', id, { reason, batchJob: job, years: calendar.years.map((y) => y.year), ...(change ? { change: change.change } : {}) });
    return { id, batchJob: job };
  });
}

async function corrections(db: Database, year?: number) {
  const { rows } = await db.query(
    `SELECT id::text, reason, actor_id AS "actorId", batch_job AS "batchJob", created_at AS "createdAt", year, change
     FROM calendar_corrections WHERE $1::int IS NULL OR year = $1 ORDER BY id DESC`,
    [year ?? null],
  );
  return rows;
}

export function calendarRoutes(db: Database, temporal: Client): Route[] {
  const tag = 'Lịch làm việc / Working calendar';
  return [
    route({
      method: 'GET', url: '/api/calendar/:year', tag, access: 'signed-in', params: yearParam, response: CalendarYearOut,
      summary: 'Lịch nghỉ một năm: ngày nghỉ, nghỉ bù, làm bù, căn cứ; năm tạm tính được đánh dấu / a year\'s days off, compensatory and make-up days, with sources; a provisional year is marked',
      handler: async ({ params }) => {
        const y = new WorkingCalendar(await currentCalendar(db)).year(params.year);
        return {
          body: {
            year: y.year,
            status: y.status,
            provisional: y.status !== 'published',
            source: y.source,
            daysOff: y.daysOff.map((d) => ({ date: d.date, weekday: weekdayName(d.date), kind: d.kind, name: d.name, source: d.source ?? y.source })),
            makeUpWorkingDays: y.makeUpWorkingDays.map((d) => ({ date: d.date, weekday: weekdayName(d.date), name: d.name, source: d.source ?? y.source })),
            corrections: await corrections(db, params.year),
          },
        };
      },
    }),
    route({
      method: 'POST', url: '/api/calendar/:year/changes', tag, access: ['admin'], params: yearParam, idempotent: true, created: true, body: ChangeBody, response: CalendarCorrectionOut,
      summary: 'Thêm/bỏ một ngày nghỉ hoặc ngày làm bù, kèm lý do và căn cứ; gửi tới mọi nhiệm vụ đang chạy / add or remove one day off or make-up day, with reason and source; sent to every open task',
      responses: { 503: 'Temporal không nhận thao tác hàng loạt; không lưu gì / Temporal refused the batch; nothing stored' },
      handler: async ({ principal, actor, params, body }) => {
        if (Number(body.date.slice(0, 4)) !== params.year) throw badInput([{ field: 'date', message: `ngày phải thuộc năm ${params.year} / the date must be in ${params.year}` }]);
        const { reason, status, ...change } = body;
        const result = applyCalendarChange(await currentCalendar(db), change as CalendarChange, status);
        if ('problem' in result) throw badInput([result.problem]);
        return { status: 201, body: await storeCorrection(db, temporal, principal, actor, result.calendar, reason, { year: params.year, change: change as CalendarChange }) };
      },
    }),
    route({
      method: 'POST', url: '/api/calendar-corrections', tag, access: ['admin'], idempotent: true, created: true, body: CalendarCorrectionBody, response: CalendarCorrectionOut,
      summary: 'Thay cả lịch nghỉ lễ (nhiều năm một lần); gửi tới mọi nhiệm vụ đang chạy / replace the whole holiday calendar; sent to every open task',
      description: 'Nhiệm vụ mới dùng lịch mới nhất; nhiệm vụ đang chạy nhận qua một thao tác hàng loạt của Temporal. / New tasks use the latest calendar; open tasks get it through one Temporal batch operation.',
      responses: { 503: 'Temporal không nhận thao tác hàng loạt; không lưu gì / Temporal refused the batch; nothing stored' },
      handler: async ({ principal, actor, body }) => ({ status: 201, body: await storeCorrection(db, temporal, principal, actor, body.calendar, body.reason) }),
    }),
    route({
      method: 'GET', url: '/api/calendar-corrections', tag, access: 'signed-in', response: CalendarCorrectionList,
      summary: 'Các lần sửa lịch: ai, khi nào, thay đổi gì / calendar corrections: who, when, what changed',
      handler: async () => ({ body: { items: await corrections(db) } }),
    }),
  ];
}
