// The typed client: openapi-fetch over the types generated from the API's OpenAPI document (schema.d.ts).
// The browser session is the HttpOnly cookie; every request that changes something carries the CSRF
// token the sign-in returned, kept only in memory.
import createClient from 'openapi-fetch';
import type { paths } from './schema';

export type { paths };

let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export const api = createClient<paths>({ baseUrl: '/', credentials: 'same-origin' });
api.use({
  onRequest({ request }) {
    if (csrfToken && request.method !== 'GET') request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
});

/** The JSON body a route answers with 200 or 201. */
type Json<R> = R extends { content: { 'application/json': infer J } } ? J : never;
type Op<P extends keyof paths, M extends 'get' | 'post' | 'put' | 'patch' | 'delete'> = NonNullable<paths[P][M]>;
export type Answer<P extends keyof paths, M extends 'get' | 'post' | 'put' | 'patch' | 'delete' = 'get'> =
  Op<P, M> extends { responses: infer R } ? (R extends { 200: infer S } ? Json<S> : R extends { 201: infer S } ? Json<S> : never) : never;
/** The JSON body a creating route answers with 201. */
export type Created<P extends keyof paths> = Op<P, 'post'> extends { responses: { 201: infer S } } ? Json<S> : never;
/** A request body of a route. */
export type Body<P extends keyof paths, M extends 'post' | 'put' | 'patch'> = Op<P, M> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
/** The query parameters of a GET route. */
export type Query<P extends keyof paths> = Op<P, 'get'> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** The API's error shape, every refusal included; status 0 when the server could not be reached. */
export interface Problem {
  status: number;
  code: string;
  message: string;
  fields?: { field: string; message: string }[];
}

export type Result<T> = { ok: true; data: T } | { ok: false; problem: Problem };

/** Runs a client call and turns every failure (a refusal, a 503, a lost connection) into a Problem. */
export async function call<T>(request: () => Promise<{ data?: T; error?: unknown; response: Response }>): Promise<Result<T>> {
  try {
    const { data, error, response } = await request();
    if (response.ok) return { ok: true, data: data as T };
    const e = (error as { error?: Problem } | undefined)?.error;
    return { ok: false, problem: { status: response.status, code: e?.code ?? 'HTTP_' + response.status, message: e?.message ?? response.statusText, ...(e?.fields ? { fields: e.fields } : {}) } };
  } catch {
    return { ok: false, problem: { status: 0, code: 'OFFLINE', message: '' } };
  }
}
