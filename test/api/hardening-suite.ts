// Hostile and unlucky input, on the same API as api-suite: text PostgreSQL cannot store, PATCH that
// must change only what is sent, Idempotency-Keys cut off by a crash, duplicate directives, tampered
// cursors and unknown parameters, sign-in timing, security headers, CORS, formula injection in
// exports, 405, fastify's own refusals and the OpenAPI document's answers and error shapes.
import ExcelJS from 'exceljs';
import { buildApi } from '../../src/api/server';
import { PASSWORD, type ApiHarness } from '../support/api';

const UNSTORABLE = 'chứa ký tự không lưu được (NUL hoặc nửa cặp UTF-16) / contains a character that cannot be stored (NUL or a lone UTF-16 surrogate)';
const directive = (n: string) => ({ number: n, date: '2026-10-01', signer: 'Phó Chủ tịch Trần Văn A', source: 'peoples_committee', title: 'Về triển khai nhiệm vụ' });
const task = (title: string) => ({ title, leadAgencyId: 'sxd', assigningLeaderId: 'pct-a', deadline: '30/6/2031' });

export function hardeningSuite(h: () => ApiHarness): void {
  const counts = async () =>
    (await h().db.query<{ d: number; r: number; a: number }>(
      'SELECT (SELECT count(*)::int FROM directives) AS d, (SELECT count(*)::int FROM task_registrations) AS r, (SELECT count(*)::int FROM audit_log) AS a',
    )).rows[0];
  const fields = (body: { error: { fields?: { field: string; message: string }[] } }) => body.error.fields ?? [];

  describe('text PostgreSQL cannot store', () => {
    it('is refused with 400 naming the field on sign-in, in a query, in a path id and in a body, before anything is stored', async () => {
      const login = await h().request(null, 'POST', '/api/auth/login', { username: 'office\u0000', password: PASSWORD });
      expect(login.status).toBe(400);
      expect(fields(login.body)).toEqual([{ field: 'username', message: UNSTORABLE }]);
      const search = await h().request('office', 'GET', '/api/tasks?q=%00');
      expect(search.status).toBe(400);
      expect(fields(search.body)).toEqual([{ field: 'query.q', message: UNSTORABLE }]);
      const path = await h().request('office', 'GET', '/api/tasks/NV-%00');
      expect(path.status).toBe(400);
      expect(fields(path.body)[0]!.field).toBe('params.id');

      const before = await counts();
      const lone = await h().app.inject({
        method: 'POST', url: '/api/directives', headers: { authorization: await bearer(h, 'office'), 'content-type': 'application/json' },
        payload: `{"directive":${JSON.stringify(directive('900/UBND-NUL'))},"tasks":[{"title":"Lẻ \\ud800 cặp","leadAgencyId":"sxd","assigningLeaderId":"pct-a","deadline":"30/6/2031"}]}`,
      });
      expect(lone.statusCode).toBe(400);
      expect(lone.json().error.fields).toEqual([{ field: 'tasks.0.title', message: UNSTORABLE }]);
      const nul = await h().request('office', 'POST', '/api/directives', { directive: directive('900/UBND-NUL'), tasks: [{ ...task('Có ký tự'), content: 'a\u0000b' }] });
      expect(fields(nul.body)).toEqual([{ field: 'tasks.0.content', message: UNSTORABLE }]);
      const calendar = await h().request('admin', 'POST', '/api/calendar-corrections', { reason: 'x', calendar: { utcOffsetMinutes: 420, years: [], note: '\u0000' } });
      expect(calendar.status).toBe(400);
      expect(fields(calendar.body)).toEqual([{ field: 'calendar.note', message: UNSTORABLE }]);
      expect(await counts()).toEqual(before);
    });

    it('in a task action answers 400 and the workflow, the history and the audit trail stay as they were', async () => {
      const id = await h().createTask();
      const before = await h().request('officer', 'GET', `/api/tasks/${id}`);
      const audits = (await counts())!.a;
      const r = await h().request('officer', 'POST', `/api/tasks/${id}/report-progress`, { note: 'Đã xong\u0000 50%', percent: 50 }, { 'idempotency-key': 'nul-1' });
      expect(r.status).toBe(400);
      expect(fields(r.body)).toEqual([{ field: 'note', message: UNSTORABLE }]);
      const after = await h().request('officer', 'GET', `/api/tasks/${id}`);
      expect(after.body.live.progressPercent).toBe(before.body.live.progressPercent);
      expect(after.body.history).toEqual(before.body.history);
      expect((await counts())!.a).toBe(audits);
      // the refusal was for the text, not the key: the same key with good text goes through
      const ok = await h().request('officer', 'POST', `/api/tasks/${id}/report-progress`, { note: 'Đã xong 50%', percent: 50 }, { 'idempotency-key': 'nul-2' });
      expect(ok.status).toBe(200);
      expect(ok.body.progressPercent).toBe(50);
    });

    it('in an imported row refuses that row, naming its column, and takes the others', async () => {
      const csv = ['Số;Ngày;Trích yếu;Chủ trì;Hạn', '901/UBND-NUL;05/10/2026;Dòng tốt;Sở Xây dựng;15/3/2031', '901/UBND-NUL;05/10/2026;Dòng\u0000xấu;Sở Xây dựng;15/3/2031'].join('\n');
      const r = await h().request('office', 'POST', '/api/imports', {
        filename: 'nul.csv', content: Buffer.from(csv).toString('base64'), dryRun: true,
        mapping: { title: 'Trích yếu', deadline: 'Hạn', leadAgency: 'Chủ trì', directiveNumber: 'Số', directiveDate: 'Ngày' },
        defaults: { source: 'peoples_committee', assigningLeaderId: 'pct-a' },
      });
      expect(r.status).toBe(200);
      expect(r.body.rows.map((x: { status: string }) => x.status)).toEqual(['would_take', 'refused']);
      expect(r.body.rows[1].problems).toContainEqual({ field: 'Trích yếu', message: UNSTORABLE });
    });
  });

  describe('editing the directory', () => {
    it('changes only the fields sent: renaming a deactivated user keeps it inactive, a password reset needs no agency again', async () => {
      const created = await h().request('admin', 'POST', '/api/users', { id: 'tam-nghi', name: 'Cán bộ tạm nghỉ', email: 'tamnghi@example.gov.vn', role: 'agency_officer', agencyId: 'stc', password: PASSWORD });
      expect(created.status).toBe(201);
      expect((await h().request('admin', 'PATCH', '/api/users/tam-nghi', { active: false })).body.active).toBe(false);
      const renamed = await h().request('admin', 'PATCH', '/api/users/tam-nghi', { name: 'Cán bộ đã đổi tên' });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({ name: 'Cán bộ đã đổi tên', active: false, agencyId: 'stc', role: 'agency_officer' });
      const reset = await h().request('admin', 'PATCH', '/api/users/tam-nghi', { password: 'mat-khau-moi-123', active: true });
      expect(reset.status).toBe(200);
      expect(reset.body).toMatchObject({ active: true, agencyId: 'stc' });
      const signIn = await h().request(null, 'POST', '/api/auth/login', { username: 'tam-nghi', password: 'mat-khau-moi-123' });
      expect(signIn.status).toBe(200);
    });

    it('keeps an agency\'s parent, focal officer and state when only its name changes, and a leader\'s areas when only the title does', async () => {
      await h().request('admin', 'POST', '/api/agencies', {
        id: 'phuong-1', name: 'UBND Phường 1', kind: 'commune', parentId: 'quan-1', email: 'p1@example.gov.vn', head: { name: 'Chủ tịch P1', email: 'ct.p1@example.gov.vn' },
        focal: { name: 'Cán bộ đầu mối', phone: '0901' }, active: false,
      });
      const renamed = await h().request('admin', 'PATCH', '/api/agencies/phuong-1', { name: 'UBND Phường Bến Nghé' });
      expect(renamed.body).toMatchObject({ name: 'UBND Phường Bến Nghé', parentId: 'quan-1', focal: { name: 'Cán bộ đầu mối', phone: '0901' }, active: false });
      const leader = await h().request('admin', 'PATCH', '/api/leaders/pct-k', { title: 'Phó Chủ tịch Thường trực' });
      expect(leader.body).toMatchObject({ title: 'Phó Chủ tịch Thường trực', areas: ['Văn hóa', 'Xã hội'], isChairman: false, active: true });
    });
  });

  describe('retries and duplicates', () => {
    it('lets a retry take over an Idempotency-Key whose request was cut off, and finds the tasks that request stored', async () => {
      const body = { directive: directive('902/UBND-KT'), tasks: [task('Được cắt giữa chừng'), task('Nhiệm vụ thứ hai')] };
      const first = await h().request('office', 'POST', '/api/directives', body, { 'idempotency-key': 'crash-902' });
      expect(first.status).toBe(201);
      // As if the process died after storing the tasks and before recording the answer, long enough ago for the lease to lapse.
      await h().db.query(`UPDATE idempotency_keys SET status_code = NULL, response = NULL, created_at = now() - interval '1 hour' WHERE key = 'crash-902'`);
      const before = await counts();
      const retry = await h().request('office', 'POST', '/api/directives', body, { 'idempotency-key': 'crash-902' });
      expect(retry.status).toBe(201);
      expect(retry.body.tasks).toEqual(first.body.tasks);
      expect((await counts())!.r).toBe(before!.r);
      // The answer is now recorded: a further retry replays it.
      const replay = await h().request('office', 'POST', '/api/directives', body, { 'idempotency-key': 'crash-902' });
      expect(replay.headers['idempotent-replayed']).toBe('true');
    });

    it('does not apply a task action twice when its retry takes over a key whose first request was cut off', async () => {
      const id = await h().createTask();
      const first = await h().request('officer', 'POST', `/api/tasks/${id}/report-progress`, { note: 'Đã khảo sát hiện trạng', percent: 30 }, { 'idempotency-key': 'progress-crash' });
      expect(first.status).toBe(200);
      // As if the answer had been lost (a 503 from the register, a crash) after the workflow applied the Update.
      await h().db.query(`UPDATE idempotency_keys SET status_code = NULL, response = NULL, created_at = now() - interval '1 hour' WHERE key = 'progress-crash'`);
      const retry = await h().request('officer', 'POST', `/api/tasks/${id}/report-progress`, { note: 'Đã khảo sát hiện trạng', percent: 30 }, { 'idempotency-key': 'progress-crash' });
      expect(retry.status).toBe(200);
      const detail = await h().request('officer', 'GET', `/api/tasks/${id}`);
      expect(detail.body.history.filter((e: { action: string }) => e.action === 'progress_reported')).toHaveLength(1);
    });

    it('replays a refused action retried with the same key: the same 409, not a server error', async () => {
      const id = await h().createTask();
      const first = await h().request('office', 'POST', `/api/tasks/${id}/resume`, {}, { 'idempotency-key': `resume-refused-${id}` });
      const again = await h().request('office', 'POST', `/api/tasks/${id}/resume`, {}, { 'idempotency-key': `resume-refused-${id}` });
      expect([first.status, again.status, again.headers['idempotent-replayed']]).toEqual([409, 409, 'true']);
      expect(again.body).toEqual(first.body);
    });

    it('answers 409 REQUEST_IN_PROGRESS with Retry-After while a claim is fresh', async () => {
      const body = { directive: directive('903/UBND-KT'), tasks: [task('Đang xử lý')] };
      const claim = await h().request('office', 'POST', '/api/directives', body, { 'idempotency-key': 'busy-903' });
      expect(claim.status).toBe(201);
      // As if another process had just claimed the key and were still working on it.
      await h().db.query(`UPDATE idempotency_keys SET status_code = NULL, response = NULL, created_at = now() WHERE key = 'busy-903'`);
      const busy = await h().request('office', 'POST', '/api/directives', body, { 'idempotency-key': 'busy-903' });
      expect(busy.status).toBe(409);
      expect(busy.body.error.code).toBe('REQUEST_IN_PROGRESS');
      expect(Number(busy.headers['retry-after'])).toBeGreaterThan(0);
    });

    it('refuses the same directive posted twice without a key, naming the task already registered', async () => {
      const body = { directive: directive('904/UBND-KT'), tasks: [task('Một lần thôi')] };
      const first = await h().request('office', 'POST', '/api/directives', body);
      expect(first.status).toBe(201);
      const before = await counts();
      const again = await h().request('office', 'POST', '/api/directives', { ...body, tasks: [task('Nhiệm vụ mới'), task('Một lần thôi')] });
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe('DUPLICATE_TASK');
      expect(fields(again.body)).toEqual([{ field: 'tasks.1.title', message: expect.stringContaining(first.body.tasks[0].taskId) }]);
      const twiceInOne = await h().request('office', 'POST', '/api/directives', { directive: directive('905/UBND-KT'), tasks: [task('Trùng'), task('Trùng')] });
      expect(twiceInOne.status).toBe(400);
      expect(fields(twiceInOne.body)[0]!.field).toBe('tasks.1.title');
      expect(await counts()).toEqual(before);
    });
  });

  describe('lists and parameters', () => {
    it('answers a tampered cursor with 400, never a server error', async () => {
      const cursor = (c: unknown) => Buffer.from(JSON.stringify(c)).toString('base64url');
      for (const bad of ['%%%', 'bm90IGpzb24', cursor({ s: 'deadline', v: 'not a time', id: 'NV-1' }), cursor({ s: 'deadline', v: '2031-02-30 10:00:00+00', id: 'NV-1' }), cursor({ s: 'escalation', v: '1e99', id: 'x' })]) {
        const sort = bad.length > 20 && JSON.parse(Buffer.from(bad, 'base64url').toString()).s === 'escalation' ? 'escalation' : 'deadline';
        const r = await h().request('office', 'GET', `/api/tasks?sort=${sort}&cursor=${encodeURIComponent(bad)}`);
        expect([r.status, fields(r.body)[0]?.field]).toEqual([400, 'query.cursor']);
      }
    });

    it('refuses query parameters a route does not take', async () => {
      const r = await h().request('office', 'GET', '/api/directives?limit=100000');
      expect(r.status).toBe(400);
      expect(fields(r.body)).toEqual([{ field: 'query.limit', message: 'tham số không được chấp nhận / unknown query parameter' }]);
      expect((await h().request('office', 'GET', '/api/tasks?sortBy=code')).status).toBe(400);
    });

    it('answers 405 with Allow for a method a path does not take', async () => {
      const r = await h().request('office', 'DELETE', '/api/tasks');
      expect(r.status).toBe(405);
      expect(r.headers.allow).toBe('GET, HEAD');
      expect(r.body.error.code).toBe('METHOD_NOT_ALLOWED');
      expect((await h().request('office', 'PUT', '/api/tasks/NV-000001/acknowledge')).headers.allow).toBe('POST');
      expect((await h().request('office', 'GET', '/api/nothing-here')).status).toBe(404);
    });

    it('answers fastify\'s own refusals in the same bilingual error shape', async () => {
      const auth = { authorization: await bearer(h, 'office') };
      const badJson = await h().app.inject({ method: 'POST', url: '/api/directives', headers: { ...auth, 'content-type': 'application/json' }, payload: '{"directive":' });
      expect(badJson.statusCode).toBe(400);
      expect(badJson.json().error).toMatchObject({ code: 'INVALID_JSON', message: expect.stringMatching(/JSON.* \/ .*JSON/) });
      const wrongType = await h().app.inject({ method: 'POST', url: '/api/directives', headers: { ...auth, 'content-type': 'text/plain' }, payload: 'hello' });
      expect(wrongType.statusCode).toBe(415);
      expect(wrongType.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      const tooBig = await h().app.inject({ method: 'POST', url: '/api/directives', headers: { ...auth, 'content-type': 'application/json' }, payload: `"${'x'.repeat(26 * 1024 * 1024)}"` });
      expect(tooBig.statusCode).toBe(413);
      expect(tooBig.json().error.code).toBe('BODY_TOO_LARGE');
    });

    it('answers a URL too long for the HTTP parser in the same error shape', async () => {
      const server = await buildApi({ db: h().db, temporal: h().env.client, taskQueue: h().taskQueue, log: () => undefined });
      try {
        const address = await server.listen({ port: 0, host: '127.0.0.1' });
        const r = await fetch(`${address}/api/tasks?q=${'x'.repeat(20_000)}`);
        expect(r.status).toBe(431);
        expect(await r.json()).toEqual({ error: { code: 'REQUEST_TOO_LARGE', message: expect.stringContaining(' / the URL or the request headers are too long') } });
      } finally {
        await server.close();
      }
    });
  });

  describe('sign-in and headers', () => {
    it('takes about as long for an unknown user name as for a known one with a wrong password', async () => {
      const time = async (username: string) => {
        const start = process.hrtime.bigint();
        const r = await h().app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'sai-mat-khau' } });
        expect(r.statusCode).toBe(401);
        return Number(process.hrtime.bigint() - start);
      };
      const known: number[] = [];
      const unknown: number[] = [];
      for (let i = 0; i < 3; i += 1) {
        known.push(await time('coordinator'));
        unknown.push(await time(`khong-co-${i}`));
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
      // Before the fix the unknown name answered ten times faster; the same scrypt now runs for both.
      expect(median(unknown)).toBeGreaterThan(median(known) / 3);
      await h().request('coordinator', 'GET', '/api/me'); // a success clears the failures counted above
    });

    it('sends security headers, no-store on API answers, and no CORS grant to a site not on the allow-list', async () => {
      const r = await h().request('office', 'GET', '/api/me', undefined, { origin: 'https://evil.example' });
      expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['x-frame-options']).toBe('DENY');
      expect(r.headers['referrer-policy']).toBe('no-referrer');
      expect(r.headers['cache-control']).toBe('no-store');
      expect(r.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('grants CORS to an origin on a configured allow-list only', async () => {
      const app = await buildApi({ db: h().db, temporal: h().env.client, taskQueue: h().taskQueue, log: () => undefined, corsOrigins: ['https://app.example.gov.vn'] });
      try {
        const preflight = (origin: string) =>
          app.inject({ method: 'OPTIONS', url: '/api/tasks', headers: { origin, 'access-control-request-method': 'GET' } });
        expect((await preflight('https://app.example.gov.vn')).headers['access-control-allow-origin']).toBe('https://app.example.gov.vn');
        expect((await preflight('https://evil.example')).headers['access-control-allow-origin']).toBeUndefined();
      } finally {
        await app.close();
      }
    });
  });

  describe('exports', () => {
    it('neutralises cells a spreadsheet would read as a formula, in CSV and in Excel', async () => {
      const name = '=HYPERLINK("http://evil.example","Bấm vào")';
      const created = await h().request('admin', 'POST', '/api/agencies', { id: 'cong-thuc', name, kind: 'other', email: 'ct@example.gov.vn', head: { name: '@Thủ trưởng', email: 'tt@example.gov.vn' } });
      expect(created.status).toBe(201);
      await h().createTask({ leadAgencyId: 'cong-thuc', coordinatingAgencyIds: [], title: '+Nhiệm vụ có dấu cộng' });
      const csv = await h().request('office', 'GET', '/api/statistics?format=csv');
      expect(csv.status).toBe(200);
      expect(String(csv.raw)).toContain(`"'=HYPERLINK(""http://evil.example"",""Bấm vào"")"`);
      expect(String(csv.raw)).not.toMatch(/(^|[,\n])"?=HYPERLINK/);
      const xlsx = await h().request('office', 'GET', '/api/statistics?format=xlsx');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
      const cells: unknown[] = [];
      book.worksheets[0]!.eachRow((row) => row.eachCell((c) => cells.push(c.value)));
      expect(cells).toContain(`'${name}`);
      expect(cells).not.toContain(name);
      expect(cells.some((c) => typeof c === 'object' && c !== null && 'formula' in c)).toBe(false);
    });
  });

  describe('the OpenAPI document', () => {
    it('declares for every operation a success schema and the error shape of every status it can answer', async () => {
      const doc = (await h().request(null, 'GET', '/api/openapi.json')).body;
      const operations = Object.entries(doc.paths as Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> ; parameters?: { name: string }[] }>>)
        .flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
      expect(operations.length).toBeGreaterThanOrEqual(38);
      for (const { path, method, op } of operations) {
        const success = op.responses['200'] ?? op.responses['201'];
        // A JSON schema, or for a route that only answers files (the list's export), binary content of named types.
        const declared = success?.content?.['application/json']?.schema ?? (path.endsWith('/export') ? success?.content?.['text/csv; charset=utf-8']?.schema : undefined);
        expect([path, method, declared]).toEqual([path, method, expect.any(Object)]);
        for (const status of ['400', '503', ...(op.responses['401'] ? [] : path === '/api/auth/login' ? [] : ['401'])]) {
          expect([path, method, status, op.responses[status]?.content?.['application/json']?.schema]).toEqual([path, method, status, { $ref: '#/components/schemas/Error' }]);
        }
      }
      expect(doc.paths['/api/directives'].post.parameters.map((p: { name: string }) => p.name)).toContain('Idempotency-Key');
      expect(doc.paths['/api/tasks'].get.parameters.find((p: { name: string }) => p.name === 'deadlineFrom').schema.format).toBe('date');
      expect(doc.components.schemas.Error.properties.error.required).toEqual(['code', 'message']);
      // An import's dry run answers 200 with the same report as the real one's 201, not an error.
      const imported = doc.paths['/api/imports'].post.responses;
      expect(imported['200'].content['application/json'].schema).toEqual(imported['201'].content['application/json'].schema);
    });
  });
}

async function bearer(h: () => ApiHarness, username: string): Promise<string> {
  const r = await h().app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: PASSWORD } });
  return `Bearer ${r.json().token as string}`;
}
