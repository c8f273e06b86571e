// The web app (web/dist, built by Vite) served by the API's own process at `/`, same origin as /api:
// hashed assets cached for a year, index.html never cached, and any other page address a browser asks
// for (a task's URL, a list with its filters) answered with index.html so links and reloads work.
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const NOT_BUILT = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>Đôn Đốc</title>
<p>Ứng dụng web chưa được build: chạy <code>./dondoc start</code> (tự build khi mã nguồn thay đổi) hoặc <code>npm run build:web</code>.
API ở <a href="/api/openapi.json">/api</a>, tài liệu ở <a href="/docs">/docs</a>.</p>
<p lang="en">The web app is not built: run <code>./dondoc start</code> (it builds it when its sources changed) or <code>npm run build:web</code>.
The API is at /api, its docs at <a href="/docs">/docs</a>.</p></html>`;

/** Whether a request the routes did not match is a browser asking for one of the app's pages. */
function isAppPage(request: FastifyRequest): boolean {
  const url = request.url.split('?')[0]!;
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (url === '/api' || url.startsWith('/api/') || url === '/docs' || url.startsWith('/docs/')) return false;
  return String(request.headers.accept ?? '').includes('text/html');
}

/**
 * Serves the built app from `root` (when it has an index.html) and returns the fallback the not-found
 * handler calls first: true when it answered the request with the app's page.
 */
export async function registerWebApp(app: FastifyInstance, root: string | undefined): Promise<(request: FastifyRequest, reply: FastifyReply) => boolean> {
  const built = root !== undefined && existsSync(path.join(root, 'index.html'));
  if (!built) {
    app.get('/', async (_request, reply) => reply.status(200).type('text/html; charset=utf-8').send(NOT_BUILT));
    return () => false;
  }
  await app.register(fastifyStatic, {
    root: path.resolve(root),
    prefix: '/',
    wildcard: false, // one route per built file: every other address reaches the not-found handler (the API's JSON 404/405, or the app's page)
    index: ['index.html'],
    cacheControl: false,
    setHeaders: (res, file) => {
      void res.header('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return (request, reply) => {
    if (!isAppPage(request)) return false;
    void reply.status(200).sendFile('index.html');
    return true;
  };
}
