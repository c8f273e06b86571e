// The HTTP API: every route declared with zod schemas and its roles, an OpenAPI document generated from
// them with an interactive page at /docs, and errors answered in Vietnamese and English.
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { Client } from '@temporalio/client';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { z } from 'zod';
import { DatabaseNotificationStore } from '../activities/notification-store';
import type { Database } from '../db/database';
import { LoginLimiter, login, logout } from './auth';
import { browserSessionRoutes } from './browser-session';
import { directoryRoutes } from './directory';
import { ApiError, fastifyRefusal, rawClientError } from './errors';
import { healthRoutes } from './health';
import { importRoutes } from './import';
import { openApiDocument, registerRoutes, route, type Route } from './routes';
import { AuditList, LoginOut, NotificationList, OkOut, PrincipalOut } from './responses';
import { calendarRoutes } from './calendar';
import { policyRoutes } from './policies';
import { reportSettingsRoutes } from './report-layout';
import { statisticsRoutes } from './statistics';
import { taskExportRoutes } from './task-export';
import { deliveryRoutes } from './delivery';
import { inspectionRoutes } from './inspections';
import { delegationRoutes } from './delegations';
import { regimeRoutes } from './regimes';
import { startPendingTasks, taskRoutes, type TaskServices } from './tasks';
import { timelineRoutes } from './task-timeline';
import { extensionRoutes } from './extensions';
import { WritesInFlight } from './writes-in-flight';
import { registerWebApp } from './web-app';
import { unavailableError } from './unavailable';
import { safeString, text } from './schemas';

export interface ApiOptions {
  db: Database;
  temporal: Client;
  taskQueue: string;
  /** Sign-in attempts allowed per user name and per address in the window. */
  loginLimit?: { maxFailures: number; windowMs: number };
  log?: TaskServices['log'];
  /** The state of the worker in this process, for readiness ('RUNNING' is ready); absent when the worker runs elsewhere. */
  workerState?: () => string;
  /** Browser origins allowed to call the API from other sites; empty (the default) keeps CORS closed. */
  corsOrigins?: string[];
  /** How long an Idempotency-Key claimed by a request that never finished blocks a retry (default 5 min). */
  idempotencyLeaseMs?: number;
  /** Check every success answer against its declared schema, a mismatch being a 500 (the tests turn this on). */
  checkResponses?: boolean;
  /** The built web app (web/dist) served at `/`; absent or unbuilt, `/` says how to build it. */
  webRoot?: string;
}

const LoginBody = z.object({ username: text.max(64), password: safeString().min(1).max(200) }).strict();
const PageQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100), before: z.coerce.number().int().positive().optional() }).strict();

function sessionRoutes(db: Database, limiter: LoginLimiter): Route[] {
  const tag = 'Đăng nhập / Sign-in';
  return [
    route({
      method: 'POST', url: '/api/auth/login', tag, access: 'public', body: LoginBody, response: LoginOut,
      summary: 'Đăng nhập, nhận mã phiên (Bearer) / sign in for a bearer token',
      responses: { 401: 'Sai tên hoặc mật khẩu / wrong credentials', 429: 'Quá nhiều lần sai / too many failures' },
      handler: async ({ body, request }) => ({ body: await login(db, limiter, body.username, body.password, request.ip) }),
    }),
    route({
      method: 'POST', url: '/api/auth/logout', tag, access: 'signed-in', response: OkOut,
      summary: 'Đăng xuất / sign out',
      handler: async ({ token }) => {
        await logout(db, token);
        return { body: { ok: true } };
      },
    }),
    route({
      method: 'GET', url: '/api/me', tag, access: 'signed-in', response: PrincipalOut,
      summary: 'Người đang đăng nhập / who is signed in',
      handler: async ({ principal }) => ({ body: principal }),
    }),
  ];
}

function adminRoutes(db: Database): Route[] {
  const tag = 'Quản trị / Administration';
  return [
    route({
      method: 'GET', url: '/api/audit', tag, access: ['admin'], response: AuditList, query: PageQuery.extend({ targetType: safeString().max(50).optional(), targetId: safeString().max(100).optional() }),
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
      method: 'GET', url: '/api/outbox', tag, access: ['admin', 'office'], response: NotificationList, query: PageQuery.pick({ limit: true }),
      summary: 'Hộp thư đi: thông báo đã lưu hoặc đã gửi / the outbox: notifications stored or sent',
      handler: async ({ query }) => ({ body: { items: await new DatabaseNotificationStore(db).recent(query.limit) } }),
    }),
  ];
}

export const API_INFO = {
  title: 'Đôn Đốc API',
  version: '1.0.0',
  description: 'Theo dõi, đôn đốc nhiệm vụ do UBND giao. Đăng nhập ở /api/auth/login, dùng mã nhận được làm Bearer. / Follow-up of tasks assigned by People’s Committees. Sign in at /api/auth/login and use the token as Bearer.',
};

/** Every route of the API, declared (nothing runs until a request comes). */
export function apiRoutes(services: TaskServices, limiter: LoginLimiter): Route[] {
  const { db, temporal } = services;
  return [
    ...sessionRoutes(db, limiter),
    ...browserSessionRoutes(db, limiter),
    ...taskRoutes(services),
    ...timelineRoutes(services),
    ...extensionRoutes(services),
    ...importRoutes(services),
    ...statisticsRoutes(db),
    ...taskExportRoutes(db),
    ...deliveryRoutes(db),
    ...inspectionRoutes(services),
    ...delegationRoutes(db),
    ...regimeRoutes(services),
    ...directoryRoutes(db),
    ...calendarRoutes(db, temporal),
    ...policyRoutes(db),
    ...reportSettingsRoutes(db),
    ...adminRoutes(db),
  ];
}

/** The OpenAPI document from the route declarations alone, without a register or Temporal (the web app's client is generated from it). */
export function apiDocument() {
  const none = undefined as never;
  return openApiDocument(apiRoutes({ db: none, temporal: none, taskQueue: '', log: () => undefined, writes: new WritesInFlight() }, new LoginLimiter()), API_INFO);
}

export async function buildApi(options: ApiOptions): Promise<FastifyInstance> {
  const { db, temporal, taskQueue } = options;
  const app = Fastify({
    logger: false,
    bodyLimit: 25 * 1024 * 1024,
    trustProxy: false,
    // Long path ids reach the route's own schema (a 400 naming the field) instead of missing the route.
    maxParamLength: 1000,
    // Requests Node's HTTP parser refuses (headers or URL too long, malformed) still get the error shape.
    clientErrorHandler: (error, socket) => {
      if (socket.writable) socket.end(rawClientError(error as Error & { code?: string }));
    },
  });
  const services: TaskServices = { db, temporal, taskQueue, log: options.log ?? ((m, d) => console.warn(m, d ?? '')), writes: new WritesInFlight() };
  // A request reads the register only after the writes earlier answers left running (see WritesInFlight).
  app.addHook('onRequest', () => services.writes.settled());
  const limiter = new LoginLimiter(options.loginLimit?.maxFailures, options.loginLimit?.windowMs);
  const routes = apiRoutes(services, limiter);
  const document = openApiDocument(routes, API_INFO);

  app.removeContentTypeParser('text/plain'); // the API reads JSON only: anything else is a clear 415
  app.setErrorHandler((error, request, reply) => {
    if (error instanceof ApiError) return reply.status(error.status).headers(error.headers).send(error.toJSON());
    const e = error as { statusCode?: number; code?: string; message: string };
    // The register or Temporal is down (a restart, an outage): nothing was wrong with the request.
    const unavailable = unavailableError(error);
    if (unavailable) {
      services.log('dependency unavailable', { url: request.url, code: unavailable.code, error: e.message });
      return reply.status(unavailable.status).headers(unavailable.headers).send(unavailable.toJSON());
    }
    // A method no route takes, refused by fastify's body parsing before it got to the not-found handler.
    if (!request.routeOptions.url) return unmatched(request, reply);
    if (e.statusCode && e.statusCode < 500) {
      const refusal = fastifyRefusal(e as { statusCode: number; code?: string; message: string });
      return reply.status(refusal.status).send(refusal.toJSON());
    }
    request.log.error(error);
    services.log('API error', { url: request.url, error: e.message });
    return reply.status(500).send({ error: { code: 'INTERNAL', message: 'Lỗi máy chủ / internal server error' } });
  });
  const allowedMethods = methodsByPath(routes);
  let appPage: (request: FastifyRequest, reply: FastifyReply) => boolean = () => false;
  const unmatched = (request: FastifyRequest, reply: FastifyReply) => {
    if (appPage(request, reply)) return reply; // a browser opening one of the web app's addresses
    const allowed = allowedMethods(request.url.split('?')[0]!);
    if (allowed.length) {
      return reply
        .status(405)
        .header('allow', allowed.join(', '))
        .send({ error: { code: 'METHOD_NOT_ALLOWED', message: `${request.method} không dùng được ở đây; chỉ ${allowed.join(', ')} / ${request.method} is not allowed here; use ${allowed.join(', ')}` } });
    }
    return reply.status(404).send({ error: { code: 'NOT_FOUND', message: `Không có đường dẫn ${request.method} ${request.url} / no such route` } });
  };
  app.setNotFoundHandler(unmatched);

  // Security headers on every answer; the API's answers are never cached (they carry tasks and tokens).
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'], connectSrc: ["'self'"],
        objectSrc: ["'none'"], baseUri: ["'self'"], formAction: ["'self'"], frameAncestors: ["'none'"],
        // Offices often serve it over plain HTTP on an intranet address: upgrading requests would break the page.
        upgradeInsecureRequests: null,
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
  await app.register(cors, { origin: options.corsOrigins?.length ? options.corsOrigins : false, credentials: false });
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/')) void reply.header('cache-control', 'no-store');
  });

  await app.register(swagger, { mode: 'static', specification: { document: document as never } });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
  app.get('/api/openapi.json', async () => document);
  healthRoutes(app, { db, temporal, taskQueue, workerState: options.workerState });
  appPage = await registerWebApp(app, options.webRoot);
  registerRoutes(app, db, routes, { idempotencyLeaseMs: options.idempotencyLeaseMs ?? 5 * 60_000, checkResponses: options.checkResponses ?? false });
  await app.ready();
  await startPendingTasks(services); // tasks registered before a crash, not started yet
  return app;
}

/** The methods declared for a path, to answer 405 (with Allow) rather than 404 for a known path. */
function methodsByPath(routes: Route[]): (path: string) => string[] {
  const patterns = new Map<string, { pattern: RegExp; methods: Set<string> }>();
  const add = (url: string, method: string) => {
    const entry = patterns.get(url) ?? { pattern: new RegExp(`^${url.replace(/:[A-Za-z]+/g, '[^/]+')}/?$`), methods: new Set<string>() };
    entry.methods.add(method);
    patterns.set(url, entry);
  };
  for (const r of routes) add(r.url, r.method);
  for (const url of ['/api/openapi.json', '/api/health', '/api/health/live', '/api/health/ready']) add(url, 'GET');
  return (path) => {
    const methods = new Set<string>();
    for (const { pattern, methods: m } of patterns.values()) if (pattern.test(path)) m.forEach((x) => methods.add(x));
    if (methods.has('GET')) methods.add('HEAD');
    return [...methods].sort();
  };
}
