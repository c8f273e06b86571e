// The browser's session: an HttpOnly SameSite=Strict cookie instead of a token the page could read,
// a CSRF token required on every cookie request that changes something, the bearer API unchanged;
// and the web app served at `/` with its addresses falling back to index.html while /api stays JSON.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { ensureAdmin } from '../../src/api/bootstrap';
import { ErrorBody } from '../../src/api/errors';
import { buildApi } from '../../src/api/server';
import { BrowserSessionOut } from '../../src/api/responses';
import { migrate } from '../../src/db/migrations';
import { openPglite, type Database } from '../../src/db/database';

const PASSWORD = 'admin-password-1';
let db: Database;
let app: FastifyInstance;
let bare: FastifyInstance;
const webRoot = mkdtempSync(path.join(os.tmpdir(), 'dondoc-web-'));

beforeAll(async () => {
  mkdirSync(path.join(webRoot, 'assets'));
  writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>Đôn Đốc</title><script type="module" src="/assets/app-1234.js"></script>');
  writeFileSync(path.join(webRoot, 'assets/app-1234.js'), 'console.log(1)');
  db = await openPglite();
  await migrate(db);
  await ensureAdmin(db, PASSWORD);
  // No Temporal: these routes never reach it.
  const options = { db, temporal: undefined as never, taskQueue: 'unused', log: () => undefined, checkResponses: true };
  app = await buildApi({ ...options, webRoot });
  bare = await buildApi({ ...options, webRoot: path.join(webRoot, 'missing') });
}, 180_000);
afterAll(async () => {
  await app?.close();
  await bare?.close();
  await db?.close();
  rmSync(webRoot, { recursive: true, force: true });
});

const cookieOf = (setCookie: unknown) => String(Array.isArray(setCookie) ? setCookie[0] : setCookie).split(';')[0]!;

async function signIn() {
  const r = await app.inject({ method: 'POST', url: '/api/auth/session', payload: { username: 'admin', password: PASSWORD } });
  expect(r.statusCode).toBe(200);
  return { body: BrowserSessionOut.parse(r.json()), setCookie: String(r.headers['set-cookie']), cookie: cookieOf(r.headers['set-cookie']) };
}

describe('the browser session', () => {
  it('signs in with an HttpOnly, SameSite=Strict cookie and answers no token the page could read', async () => {
    const { body, setCookie } = await signIn();
    expect(setCookie).toMatch(/^dondoc_session=[\w-]+; Path=\/api; HttpOnly; SameSite=Strict; Max-Age=43200$/);
    expect(JSON.stringify(body)).not.toContain(setCookie.split(';')[0]!.split('=')[1]!);
    expect(body.user.userId).toBe('admin');
  });

  it('reads with the cookie alone, and gives the CSRF token again after a reload', async () => {
    const { cookie, body } = await signIn();
    const me = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    const again = await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } });
    expect(again.json()).toEqual({ csrfToken: body.csrfToken, user: body.user });
  });

  it('refuses a cookie request that changes something without the CSRF token, and takes it with the token', async () => {
    const { cookie, body } = await signIn();
    const payload = { formula: 'government_office', thresholds: { praise: { tasksAbove: 10, completionAbove: 0.9, onTimeAbove: 0.75, overdueAtMost: 0.01 }, warning: { completionBelow: 0.5, overdueAbove: 0.2 } } };
    for (const csrf of [undefined, 'forged']) {
      const r = await app.inject({ method: 'PUT', url: '/api/settings/statistics', headers: { cookie, ...(csrf ? { 'x-csrf-token': csrf } : {}) }, payload });
      expect(r.statusCode).toBe(403);
      expect(ErrorBody.parse(r.json()).error.code).toBe('CSRF_TOKEN_INVALID');
    }
    const ok = await app.inject({ method: 'PUT', url: '/api/settings/statistics', headers: { cookie, 'x-csrf-token': body.csrfToken }, payload });
    expect(ok.statusCode).toBe(200);
  });

  it('keeps the bearer API as it was: a token needs no CSRF header', async () => {
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: PASSWORD } });
    const token = login.json().token as string;
    const r = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { authorization: `Bearer ${token}` } });
    expect(r.statusCode).toBe(200);
  });

  it('signs out: the session ends and the cookie is cleared', async () => {
    const { cookie, body } = await signIn();
    const out = await app.inject({ method: 'DELETE', url: '/api/auth/session', headers: { cookie, 'x-csrf-token': body.csrfToken } });
    expect(out.statusCode).toBe(200);
    expect(String(out.headers['set-cookie'])).toContain('Max-Age=0');
    const after = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
  });

  it('documents the cookie session and the 403 a missing CSRF token gives', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(doc.paths['/api/auth/session'])).toEqual(['post', 'get', 'delete']);
    expect(doc.paths['/api/tasks/{id}/acknowledge'].post.responses['403']).toBeDefined();
  });
});

describe('the web app at /', () => {
  it('serves index.html at / and for any page address a browser opens, never cached', async () => {
    for (const url of ['/', '/tasks/NV-000001', '/tasks?status=overdue&sort=-escalation']) {
      const r = await app.inject({ method: 'GET', url, headers: { accept: 'text/html,application/xhtml+xml' } });
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toContain('text/html');
      expect(r.body).toContain('/assets/app-1234.js');
      expect(r.headers['cache-control']).toBe('no-cache');
      expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    }
  });

  it('caches hashed assets for a year', async () => {
    const r = await app.inject({ method: 'GET', url: '/assets/app-1234.js' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('keeps JSON errors for /api, and for clients that do not ask for a page', async () => {
    const api = await app.inject({ method: 'GET', url: '/api/nowhere', headers: { accept: 'text/html' } });
    expect(api.statusCode).toBe(404);
    expect(ErrorBody.safeParse(api.json()).success).toBe(true);
    const curl = await app.inject({ method: 'GET', url: '/nowhere', headers: { accept: '*/*' } });
    expect(curl.statusCode).toBe(404);
    expect(ErrorBody.safeParse(curl.json()).success).toBe(true);
    const post = await app.inject({ method: 'POST', url: '/api/tasks', headers: { accept: 'text/html' } });
    expect(post.statusCode).toBe(405);
  });

  it('says how to build the app when web/dist is missing', async () => {
    const r = await bare.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } });
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('./dondoc start');
    expect(r.body).toContain('npm run build:web');
  });
});
