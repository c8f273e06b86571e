// Routes are declared once, with their zod schemas and the roles allowed; the same declarations
// register them on fastify (authentication, validation, Idempotency-Key) and produce the OpenAPI document.
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Database } from '../db/database';
import type { Actor } from '../domain/task';
import { actorOf, authenticate, type Principal, type UserRole } from './auth';
import { ApiError, ErrorBody, badInput, forbidden, parse } from './errors';
import { listIn, parseInSlices, refuseUnstorableItems, type SlicedBody } from './long-lists';
import { UNSTORABLE_TEXT, unstorablePath } from './schemas';

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
  /** The request's Idempotency-Key on routes that take one (task actions hand it to Temporal as the Update's id). */
  idempotencyKey: string | undefined;
  /** True when this run takes over an Idempotency-Key whose first request was cut off (a crash): the work may find its own earlier writes. */
  resumed: boolean;
}

export type RouteResult =
  | { status?: number; body: unknown; headers?: Record<string, string> }
  | { status?: number; file: { contentType: string; filename: string; data: Buffer | string | Readable } };

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
  /**
   * A body with one long list (a directive's up to 5,000 tasks): its items are checked (unstorable text,
   * then `item`) a slice of the event loop's time at a time, so no request or activity waits behind the
   * whole list; `shell` is `body` with the list's items unchecked. `body` still documents the route.
   */
  sliced?: SlicedBody;
  /** A creating POST or a task action: an Idempotency-Key makes a retry return the first answer and do nothing twice. */
  idempotent?: boolean;
  /** Answers 201 Created (documented as such). */
  created?: boolean;
  /** Other answers it gives, beyond those every route of its kind gives (documented with the error shape). */
  responses?: Record<number, string>;
  /** The success answer's body; absent for a route that answers only files. */
  response?: z.ZodType;
  /** Besides JSON, the file types the success answer may be (exports). */
  files?: readonly string[];
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

export interface RouteOptions {
  /** How long a claimed Idempotency-Key whose request never finished (a crash) blocks retries. */
  idempotencyLeaseMs: number;
  /** Check every success answer against the route's declared schema (tests): a mismatch is a 500. */
  checkResponses: boolean;
}

export function registerRoutes(app: FastifyInstance, db: Database, routes: Route[], options: RouteOptions): void {
  for (const r of routes) {
    app.route({
      method: r.method,
      url: r.url,
      handler: async (request, reply) => {
        const sliced = r.sliced && listIn(request.body, r.sliced.field);
        refuseUnstorableText(request, sliced ? r.sliced!.field : undefined);
        if (sliced) await refuseUnstorableItems(sliced, r.sliced!.field);
        if (!r.query && Object.keys(request.query as object).length > 0) {
          throw badInput(Object.keys(request.query as object).map((k) => ({ field: `query.${k}`, message: 'tham số không được chấp nhận / unknown query parameter' })));
        }
        let principal = ANONYMOUS;
        let token = '';
        if (r.access !== 'public') {
          const csrfToken = request.headers['x-csrf-token'];
          ({ principal, token } = await authenticate(db, request.headers.authorization, {
            cookie: request.headers.cookie, method: request.method, csrfToken: typeof csrfToken === 'string' ? csrfToken : undefined,
          }));
          if (r.access !== 'signed-in' && !r.access.includes(principal.role)) throw forbidden();
        }
        const ctx: RouteContext<unknown, unknown, unknown> = {
          params: r.params ? parse(r.params, request.params, 'params') : undefined,
          query: r.query ? parse(r.query, request.query, 'query') : undefined,
          // no body at all reads as {}; `null` is refused
          body: r.sliced && sliced ? await parseInSlices(r.sliced, request.body as Record<string, unknown>) : r.body ? parse(r.body, request.body === undefined ? {} : request.body) : undefined,
          principal,
          actor: actorOf(principal),
          token,
          request,
          resumed: false,
          idempotencyKey: undefined,
        };
        const header = request.headers['idempotency-key'];
        const key = r.idempotent && typeof header === 'string' ? header : undefined;
        ctx.idempotencyKey = key;
        const result =
          key !== undefined
            ? await idempotently(db, principal, key, request, options.idempotencyLeaseMs, (resumed) => r.handler({ ...ctx, resumed }))
            : await r.handler(ctx);
        // A replayed refusal (an Idempotency-Key whose first request was refused) is an error body, not the success shape.
        if (options.checkResponses && !('file' in result) && (result.status ?? 200) < 400) {
          if (!r.response) throw new Error(`${r.method} ${r.url}: answered JSON but declares only files`);
          const checked = r.response.safeParse(JSON.parse(JSON.stringify(result.body ?? null))); // as the client receives it: dates as ISO text
          if (!checked.success) throw new Error(`${r.method} ${r.url}: the answer does not match its declared schema: ${checked.error.message}`);
        }
        return send(reply, result);
      },
    });
  }
}

/**
 * Text PostgreSQL cannot store (NUL, lone surrogates) is refused, naming the field, before anything else
 * runs. `skip`: the body's long list, checked by refuseUnstorableItems.
 */
function refuseUnstorableText(request: FastifyRequest, skip?: string): void {
  const body = skip ? { ...(request.body as Record<string, unknown>), [skip]: [] } : request.body;
  for (const [part, value] of [['params', request.params], ['query', request.query], ['', body]] as const) {
    const field = unstorablePath(value, part);
    if (field !== undefined) throw badInput([{ field: field || '(body)', message: UNSTORABLE_TEXT }]);
  }
}

function send(reply: FastifyReply, result: RouteResult & { replayed?: boolean }) {
  if (result.replayed) void reply.header('idempotent-replayed', 'true');
  reply.status(result.status ?? 200);
  if ('headers' in result && result.headers) void reply.headers(result.headers);
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
 * A claim is a lease: when the process that claimed it died mid-request, the key would otherwise stay
 * "in progress" forever, so after `leaseMs` a retry takes the claim over and runs again, told that it
 * resumes (registration then finds the tasks the cut-off request stored instead of storing them twice).
 */
async function idempotently(
  db: Database, p: Principal, key: string, request: FastifyRequest, leaseMs: number, work: (resumed: boolean) => Promise<RouteResult>,
): Promise<RouteResult & { replayed?: boolean }> {
  if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw new ApiError(400, 'INVALID_IDEMPOTENCY_KEY', 'Idempotency-Key phải là 1–200 ký tự ASCII in được / Idempotency-Key must be 1–200 printable ASCII characters', [
      { field: 'header.Idempotency-Key', message: '1–200 ký tự ASCII in được / 1–200 printable ASCII characters' },
    ]);
  }
  const hash = createHash('sha256').update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`).digest('hex');
  const claimed = await db.query('INSERT INTO idempotency_keys (user_id, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [p.userId, key, hash]);
  let resumed = false;
  if (claimed.affectedRows === 0) {
    const { rows } = await db.query<{ request_hash: string; status_code: number | null; response: unknown }>(
      'SELECT request_hash, status_code, response FROM idempotency_keys WHERE user_id = $1 AND key = $2',
      [p.userId, key],
    );
    const earlier = rows[0];
    if (!earlier) return idempotently(db, p, key, request, leaseMs, work); // released between the two statements: claim again
    if (earlier.request_hash !== hash) {
      throw new ApiError(422, 'IDEMPOTENCY_KEY_REUSED', 'Idempotency-Key này đã dùng cho một yêu cầu khác / This Idempotency-Key was used for a different request');
    }
    if (earlier.status_code !== null) return { status: earlier.status_code, body: earlier.response, replayed: true };
    // Still unfinished: take the claim over only if its lease has run out (one taker wins the UPDATE).
    const takeover = await db.query(
      `UPDATE idempotency_keys SET created_at = now() WHERE user_id = $1 AND key = $2 AND status_code IS NULL AND created_at < now() - $3 * interval '1 millisecond'`,
      [p.userId, key, leaseMs],
    );
    if (takeover.affectedRows === 0) {
      throw new ApiError(409, 'REQUEST_IN_PROGRESS', 'Yêu cầu với Idempotency-Key này đang được xử lý / A request with this Idempotency-Key is in progress', [], {
        'retry-after': String(Math.max(1, Math.ceil(leaseMs / 1000))),
      });
    }
    resumed = true;
  }
  const save = (status: number, body: unknown) =>
    db.query('UPDATE idempotency_keys SET status_code = $3, response = $4 WHERE user_id = $1 AND key = $2', [p.userId, key, status, JSON.stringify(body)]);
  try {
    const result = await work(resumed);
    if ('file' in result) throw new Error('a creating route answers JSON');
    await save(result.status ?? 200, result.body);
    return result;
  } catch (error) {
    if (error instanceof ApiError && error.status < 500) await save(error.status, error.toJSON());
    else await db.query('DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2', [p.userId, key]).catch(() => undefined); // the lease frees it if this fails too
    throw error;
  }
}

/** What each kind of route may answer besides its success, so the document lists every status it can return. */
function errorStatuses(r: Route): Record<string, string> {
  const statuses: Record<string, string> = {
    400: 'Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field',
    503: 'Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After)',
  };
  if (r.access !== 'public') statuses[401] = 'Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired';
  if (r.access !== 'public' && r.access !== 'signed-in') statuses[403] = `Chỉ dành cho / only for: ${r.access.join(', ')}`;
  if (r.access !== 'public' && r.method !== 'GET') statuses[403] ??= 'Phiên cookie của trình duyệt thiếu X-CSRF-Token / a browser cookie session without its X-CSRF-Token';
  if (r.params) statuses[404] = 'Không tìm thấy / not found';
  if (r.body) {
    statuses[413] = 'Nội dung quá lớn / the body is too large';
    statuses[415] = 'Chỉ nhận application/json / only application/json is accepted';
  }
  if (r.idempotent) {
    statuses[409] = 'Yêu cầu cùng Idempotency-Key đang được xử lý / a request with this Idempotency-Key is in progress';
    statuses[422] = 'Idempotency-Key đã dùng cho yêu cầu khác / the Idempotency-Key was used for another request';
  }
  return { ...statuses, ...r.responses };
}

/** The OpenAPI 3.1 document of `routes`, generated from their zod schemas. */
export function openApiDocument(routes: Route[], info: { title: string; version: string; description: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  const schemaOf = (s: z.ZodType, io: 'input' | 'output' = 'input') => {
    const { $schema: _dialect, ...schema } = z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
    return schema;
  };
  const errorContent = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };
  const retryAfter = { 'Retry-After': { description: 'Số giây nên chờ / seconds to wait', schema: { type: 'integer' } } };
  for (const r of routes) {
    const path = r.url.replace(/:([A-Za-z]+)/g, '{$1}');
    const parameters = [
      ...Object.entries(r.params?.shape ?? {}).map(([name, s]) => ({ name, in: 'path', required: true, schema: schemaOf(s as z.ZodType) })),
      ...Object.entries(r.query?.shape ?? {}).map(([name, s]) => ({
        name, in: 'query', required: !(s as z.ZodType).safeParse(undefined).success, schema: schemaOf(s as z.ZodType),
        ...((s as z.ZodType).description ? { description: (s as z.ZodType).description } : {}),
      })),
      ...(r.idempotent
        ? [{
            name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,200}$' },
            description: 'Gửi lại cùng khóa không tạo trùng; khóa của yêu cầu bị ngắt giữa chừng được nhận lại sau vài phút / a retry with the same key creates nothing twice; the key of a request cut off midway is taken over after a few minutes',
          }]
        : []),
    ];
    const success = {
      description: 'OK',
      content: {
        ...(r.response ? { 'application/json': { schema: schemaOf(r.response, 'output') } } : {}),
        ...Object.fromEntries((r.files ?? []).map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
      },
    };
    const responses: Record<string, unknown> = {
      [r.created ? '201' : '200']: success,
      // Other success answers a route names (an import's dry run answers 200 where a real one answers 201) carry the success body.
      ...Object.fromEntries(
        Object.entries(errorStatuses(r)).map(([code, description]) => [
          code,
          Number(code) < 400
            ? { ...success, description }
            : { description, content: errorContent, ...(code === '429' || code === '503' || code === '409' ? { headers: retryAfter } : {}) },
        ]),
      ),
    };
    paths[path] = {
      ...paths[path],
      [r.method.toLowerCase()]: {
        operationId: `${r.method.toLowerCase()}${path.replace(/\{(\w+)\}/g, 'By-$1').replace(/^\/api/, '').replace(/[/-](\w)/g, (_m, c: string) => c.toUpperCase())}`,
        summary: r.summary,
        ...(r.description ? { description: r.description } : {}),
        tags: [r.tag],
        ...(r.access === 'public' ? { security: [] } : {}),
        ...(parameters.length ? { parameters } : {}),
        // A body every field of which is optional (an acknowledgement, a PATCH) may be left out.
        ...(r.body ? { requestBody: { required: !r.body.safeParse({}).success, content: { 'application/json': { schema: schemaOf(r.body) } } } } : {}),
        responses,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info,
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } }, schemas: { Error: schemaOf(ErrorBody, 'output') } },
    security: [{ bearer: [] }],
    paths,
  };
}
