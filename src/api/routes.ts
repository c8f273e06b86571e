// Routes are declared once, with their zod schemas and the roles allowed; the same declarations
// register them on fastify (authentication, validation, Idempotency-Key) and produce the OpenAPI document.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Database } from '../db/database';
import type { Actor } from '../domain/task';
import { actorOf, authenticate, type Principal, type UserRole } from './auth';
import { ApiError, forbidden, parse } from './errors';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type AnyObject = z.ZodObject<z.ZodRawShape>;

export interface RouteContext<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  principal: Principal;
  actor: Actor;
  token: string;
  request: FastifyRequest;
}

export type RouteResult =
  | { status?: number; body: unknown }
  | { status?: number; file: { contentType: string; filename: string; data: Buffer | string } };

export interface Route<P = unknown, Q = unknown, B = unknown> {
  method: Method;
  url: string;
  summary: string;
  description?: string;
  tag: string;
  /** Who may call it: the roles, any signed-in user, or anyone (sign-in itself). */
  access: readonly UserRole[] | 'signed-in' | 'public';
  params?: AnyObject;
  query?: AnyObject;
  body?: z.ZodType;
  /** A creating POST or a task action: an Idempotency-Key makes a retry return the first answer and do nothing twice. */
  idempotent?: boolean;
  /** Answers 201 Created (documented as such). */
  created?: boolean;
  responses?: Record<number, string>;
  handler(ctx: RouteContext<P, Q, B>): Promise<RouteResult>;
}

/** Declares a route with its schemas' types flowing into the handler. */
export function route<PS extends AnyObject | undefined = undefined, QS extends AnyObject | undefined = undefined, BS extends z.ZodType | undefined = undefined>(
  r: Omit<Route, 'params' | 'query' | 'body' | 'handler'> & {
    params?: PS;
    query?: QS;
    body?: BS;
    handler(ctx: RouteContext<Out<PS>, Out<QS>, Out<BS>>): Promise<RouteResult>;
  },
): Route {
  return r as unknown as Route;
}
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

const ANONYMOUS: Principal = { userId: 'anonymous', name: 'anonymous', email: '', role: 'agency_officer', agencyId: null, leaderId: null };

export function registerRoutes(app: FastifyInstance, db: Database, routes: Route[]): void {
  for (const r of routes) {
    app.route({
      method: r.method,
      url: r.url,
      handler: async (request, reply) => {
        let principal = ANONYMOUS;
        let token = '';
        if (r.access !== 'public') {
          ({ principal, token } = await authenticate(db, request.headers.authorization));
          if (r.access !== 'signed-in' && !r.access.includes(principal.role)) throw forbidden();
        }
        const ctx: RouteContext<unknown, unknown, unknown> = {
          params: r.params ? parse(r.params, request.params, 'params') : undefined,
          query: r.query ? parse(r.query, request.query, 'query') : undefined,
          body: r.body ? parse(r.body, request.body ?? {}) : undefined,
          principal,
          actor: actorOf(principal),
          token,
          request,
        };
        const key = request.headers['idempotency-key'];
        const result = r.idempotent && typeof key === 'string' ? await idempotently(db, principal, key, request, () => r.handler(ctx)) : await r.handler(ctx);
        return send(reply, result);
      },
    });
  }
}

function send(reply: FastifyReply, result: RouteResult & { replayed?: boolean }) {
  if (result.replayed) void reply.header('idempotent-replayed', 'true');
  reply.status(result.status ?? 200);
  if ('file' in result) {
    return reply
      .header('content-type', result.file.contentType)
      .header('content-disposition', `attachment; filename="${result.file.filename}"`)
      .send(result.file.data);
  }
  return reply.send(result.body);
}

/**
 * Runs a creating request once per (user, Idempotency-Key). The key is claimed before the work, so a
 * concurrent duplicate is told it is in progress; a finished one replays the stored answer; the same
 * key with a different request is refused. A server error releases the key so the client may retry.
 */
async function idempotently(db: Database, p: Principal, key: string, request: FastifyRequest, work: () => Promise<RouteResult>): Promise<RouteResult & { replayed?: boolean }> {
  if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw new ApiError(400, 'INVALID_IDEMPOTENCY_KEY', 'Idempotency-Key phải là 1–200 ký tự ASCII in được / Idempotency-Key must be 1–200 printable ASCII characters');
  }
  const hash = createHash('sha256').update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`).digest('hex');
  const claimed = await db.query('INSERT INTO idempotency_keys (user_id, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [p.userId, key, hash]);
  if (claimed.affectedRows === 0) {
    const { rows } = await db.query<{ request_hash: string; status_code: number | null; response: unknown }>(
      'SELECT request_hash, status_code, response FROM idempotency_keys WHERE user_id = $1 AND key = $2',
      [p.userId, key],
    );
    const earlier = rows[0]!;
    if (earlier.request_hash !== hash) {
      throw new ApiError(422, 'IDEMPOTENCY_KEY_REUSED', 'Idempotency-Key này đã dùng cho một yêu cầu khác / This Idempotency-Key was used for a different request');
    }
    if (earlier.status_code === null) {
      throw new ApiError(409, 'REQUEST_IN_PROGRESS', 'Yêu cầu với Idempotency-Key này đang được xử lý / A request with this Idempotency-Key is in progress');
    }
    return { status: earlier.status_code, body: earlier.response, replayed: true };
  }
  const save = (status: number, body: unknown) =>
    db.query('UPDATE idempotency_keys SET status_code = $3, response = $4 WHERE user_id = $1 AND key = $2', [p.userId, key, status, JSON.stringify(body)]);
  try {
    const result = await work();
    if ('file' in result) throw new Error('a creating route answers JSON');
    await save(result.status ?? 200, result.body);
    return result;
  } catch (error) {
    if (error instanceof ApiError && error.status < 500) await save(error.status, error.toJSON());
    else await db.query('DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2', [p.userId, key]);
    throw error;
  }
}

/** The OpenAPI 3.1 document of `routes`, generated from their zod schemas. */
export function openApiDocument(routes: Route[], info: { title: string; version: string; description: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  const schemaOf = (s: z.ZodType) => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' });
  for (const r of routes) {
    const path = r.url.replace(/:([A-Za-z]+)/g, '{$1}');
    const parameters = [
      ...Object.entries(r.params?.shape ?? {}).map(([name, s]) => ({ name, in: 'path', required: true, schema: schemaOf(s as z.ZodType) })),
      ...Object.entries(r.query?.shape ?? {}).map(([name, s]) => ({
        name, in: 'query', required: !(s as z.ZodType).safeParse(undefined).success, schema: schemaOf(s as z.ZodType),
        ...((s as z.ZodType).description ? { description: (s as z.ZodType).description } : {}),
      })),
      ...(r.idempotent ? [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 200 }, description: 'Gửi lại cùng khóa không tạo trùng / a retry with the same key creates nothing twice' }] : []),
    ];
    const responses: Record<string, unknown> = {
      [r.created ? '201' : '200']: { description: 'OK' },
      ...Object.fromEntries(Object.entries(r.responses ?? {}).map(([code, description]) => [code, { description }])),
    };
    if (r.body) responses['400'] = { description: 'Dữ liệu không hợp lệ, nêu từng trường / invalid input, naming each field' };
    if (r.access !== 'public') {
      responses['401'] = { description: 'Chưa đăng nhập / not signed in' };
      if (r.access !== 'signed-in') responses['403'] = { description: `Chỉ dành cho / only for: ${r.access.join(', ')}` };
    }
    paths[path] = {
      ...paths[path],
      [r.method.toLowerCase()]: {
        summary: r.summary,
        ...(r.description ? { description: r.description } : {}),
        tags: [r.tag],
        ...(r.access === 'public' ? { security: [] } : {}),
        ...(parameters.length ? { parameters } : {}),
        ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(r.body) } } } } : {}),
        responses,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info,
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    security: [{ bearer: [] }],
    paths,
  };
}
