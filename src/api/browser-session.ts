// The web app's session: sign-in sets an HttpOnly, SameSite=Strict cookie instead of handing the page a
// token (script injected into the page cannot read it), and the answer carries the CSRF token that
// every cookie request changing something must send back as X-CSRF-Token. The bearer API is unchanged.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Database } from '../db/database';
import { CSRF_HEADER, LoginLimiter, SESSION_COOKIE, SESSION_SECONDS, csrfTokenOf, login, logout } from './auth';
import { BrowserSessionOut, OkOut } from './responses';
import { route, type Route } from './routes';
import { safeString, text } from './schemas';

const SessionBody = z.object({ username: text.max(64), password: safeString().min(1).max(200) }).strict();

/** The cookie's attributes: Secure when the request came over HTTPS (an intranet server on plain HTTP still works). */
function cookie(request: FastifyRequest, value: string, maxAge: number): string {
  return [`${SESSION_COOKIE}=${value}`, 'Path=/api', 'HttpOnly', 'SameSite=Strict', `Max-Age=${maxAge}`, ...(request.protocol === 'https' ? ['Secure'] : [])].join('; ');
}

export function browserSessionRoutes(db: Database, limiter: LoginLimiter): Route[] {
  const tag = 'Đăng nhập / Sign-in';
  return [
    route({
      method: 'POST', url: '/api/auth/session', tag, access: 'public', body: SessionBody, response: BrowserSessionOut,
      summary: 'Đăng nhập cho trình duyệt: cookie HttpOnly và mã CSRF / sign in for the browser: an HttpOnly cookie and a CSRF token',
      description: `Đặt cookie ${SESSION_COOKIE} (HttpOnly, SameSite=Strict, Path=/api, 12 giờ). Mọi yêu cầu khác GET bằng cookie phải gửi kèm tiêu đề X-CSRF-Token = csrfToken. / Sets the ${SESSION_COOKIE} cookie (HttpOnly, SameSite=Strict, Path=/api, 12 h). Every cookie request other than GET must send the header X-CSRF-Token = csrfToken.`,
      responses: { 401: 'Sai tên hoặc mật khẩu / wrong credentials', 429: 'Quá nhiều lần sai / too many failures' },
      handler: async ({ body, request }) => {
        const session = await login(db, limiter, body.username, body.password, request.ip);
        return {
          headers: { 'set-cookie': cookie(request, session.token, SESSION_SECONDS) },
          body: { csrfToken: csrfTokenOf(session.token), expiresAt: session.expiresAt, user: session.user },
        };
      },
    }),
    route({
      method: 'GET', url: '/api/auth/session', tag, access: 'signed-in', response: BrowserSessionOut.omit({ expiresAt: true }),
      summary: 'Phiên hiện tại và mã CSRF (khi tải lại trang) / the current session and its CSRF token (after a reload)',
      handler: async ({ principal, token }) => ({ body: { csrfToken: csrfTokenOf(token), user: principal } }),
    }),
    route({
      method: 'DELETE', url: '/api/auth/session', tag, access: 'signed-in', response: OkOut,
      summary: 'Đăng xuất trình duyệt: kết thúc phiên và xóa cookie / sign the browser out: end the session, clear the cookie',
      description: `Cần X-CSRF-Token khi dùng cookie / needs X-CSRF-Token with the cookie (${CSRF_HEADER}).`,
      handler: async ({ token, request }) => {
        await logout(db, token);
        return { headers: { 'set-cookie': cookie(request, '', 0) }, body: { ok: true } };
      },
    }),
  ];
}
