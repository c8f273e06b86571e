// The HTTP API: every route declared with zod schemas and its roles, an OpenAPI document generated from
// them with an interactive page at /docs, and errors answered in Vietnamese and English.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { Client } from '@temporalio/client';
import Fastify, { type FastifyInstance } from 'fastify';
import { z } from 'zod';
import { DatabaseNotificationStore } from '../activities/notification-store';
import { broadcastCalendarCorrection } from '../client/tasks';
import type { Database } from '../db/database';
import { isCalendarData } from '../domain/task';
import { LoginLimiter, login, logout } from './auth';
import { audit } from './audit';
import { directoryRoutes } from './directory';
import { ApiError } from './errors';
import { importRoutes } from './import';
import { openApiDocument, registerRoutes, route, type Route } from './routes';
import { statisticsRoutes } from './statistics';
import { startPendingTasks, taskRoutes, type TaskServices } from './tasks';
import { text } from './schemas';
import type { CalendarData } from '../domain/calendar';

export interface ApiOptions {
  db: Database;
  temporal: Client;
  taskQueue: string;
  /** Sign-in attempts allowed per user name and per address in the window. */
  loginLimit?: { maxFailures: number; windowMs: number };
  log?: TaskServices['log'];
}

const LoginBody = z.object({ username: text.max(64), password: z.string().min(1).max(200) }).strict();
const CalendarCorrectionBody = z
  .object({
    reason: text.max(1000),
    calendar: z.custom<CalendarData>(isCalendarData, 'dữ liệu lịch không hợp lệ (utcOffsetMinutes, years[]) / invalid calendar data (utcOffsetMinutes, years[])'),
  })
  .strict();
const PageQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100), before: z.coerce.number().int().positive().optional() }).strict();

function sessionRoutes(db: Database, limiter: LoginLimiter): Route[] {
  const tag = 'Đăng nhập / Sign-in';
  return [
    route({
      method: 'POST', url: '/api/auth/login', tag, access: 'public', body: LoginBody,
      summary: 'Đăng nhập, nhận mã phiên (Bearer) / sign in for a bearer token',
      responses: { 401: 'Sai tên hoặc mật khẩu / wrong credentials', 429: 'Quá nhiều lần sai / too many failures' },
      handler: async ({ body, request }) => ({ body: await login(db, limiter, body.username, body.password, request.ip) }),
    }),
    route({
      method: 'POST', url: '/api/auth/logout', tag, access: 'signed-in',
      summary: 'Đăng xuất / sign out',
      handler: async ({ token }) => {
        await logout(db, token);
        return { body: { ok: true } };
      },
    }),
    route({
      method: 'GET', url: '/api/me', tag, access: 'signed-in',
      summary: 'Người đang đăng nhập / who is signed in',
      handler: async ({ principal }) => ({ body: principal }),
    }),
  ];
}

function adminRoutes(db: Database, temporal: Client): Route[] {
  const tag = 'Quản trị / Administration';
  return [
    route({
      method: 'POST', url: '/api/calendar-corrections', tag, access: ['admin'], idempotent: true, created: true, body: CalendarCorrectionBody,
      summary: 'Sửa lịch nghỉ lễ; gửi tới mọi nhiệm vụ đang chạy / correct the holiday calendar for every open task',
      description: 'Nhiệm vụ mới dùng lịch mới nhất; nhiệm vụ đang chạy nhận qua một thao tác hàng loạt của Temporal. / New tasks use the latest calendar; open tasks get it through one Temporal batch operation.',
      responses: { 503: 'Temporal không nhận thao tác hàng loạt; không lưu gì / Temporal refused the batch; nothing stored' },
      handler: async ({ principal, actor, body }) => {
        const stored = await db.transaction(async (tx) => {
          const { rows } = await tx.query<{ id: string }>('INSERT INTO calendar_corrections (calendar, reason, actor_id) VALUES ($1, $2, $3) RETURNING id', [
            JSON.stringify(body.calendar), body.reason, principal.userId,
          ]);
          const id = String(rows[0]!.id);
          // Broadcast inside the transaction: if Temporal refuses, the correction is not stored either.
          const job = await broadcastCalendarCorrection(temporal, actor, body.calendar, body.reason).catch((error: Error) => {
            throw new ApiError(503, 'BROADCAST_FAILED', `Không gửi được lịch tới các nhiệm vụ / could not send the calendar to open tasks: ${error.message}`);
          });
          await tx.query('UPDATE calendar_corrections SET batch_job = $2 WHERE id = $1', [id, job]);
          await audit(tx, principal, 'calendar_corrected', 'calendar', id, { reason: body.reason, batchJob: job, years: body.calendar.years.map((y) => y.year) });
          return { id, batchJob: job };
        });
        return { status: 201, body: stored };
      },
    }),
    route({
      method: 'GET', url: '/api/calendar-corrections', tag, access: 'signed-in',
      summary: 'Các lần sửa lịch / calendar corrections',
      handler: async () => {
        const { rows } = await db.query(`SELECT id::text, reason, actor_id AS "actorId", batch_job AS "batchJob", created_at AS "createdAt" FROM calendar_corrections ORDER BY id DESC`);
        return { body: { items: rows } };
      },
    }),
    route({
      method: 'GET', url: '/api/audit', tag, access: ['admin'], query: PageQuery.extend({ targetType: z.string().max(50).optional(), targetId: z.string().max(100).optional() }),
      summary: 'Nhật ký thay đổi / the audit trail',
      handler: async ({ query }) => {
        const { rows } = await db.query(
          `SELECT id::int, at, actor_id AS "actorId", actor_role AS "actorRole", action, target_type AS "targetType", target_id AS "targetId", details
           FROM audit_log WHERE ($1::bigint IS NULL OR id < $1) AND ($2::text IS NULL OR target_type = $2) AND ($3::text IS NULL OR target_id = $3)
           ORDER BY id DESC LIMIT ${query.limit}`,
          [query.before ?? null, query.targetType ?? null, query.targetId ?? null],
        );
        return { body: { items: rows } };
      },
    }),
    route({
      method: 'GET', url: '/api/outbox', tag, access: ['admin', 'office'], query: PageQuery.pick({ limit: true }),
      summary: 'Hộp thư đi: thông báo đã lưu hoặc đã gửi / the outbox: notifications stored or sent',
      handler: async ({ query }) => ({ body: { items: await new DatabaseNotificationStore(db).recent(query.limit) } }),
    }),
  ];
}

export async function buildApi(options: ApiOptions): Promise<FastifyInstance> {
  const { db, temporal, taskQueue } = options;
  const app = Fastify({ logger: false, bodyLimit: 25 * 1024 * 1024, trustProxy: false });
  const services: TaskServices = { db, temporal, taskQueue, log: options.log ?? ((m, d) => console.warn(m, d ?? '')) };
  const limiter = new LoginLimiter(options.loginLimit?.maxFailures, options.loginLimit?.windowMs);
  const routes = [
    ...sessionRoutes(db, limiter),
    ...taskRoutes(services),
    ...importRoutes(services),
    ...statisticsRoutes(db),
    ...directoryRoutes(db),
    ...adminRoutes(db, temporal),
  ];
  const document = openApiDocument(routes, {
    title: 'Đôn Đốc API',
    version: '1.0.0',
    description: 'Theo dõi, đôn đốc nhiệm vụ do UBND giao. Đăng nhập ở /api/auth/login, dùng mã nhận được làm Bearer. / Follow-up of tasks assigned by People’s Committees. Sign in at /api/auth/login and use the token as Bearer.',
  });

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof ApiError) return reply.status(error.status).headers(error.headers).send(error.toJSON());
    const e = error as { statusCode?: number; code?: string; message: string };
    if (e.statusCode && e.statusCode < 500) {
      // fastify's own refusals: unreadable JSON, wrong content type, a body too large
      return reply.status(e.statusCode).send({ error: { code: e.code ?? 'BAD_REQUEST', message: `Yêu cầu không hợp lệ / bad request: ${e.message}` } });
    }
    request.log.error(error);
    services.log('API error', { url: request.url, error: e.message });
    return reply.status(500).send({ error: { code: 'INTERNAL', message: 'Lỗi máy chủ / internal server error' } });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ error: { code: 'NOT_FOUND', message: `Không có đường dẫn ${request.method} ${request.url} / no such route` } }),
  );

  await app.register(swagger, { mode: 'static', specification: { document: document as never } });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/api/openapi.json', async () => document);
  app.get('/api/health', async () => ({ ok: true }));
  registerRoutes(app, db, routes);
  await app.ready();
  await startPendingTasks(services); // tasks registered before a crash, not started yet
  return app;
}
