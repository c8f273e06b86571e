// The API over HTTP on one register engine, with a Temporal dev server and a worker: sign-in, the
// directory, registration, every role × action, read scoping, lists, statistics, import, idempotency,
// the audit trail and the OpenAPI document. Run for PGlite and for PostgreSQL by two test files.
import ExcelJS from 'exceljs';
import { rebuildTaskTable, recordTaskEvents } from '../../src/db/event-log';
import { DEFAULT_CALENDAR_DATA, WorkingCalendar } from '../../src/domain/calendar';
import { taskRowOf } from '../../src/domain/register';
import { TaskMachine, type Actor } from '../../src/domain/task';
import type { UpdateActionType } from '../../src/workflows/contract';
import { apiPerFile, PASSWORD, type ApiHarness, type UserKey } from '../support/api';
import type { Engine } from '../support/engines';
import { taskInput } from '../support/tasks';
import { calendarSuite } from './calendar-suite';
import { delegationSuite } from './delegation-suite';
import { inspectionSuite } from './inspection-suite';
import { policySuite } from './policy-suite';
import { regimeSuite } from './regime-suite';
import { hardeningSuite } from './hardening-suite';

const at = (iso: string) => Date.parse(iso);
const ALL_USERS: UserKey[] = ['admin', 'office', 'chairman', 'leader', 'otherLeader', 'head', 'officer', 'coordinator', 'outsider', 'district'];

export function apiSuite(makeEngine: () => Engine): void {
  const api = apiPerFile(makeEngine);
  const h = (): ApiHarness => api();

  describe('sign-in', () => {
    it('refuses a wrong password in both languages, then limits attempts per user name with Retry-After', async () => {
      const attempt = (password: string) => h().app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'locked', password } });
      const first = await attempt('sai');
      expect(first.statusCode).toBe(401);
      expect(first.json().error).toEqual({ code: 'BAD_CREDENTIALS', message: 'Sai tên đăng nhập hoặc mật khẩu / Wrong user name or password' });
      for (let i = 0; i < 4; i += 1) expect((await attempt('sai')).statusCode).toBe(401);
      const limited = await attempt(PASSWORD); // even the right password, once limited
      expect(limited.statusCode).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited.json().error.code).toBe('TOO_MANY_ATTEMPTS');
    });

    it('needs a valid bearer token; signing out ends the session', async () => {
      expect((await h().request(null, 'GET', '/api/tasks')).status).toBe(401);
      expect((await h().request(null, 'GET', '/api/tasks', undefined, { authorization: 'Bearer nope' })).body.error.code).toBe('SESSION_EXPIRED');
      const login = await h().app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'head', password: PASSWORD } });
      const token = login.json().token as string;
      const me = await h().app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } });
      expect(me.json()).toMatchObject({ userId: 'head', role: 'agency_head', agencyId: 'sxd' });
      expect(JSON.stringify(login.json())).not.toContain('scrypt'); // no hash leaves the server
      await h().app.inject({ method: 'POST', url: '/api/auth/logout', headers: { authorization: `Bearer ${token}` } });
      expect((await h().app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);
    });
  });

  describe('the directory', () => {
    it('answers bad input with 400 naming every field, in Vietnamese and English, and stores nothing', async () => {
      const r = await h().request('admin', 'POST', '/api/agencies', { id: 'Sở XD', name: '', kind: 'ministry', email: 'not-mail', head: { name: 'X' } });
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('INVALID_INPUT');
      const fields = Object.fromEntries((r.body.error.fields as { field: string; message: string }[]).map((f) => [f.field, f.message]));
      expect(Object.keys(fields).sort()).toEqual(['email', 'head.email', 'id', 'kind', 'name']);
      expect(fields.email).toBe('email không hợp lệ / invalid email');
      expect(fields['head.email']).toBe('bắt buộc / required');
      expect((await h().request('admin', 'GET', '/api/agencies')).body.items).toHaveLength(5);
    });

    it('refuses a duplicate, a parent cycle, and a user whose role does not fit its agency', async () => {
      expect((await h().request('admin', 'POST', '/api/agencies', { id: 'sxd', name: 'Khác', kind: 'other', email: 'a@b.vn', head: { name: 'A', email: 'a@b.vn' } })).status).toBe(409);
      const cycle = await h().request('admin', 'PATCH', '/api/agencies/vp', { parentId: 'vp' });
      expect(cycle.status).toBe(400);
      expect(cycle.body.error.fields[0].field).toBe('parentId');
      const user = await h().request('admin', 'POST', '/api/users', { id: 'lech', name: 'Lệch', email: 'l@b.vn', role: 'agency_officer', password: 'dai-du-tam' });
      expect(user.status).toBe(400);
      expect(user.body.error.fields).toEqual([{ field: 'agencyId', message: 'bắt buộc với vai trò cơ quan / required for agency roles' }]);
      expect((await h().request('office', 'POST', '/api/agencies', { id: 'x' })).status).toBe(403);
    });

    it('lets everyone signed in read agencies and leaders, and only the admin read users', async () => {
      expect((await h().request('officer', 'GET', '/api/leaders')).body.items.map((l: { id: string }) => l.id)).toEqual(['ct-b', 'pct-k', 'pct-a']);
      expect((await h().request('officer', 'GET', '/api/users')).status).toBe(403);
      const users = (await h().request('admin', 'GET', '/api/users')).body.items;
      expect(users.find((u: { id: string }) => u.id === 'head')).toEqual({ id: 'head', name: 'Người dùng head', email: 'head@example.gov.vn', role: 'agency_head', agencyId: 'sxd', leaderId: null, active: true });
    });
  });

  describe('registering directives and tasks', () => {
    const directive = (n: string) => ({ number: n, date: '2026-10-01', signer: 'Phó Chủ tịch Trần Văn A', source: 'peoples_committee', title: 'Về triển khai nhiệm vụ' });
    const counts = async () => {
      const { rows } = await h().db.query<{ d: number; r: number }>('SELECT (SELECT count(*)::int FROM directives) AS d, (SELECT count(*)::int FROM task_registrations) AS r');
      return rows[0];
    };

    it('registers a directive with many tasks, each a running workflow, with coarse deadlines read from text', async () => {
      const r = await h().request('office', 'POST', '/api/directives', {
        directive: directive('100/UBND-KT'),
        tasks: [
          { title: 'Rà soát quy hoạch', leadAgencyId: 'sxd', assigningLeaderId: 'pct-a', deadline: 'quý IV/2031' },
          { title: 'Bố trí vốn', leadAgencyId: 'stc', coordinatingAgencyIds: ['sxd'], assigningLeaderId: 'pct-a', deadline: '12/2031', priority: 'high' },
          { title: 'Theo dõi thường xuyên', leadAgencyId: 'quan-1', assigningLeaderId: 'ct-b', deadline: '01/01/1970' },
        ],
      });
      expect(r.status).toBe(201);
      expect(r.body.tasks).toHaveLength(3);
      expect(r.body.tasks.every((t: { started: boolean }) => t.started)).toBe(true);
      const [a, b, c] = await Promise.all(r.body.tasks.map((t: { taskId: string }) => h().row(t.taskId)));
      expect(a!.deadline_day).toBe('2031-12-31');
      expect(b!.priority).toBe('high');
      expect(b!.coordinating_agency_ids).toEqual(['sxd']);
      expect(c!.deadline).toBeNull();
      expect(c!.status).toBe('no_deadline');
    });

    it('registers many tasks in one directive, each listed the moment registration answers and each a started workflow', async () => {
      const tasks = Array.from({ length: 120 }, (_, i) => ({ // more than PGlite stores per transaction
        title: `Rà soát hồ sơ đất đai phường ${i + 1}`, leadAgencyId: i % 2 ? 'sxd' : 'stc', coordinatingAgencyIds: i % 3 ? [] : ['quan-1'], assigningLeaderId: 'pct-a', deadline: `${5 + (i % 20)}/5/2031`,
      }));
      const r = await h().request('office', 'POST', '/api/directives', { directive: directive('110/UBND-ĐĐ'), tasks });
      expect(r.status).toBe(201);
      expect(r.body.tasks.map((t: { title: string }) => t.title)).toEqual(tasks.map((t) => t.title));
      expect(r.body.tasks.every((t: { started: boolean }) => t.started)).toBe(true);
      const listed = await h().request('office', 'GET', `/api/tasks?directive=${encodeURIComponent('110/UBND-ĐĐ')}&limit=200&sort=code`);
      expect(listed.body.items.map((t: { taskId: string }) => t.taskId)).toEqual(r.body.tasks.map((t: { taskId: string }) => t.taskId).sort());
      expect(listed.body.items[0]).toMatchObject({ status: 'assigned', deadline: '2031-05-05', directiveNumber: '110/UBND-ĐĐ' });
      const { rows } = await h().db.query<{ n: number }>(`SELECT count(*)::int AS n FROM task_registrations WHERE directive_number = '110/UBND-ĐĐ' AND started_at IS NOT NULL`);
      expect(rows[0]!.n).toBe(120);
    });

    it('takes up to 5,000 tasks in one directive and refuses more, naming the field', async () => {
      const many = (n: number) => Array.from({ length: n }, (_, i) => ({ title: `Nhiệm vụ ${i}`, leadAgencyId: 'sxd', assigningLeaderId: 'pct-a', deadline: 'x' }));
      const over = await h().request('office', 'POST', '/api/directives', { directive: directive('111/UBND-ĐĐ'), tasks: many(5_001) });
      expect(over.status).toBe(400);
      expect(over.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['tasks']);
      // 5,000 pass the limit and reach the per-task checks (each of these has a deadline that cannot be read).
      const atLimit = await h().request('office', 'POST', '/api/directives', { directive: directive('111/UBND-ĐĐ'), tasks: many(5_000) });
      expect(atLimit.status).toBe(400);
      expect(atLimit.body.error.fields).toHaveLength(5_000);
      expect(atLimit.body.error.fields[4_999].field).toBe('tasks.4999.deadline');
    });

    it('checks every task first: one bad task stores nothing, and the answer names each bad field', async () => {
      const before = await counts();
      const r = await h().request('office', 'POST', '/api/directives', {
        directive: directive('101/UBND-KT'),
        tasks: [
          { title: 'Đúng', leadAgencyId: 'sxd', assigningLeaderId: 'pct-a', deadline: '30/6/2031' },
          { title: 'Sai hạn', leadAgencyId: 'sxd', assigningLeaderId: 'pct-a', deadline: 'sớm nhất có thể' },
          { title: 'Trích yếu bị cắt…', leadAgencyId: 'khong-co', assigningLeaderId: 'pct-a', deadline: '30/6/2031' },
        ],
      });
      expect(r.status).toBe(400);
      expect(r.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['tasks.1.deadline', 'tasks.2.leadAgencyId', 'tasks.2.title']);
      expect(await counts()).toEqual(before);
    });

    it('refuses a known directive number with another date (409) and a role that may not register (403)', async () => {
      const ok = { title: 'X', leadAgencyId: 'sxd', assigningLeaderId: 'pct-a', deadline: '30/6/2031' };
      expect((await h().request('office', 'POST', '/api/directives', { directive: directive('102/UBND-KT'), tasks: [ok] })).status).toBe(201);
      const again = await h().request('office', 'POST', '/api/directives', { directive: { ...directive('102/UBND-KT'), date: '2026-10-02' }, tasks: [ok] });
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe('DIRECTIVE_CONFLICT');
      expect((await h().request('officer', 'POST', '/api/directives', { directive: directive('103/UBND-KT'), tasks: [ok] })).status).toBe(403);
    });

    it('creates nothing twice for a retried POST with the same Idempotency-Key, and refuses the key for another body', async () => {
      const body = { directive: directive('104/UBND-KT'), tasks: [{ title: 'Một lần', leadAgencyId: 'sxd', assigningLeaderId: 'pct-a', deadline: '30/6/2031' }] };
      const first = await h().request('office', 'POST', '/api/directives', body, { 'idempotency-key': 'k-104' });
      const before = await counts();
      const retry = await h().request('office', 'POST', '/api/directives', body, { 'idempotency-key': 'k-104' });
      expect(retry.status).toBe(201);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.body).toEqual(first.body);
      expect(await counts()).toEqual(before);
      const other = await h().request('office', 'POST', '/api/directives', { ...body, directive: directive('105/UBND-KT') }, { 'idempotency-key': 'k-104' });
      expect(other.status).toBe(422);
      expect(await counts()).toEqual(before);
    });
  });

  describe('a task from creation to accepted completion, and an extension approval', () => {
    it('goes through acknowledgement, progress, completion and acceptance, with history, reports and mail', async () => {
      const id = await h().createTask();
      expect((await h().request('officer', 'POST', `/api/tasks/${id}/acknowledge`, {})).body.phase).toBe('in_progress');
      const note = { note: 'Đã chuyển số liệu vốn' };
      const progress = await h().request('coordinator', 'POST', `/api/tasks/${id}/report-progress`, note, { 'idempotency-key': `p-${id}` });
      expect(progress.status).toBe(200);
      // A retried action with the same key is answered again, not recorded twice.
      const retried = await h().request('coordinator', 'POST', `/api/tasks/${id}/report-progress`, note, { 'idempotency-key': `p-${id}` });
      expect([retried.status, retried.headers['idempotent-replayed']]).toEqual([200, 'true']);
      expect((await h().request('officer', 'POST', `/api/tasks/${id}/report-progress`, { note: 'Đạt 60%', percent: 60 })).body.progressPercent).toBe(60);
      const submitted = await h().request('head', 'POST', `/api/tasks/${id}/submit-completion`, { summary: 'Đã hoàn thành', documents: ['123/BC-SXD'] });
      expect(submitted.body.status).toBe('awaiting_review');
      const accepted = await h().request('office', 'POST', `/api/tasks/${id}/review-completion`, { decision: 'accept' });
      expect(accepted.body.status).toBe('completed_on_time');

      const row = await h().row(id, (r) => r.status === 'completed_on_time');
      expect(row.completed_on_time).toBe(true);
      const detail = await h().request('head', 'GET', `/api/tasks/${id}`);
      expect(detail.status).toBe(200);
      expect(detail.body.task.status).toBe('completed_on_time');
      expect(detail.body.live.phase).toBe('completed');
      expect(detail.body.history.map((e: { action: string }) => e.action)).toEqual(
        expect.arrayContaining(['assigned', 'acknowledged', 'progress_reported', 'completion_submitted', 'completion_accepted']),
      );
      expect(detail.body.reports.map((r: { kind: string; outcome: string | null }) => [r.kind, r.outcome])).toEqual([
        ['progress', null], ['progress', null], ['completion', 'accepted'],
      ]);
      await h().settled(id);
      const mail = await h().request('office', 'GET', `/api/tasks/${id}/notifications`);
      expect(mail.body.items.map((m: { kind: string }) => m.kind)).toEqual(expect.arrayContaining(['assigned', 'completion_submitted', 'completion_accepted']));
      // The workflow has ended: Temporal refuses Updates, the API says the task is closed.
      const closed = await h().request('officer', 'POST', `/api/tasks/${id}/report-progress`, { note: 'muộn' });
      expect(closed.status).toBe(409);
      expect(closed.body.error.code).toBe('TASK_CLOSED');
    });

    it('answers an action with where the task stands and what the action added, not the whole state', async () => {
      const id = await h().createTask();
      const r = await h().request('officer', 'POST', `/api/tasks/${id}/report-progress`, { note: 'Đạt 30%', percent: 30 });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ status: 'in_progress', phase: 'in_progress', deadline: '2031-03-17', progressPercent: 30 }); // a report is also a receipt
      expect(r.body.changes).toEqual([expect.objectContaining({ seq: 2, action: 'progress_reported', actorRole: 'agency_officer', details: expect.objectContaining({ note: 'Đạt 30%', percent: 30 }) })]);
      expect(r.body).not.toHaveProperty('history');
      expect(r.raw.length).toBeLessThan(2_000); // the full state with its calendar is several times that
      const detail = await h().request('officer', 'GET', `/api/tasks/${id}`);
      expect(detail.body.live.progressPercent).toBe(30); // the full state stays at the task's detail
    });

    it('shows an action in the register when it answers, even while the workflow has not written it yet', async () => {
      const id = await h().createTask();
      await h().request('officer', 'POST', `/api/tasks/${id}/acknowledge`, {});
      await h().settled(id);
      const release = h().holdWorkerRegister(); // the workflow's own writes wait, as on a loaded machine
      let answered;
      try {
        answered = await h().request('head', 'POST', `/api/tasks/${id}/submit-completion`, { summary: 'Đã hoàn thành', documents: ['9/BC-SXD'] });
        expect(answered.status).toBe(200);
        // The office's inbox (the register) lists it at once, with its report.
        const inbox = await h().request('office', 'GET', '/api/tasks?status=awaiting_review&limit=100');
        expect(inbox.body.items.map((t: { taskId: string }) => t.taskId)).toContain(id);
        const detail = await h().request('office', 'GET', `/api/tasks/${id}`);
        expect(detail.body.reports).toEqual([expect.objectContaining({ kind: 'completion', outcome: null })]);
      } finally {
        await release();
      }
      // The workflow's write of the same entries (and its notice) changes nothing twice.
      await h().settled(id);
      const { rows } = await h().db.query<{ seq: number }>('SELECT seq FROM task_events WHERE task_id = $1 ORDER BY seq', [id]);
      expect(rows.map((r) => r.seq)).toEqual([1, 2, 3]);
      expect((await h().db.query('SELECT 1 FROM reports WHERE task_id = $1', [id])).rows).toHaveLength(1);
      expect((await h().row(id)).status).toBe('awaiting_review');
      expect(answered.body.changes.map((c: { seq: number }) => c.seq)).toEqual([3]);
    });

    it('answers an action whose own register write failed, holds no later request on it, and the workflow writes it then', async () => {
      const id = await h().createTask();
      const restore = h().failApiTransactions();
      let answered;
      try {
        answered = await h().request('officer', 'POST', `/api/tasks/${id}/report-progress`, { note: 'Đạt 50%', percent: 50 });
      } finally {
        restore();
      }
      expect(answered.status).toBe(200);
      expect((await h().request('office', 'GET', `/api/tasks/${id}`)).status).toBe(200);
      expect((await h().row(id, (r) => Number(r.progress_percent) === 50)).last_seq).toBe(2);
    });

    it('writes an action that lands while the workflow is still recording the previous one (no lost wakeup)', async () => {
      const id = await h().createTask();
      await h().request('officer', 'POST', `/api/tasks/${id}/acknowledge`, {});
      await h().request('officer', 'POST', `/api/tasks/${id}/submit-completion`, { summary: 'Xong ngay', documents: [] });
      const row = await h().row(id, (r) => r.status === 'awaiting_review');
      expect(row.last_seq).toBe(3);
      // The API wrote the row; the workflow's loop must still wake for the second action's notice.
      await h().settled(id);
      const mail = await h().request('office', 'GET', `/api/tasks/${id}/notifications`);
      expect(mail.body.items.map((m: { kind: string }) => m.kind)).toContain('completion_submitted');
    });

    it('routes an extension proposal to the assigning leader; another leader is refused; approval moves the deadline', async () => {
      const id = await h().createTask();
      const proposed = await h().request('officer', 'POST', `/api/tasks/${id}/propose-extension`, { reason: 'Chờ ý kiến Bộ', plan: 'Hoàn thành trong tháng 4', proposedDeadline: '2031-04-15' });
      expect(proposed.body.extension.proposedDeadline).toBe('2031-04-15');
      const wrong = await h().request('otherLeader', 'POST', `/api/tasks/${id}/decide-extension`, { decision: 'approve' });
      expect(wrong.status).toBe(409);
      expect(wrong.body.error).toEqual({ code: 'NOT_APPROVER', message: expect.stringContaining('Only the assigning leader or the chairman may decide an extension') });
      const approved = await h().request('leader', 'POST', `/api/tasks/${id}/decide-extension`, { decision: 'approve', comment: 'Đồng ý' });
      expect(approved.status).toBe(200);
      expect(approved.body.deadline).toBe('2031-04-15');
      await h().row(id, (r) => r.deadline_day === '2031-04-15');
      const detail = await h().request('leader', 'GET', `/api/tasks/${id}`);
      expect(detail.body.extensions).toEqual([expect.objectContaining({ proposal: 1, decision: 'approved', proposedDeadline: '2031-04-15', decidedBy: 'pct-a' })]);
    });
  });

  describe('every role × action', () => {
    type Setup = (id: string) => Promise<void>;
    const act = async (who: UserKey, id: string, type: UpdateActionType, body: object) =>
      h().request(who, 'POST', `/api/tasks/${id}/${type.replace(/_/g, '-')}`, body);
    const must = async (who: UserKey, id: string, type: UpdateActionType, body: object) => {
      const r = await act(who, id, type, body);
      if (r.status !== 200) throw new Error(`${who} ${type}: ${r.status} ${JSON.stringify(r.body)}`);
    };
    const submitted: Setup = (id) => must('officer', id, 'submit_completion', { summary: 'Xong', documents: [] });
    const proposed: Setup = (id) => must('officer', id, 'propose_extension', { reason: 'Vướng', plan: 'Kế hoạch', proposedDeadline: '2031-04-15' });
    const held: Setup = (id) => must('office', id, 'hold', { reason: 'Chờ chủ trương' });
    const refused: Setup = (id) => must('officer', id, 'refuse', { reason: 'Không thuộc chức năng' });
    const cases: { type: UpdateActionType; body: object; setup?: Setup; allowed: UserKey[]; conflict?: Partial<Record<UserKey, string>> }[] = [
      { type: 'acknowledge', body: {}, allowed: ['head', 'officer'], conflict: { coordinator: 'NOT_LEAD_AGENCY' } },
      { type: 'report_progress', body: { note: 'Đang làm' }, allowed: ['head', 'officer', 'coordinator'] },
      { type: 'submit_completion', body: { summary: 'Xong' }, allowed: ['head', 'officer'], conflict: { coordinator: 'NOT_LEAD_AGENCY' } },
      { type: 'propose_extension', body: { reason: 'Vướng', plan: 'KH', proposedDeadline: '2031-04-15' }, allowed: ['head', 'officer'], conflict: { coordinator: 'NOT_LEAD_AGENCY' } },
      { type: 'refuse', body: { reason: 'Không thuộc chức năng' }, allowed: ['head', 'officer'], conflict: { coordinator: 'NOT_LEAD_AGENCY' } },
      { type: 'review_completion', body: { decision: 'accept' }, setup: submitted, allowed: ['office', 'admin'] },
      { type: 'decide_extension', body: { decision: 'reject', comment: 'Không đủ căn cứ' }, setup: proposed, allowed: ['leader', 'chairman'], conflict: { otherLeader: 'NOT_APPROVER' } },
      { type: 'withdraw', body: { reason: 'Không còn phù hợp' }, allowed: ['office', 'admin'] },
      { type: 'reassign', body: { newLeadAgencyId: 'sgtvt', reason: 'Đúng chức năng' }, allowed: ['office', 'admin'] },
      { type: 'amend_deadline', body: { newDeadline: '2031-05-15', reason: 'Theo chỉ đạo' }, allowed: ['office', 'admin'] },
      { type: 'hold', body: { reason: 'Chờ chủ trương' }, allowed: ['office', 'admin'] },
      { type: 'resume', body: {}, setup: held, allowed: ['office', 'admin'] },
      { type: 'insist', body: { comment: 'Đúng chức năng, đề nghị thực hiện' }, setup: refused, allowed: ['office', 'admin'] },
    ];

    it.each(cases)('$type: allowed for $allowed, refused for every other role, the task unchanged', async ({ type, body, setup, allowed, conflict = {} }) => {
      const id = await h().createTask();
      await setup?.(id);
      const before = (await h().request('admin', 'GET', `/api/tasks/${id}`)).body.live;
      for (const who of ALL_USERS.filter((u) => !allowed.includes(u))) {
        const r = await act(who, id, type, body);
        const expected = who === 'outsider' || who === 'district' ? [404, 'NOT_FOUND'] : conflict[who] ? [409, conflict[who]] : [403, 'FORBIDDEN_ROLE'];
        expect([who, r.status, r.body.error?.code]).toEqual([who, ...expected]);
      }
      expect((await h().request('admin', 'GET', `/api/tasks/${id}`)).body.live).toEqual(before);
      for (const who of allowed) {
        const fresh = await h().createTask();
        await setup?.(fresh);
        const r = await act(who, fresh, type, body);
        expect([who, r.status, r.body.error]).toEqual([who, 200, undefined]);
      }
    });

    it('answers a refusal by the workflow with 409, its code and reason, and a missing field with 400', async () => {
      const id = await h().createTask();
      const r = await act('officer', id, 'propose_extension', { reason: 'Vướng', plan: 'KH', proposedDeadline: '2031-03-04' });
      expect(r.status).toBe(409);
      expect(r.body.error.code).toBe('DEADLINE_NOT_LATER');
      expect(r.body.error.message).toContain('Thời hạn mới phải sau thời hạn hiện hành');
      expect(r.body.error.fields).toEqual([{ field: 'proposedDeadline', message: r.body.error.message }]);
      const bad = await act('officer', id, 'propose_extension', { reason: '', proposedDeadline: '31/4/2031' });
      expect(bad.status).toBe(400);
      expect(bad.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['plan', 'proposedDeadline', 'reason']);
      expect(bad.body.error.fields.find((f: { field: string }) => f.field === 'proposedDeadline').message).toContain('ngày không tồn tại / no such date');
      const iso = await act('officer', id, 'propose_extension', { reason: 'Vướng', plan: 'KH', proposedDeadline: '2031-02-31' });
      expect([iso.status, iso.body.error.fields[0].message]).toEqual([400, expect.stringContaining('ngày không tồn tại')]);
    });

    it('reads action dates written as directives write them', async () => {
      const id = await h().createTask();
      const proposed = await act('officer', id, 'propose_extension', { reason: 'Vướng', plan: 'KH', proposedDeadline: '15/4/2031' });
      expect([proposed.status, proposed.body.extension?.proposedDeadline]).toEqual([200, '2031-04-15']);
      const decided = await act('leader', id, 'decide_extension', { decision: 'approve', newDeadline: 'ngày 16 tháng 4 năm 2031' });
      expect([decided.status, decided.body.deadline]).toEqual([200, '2031-04-16']);
      const amended = await act('office', id, 'amend_deadline', { newDeadline: '17/04/31', reason: 'Điều chỉnh' });
      expect([amended.status, amended.body.deadline]).toEqual([200, '2031-04-17']);
      const coarse = await act('office', id, 'amend_deadline', { newDeadline: 'quý II/2031', reason: 'Điều chỉnh' });
      expect([coarse.status, coarse.body.error.fields[0]]).toEqual([400, { field: 'newDeadline', message: expect.stringContaining('a specific day is needed') }]);
    });
  });

  describe('reading', () => {
    it('shows with each open task the next notice its workflow will send, as the register keeps it', async () => {
      const id = await h().createTask();
      const detail = (await h().request('officer', 'GET', `/api/tasks/${id}`)).body;
      expect(detail.task.nextNotice).toEqual({ kind: 'acknowledgement_reminder', at: detail.live.nextEvent.at });
      const listed = (await h().request('officer', 'GET', `/api/tasks?q=${id}`)).body.items;
      expect(listed.map((t: { nextNotice: unknown }) => t.nextNotice)).toEqual([detail.task.nextNotice]);
    });

    it('answers a task another agency may not see exactly like a missing one', async () => {
      const id = await h().createTask();
      const hidden = await h().request('outsider', 'GET', `/api/tasks/${id}`);
      const missing = await h().request('outsider', 'GET', '/api/tasks/NV-999999');
      expect(hidden.status).toBe(404);
      expect(missing.status).toBe(404);
      expect(hidden.body.error.message.replaceAll(id, 'X')).toBe(missing.body.error.message.replaceAll('NV-999999', 'X'));
      expect((await h().request('coordinator', 'GET', `/api/tasks/${id}`)).status).toBe(200);
      const outsiderList = (await h().request('outsider', 'GET', '/api/tasks?limit=200')).body.items.map((t: { taskId: string }) => t.taskId);
      expect(outsiderList).not.toContain(id);
    });
  });

  describe('lists and statistics on a seeded register', () => {
    const DIRECTIVE = 'SEED/2026';
    // Tasks written to the register as the workflow writes them: the machine's history and row.
    async function seed(key: string, lead: string, opts: { deadline?: string; coordinating?: string[]; leader?: string; source?: string; title?: string } = {}, steps: (m: TaskMachine) => void = () => undefined) {
      const agency = (id: string) => ({ id, name: id.toUpperCase(), email: `${id}@example.gov.vn`, head: { name: `Thủ trưởng ${id}`, email: `head.${id}@example.gov.vn` } });
      const input = taskInput({
        taskId: `SEED-${key}`, code: `SEED-${key}`, title: opts.title ?? `Nhiệm vụ ${key}`,
        directive: { number: DIRECTIVE, date: '2026-03-01', signer: 'Chủ tịch' },
        leadAgency: agency(lead), coordinatingAgencies: (opts.coordinating ?? []).map(agency),
        assigningLeader: { id: opts.leader ?? 'pct-a', name: 'Lãnh đạo', email: 'ld@example.gov.vn' },
        source: (opts.source ?? 'peoples_committee') as 'peoples_committee',
        deadline: opts.deadline ? { precision: 'day', date: opts.deadline } : { precision: 'none' },
      });
      const m = TaskMachine.assign(input, at('2026-03-02T02:00:00Z'));
      steps(m);
      await recordTaskEvents(h().db, { taskId: input.taskId, events: m.state.history, row: taskRowOf(m.state, m.status()) });
    }
    const officer: Actor = { id: 'o', name: 'Cán bộ', role: 'agency_officer', agencyId: 'sxd' };
    const office: Actor = { id: 'vp', name: 'Văn phòng', role: 'office' };
    const complete = (submitted: string, accepted: string) => (m: TaskMachine) => {
      m.apply({ type: 'submit_completion', actor: { ...officer, agencyId: m.state.leadAgency.id }, summary: 'Xong', documents: [] }, at(submitted));
      m.apply({ type: 'review_completion', actor: office, decision: 'accept' }, at(accepted));
    };

    beforeAll(async () => {
      await seed('A', 'sxd', { deadline: '2026-06-30', title: 'Giải phóng mặt bằng dự án Vành đai 3' }, complete('2026-06-10T03:00:00Z', '2026-06-15T03:00:00Z'));
      await seed('B', 'sxd', { deadline: '2026-05-15', coordinating: ['stc'] }, complete('2026-05-20T03:00:00Z', '2026-06-01T03:00:00Z'));
      await seed('C', 'sxd', { deadline: '2026-05-15', leader: 'pct-k', source: 'government' });
      await seed('D', 'sxd', { deadline: '2026-09-15', coordinating: ['stc'] });
      await seed('E', 'sxd', { deadline: '2031-03-07', title: 'Chống ngập đô thị' });
      await seed('F', 'sxd');
      await seed('G', 'sxd', { deadline: '2026-06-30' }, (m) => m.apply({ type: 'withdraw', actor: office, reason: 'Thu hồi' }, at('2026-04-01T03:00:00Z')));
      await seed('H', 'stc', { deadline: '2026-06-30' }, complete('2026-06-01T03:00:00Z', '2026-06-02T03:00:00Z'));
      await seed('I', 'stc', { deadline: '2026-12-31', leader: 'pct-k' }, complete('2026-10-05T03:00:00Z', '2026-10-10T03:00:00Z'));
    });

    const ids = async (who: UserKey, query: string) => {
      const r = await h().request(who, 'GET', `/api/tasks?directive=${encodeURIComponent(DIRECTIVE)}&limit=200&${query}`);
      if (r.status !== 200) throw new Error(`${query}: ${r.status} ${JSON.stringify(r.body)}`);
      return (r.body.items as { taskId: string }[]).map((t) => t.taskId.replace('SEED-', '')).sort().join('');
    };

    it.each([
      ['agency=sxd', 'ABCDEFG'],
      ['agency=stc', 'BDHI'],
      ['agency=stc&agencyRole=lead', 'HI'],
      ['agency=stc&agencyRole=coordinator', 'BD'],
      ['status=completed_on_time', 'AHI'],
      ['status=completed_late,withdrawn', 'BG'],
      ['category=completed_late', 'B'],
      ['category=overdue', 'CD'],
      ['overdue=true', 'CD'],
      ['category=no_deadline', 'F'],
      ['category=in_progress_on_time', 'EF'],
      ['source=government', 'C'],
      ['leader=pct-k', 'CI'],
      ['deadlineFrom=2026-06-01&deadlineTo=2026-09-30', 'ADGH'],
      ['escalationLevel=0', 'ABCDEFGHI'],
      ['q=giai%20phong%20mat%20bang', 'A'],
      ['q=GI%E1%BA%A2I%20PH%C3%93NG', 'A'],
      ['q=ngap%20do%20thi', 'E'],
    ])('filters %s', async (query, expected) => {
      expect(await ids('admin', query)).toBe(expected);
    });

    it('refuses an empty escalation level rather than reading it as 0 (found by schemathesis)', async () => {
      const r = await h().request('admin', 'GET', '/api/tasks?escalationLevel=');
      expect([r.status, r.body.error.fields[0].field]).toEqual([400, 'query.escalationLevel']);
    });

    it('confines an agency to what it leads or coordinates', async () => {
      expect(await ids('coordinator', '')).toBe('BDHI');
      expect(await ids('outsider', '')).toBe('');
    });

    it('sorts, and pages with a cursor through every task once', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const r: { body: { items: { taskId: string; deadline: string | null }[]; nextCursor: string | null } } = await h().request(
          'admin', 'GET', `/api/tasks?directive=${encodeURIComponent(DIRECTIVE)}&sort=-deadline&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        );
        seen.push(...r.body.items.map((t) => t.taskId.replace('SEED-', '')));
        cursor = r.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(['F', 'E', 'I', 'D', 'H', 'G', 'A', 'C', 'B']); // equal deadlines: by task id, descending too
      const bad = await h().request('admin', 'GET', '/api/tasks?cursor=nonsense');
      expect(bad.status).toBe(400);
      expect(bad.body.error.fields[0].field).toBe('query.cursor');
    });

    it('exports the filtered list as CSV and Excel, a row per task, across pages', async () => {
      const list = `directive=${encodeURIComponent(DIRECTIVE)}&sort=code`;
      const csv = await h().request('office', 'GET', `/api/tasks/export?${list}&format=csv`);
      expect([csv.status, csv.headers['content-type']]).toEqual([200, expect.stringContaining('text/csv')]);
      const lines = String(csv.body).replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(lines[0]).toBe('STT,Mã nhiệm vụ,Trích yếu,Văn bản chỉ đạo,Cơ quan chủ trì,Cơ quan phối hợp,Thời hạn theo văn bản,Thời hạn hiện hành,Trạng thái,Số ngày quá hạn (ngày làm việc),Cấp đôn đốc,Báo cáo gần nhất');
      const byCode = new Map(lines.slice(1).map((l) => [l.split(',')[1]!, l]));
      expect([...byCode.keys()]).toEqual('ABCDEFGHI'.split('').map((k) => `SEED-${k}`));
      expect(byCode.get('SEED-A')).toBe('1,SEED-A,Giải phóng mặt bằng dự án Vành đai 3,SEED/2026,Sở Xây dựng,,30/06/2026,30/06/2026,Hoàn thành đúng hạn,,0,10/06/2026 — Báo cáo hoàn thành: Xong');
      // Overdue open tasks count working days after their deadline up to today; closed ones leave it empty.
      const today = new WorkingCalendar(DEFAULT_CALENDAR_DATA).localDateOf(Date.now());
      const overdueC = byCode.get('SEED-C')!.split(',');
      expect(Number(overdueC[9])).toEqual(new WorkingCalendar(DEFAULT_CALENDAR_DATA).workingDaysBetween('2026-05-15', today));
      expect(byCode.get('SEED-B')).toContain(',Sở Xây dựng,Sở Tài chính,');
      expect(byCode.get('SEED-F')).toContain(',không thời hạn,,Không thời hạn,,0,');
      // An agency exports only what it may see.
      const theirs = await h().request('coordinator', 'GET', `/api/tasks/export?${list}&format=csv`);
      expect(String(theirs.body).trim().split('\r\n').slice(1).map((l) => l.split(',')[1])).toEqual(['SEED-B', 'SEED-D', 'SEED-H', 'SEED-I']);

      const xlsx = await h().request('office', 'GET', `/api/tasks/export?${list}&category=overdue`);
      expect(xlsx.headers['content-type']).toContain('spreadsheetml');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
      const sheet = book.worksheets[0]!;
      expect(String(sheet.getCell('A1').value)).toBe('DANH SÁCH NHIỆM VỤ DO ỦY BAN NHÂN DÂN GIAO');
      expect(sheet.getRow(4).getCell(2).value).toBe('Mã nhiệm vụ');
      const codes: unknown[] = [];
      sheet.eachRow((row, n) => n > 4 && codes.push(row.getCell(2).value));
      expect(codes).toEqual(['SEED-C', 'SEED-D']);
      expect(sheet.getRow(5).getCell(10).value).toBe(Number(overdueC[9])); // days overdue, a number
      const bad = await h().request('office', 'GET', '/api/tasks/export?format=pdf');
      expect([bad.status, bad.body.error.fields[0].field]).toEqual([400, 'query.format']);
    });

    it('computes the statistics by hand-checked figures, naming the formula', async () => {
      const r = await h().request('leader', 'GET', '/api/statistics?groupBy=agency&from=2026-03-01&to=2026-03-31&snapshot=2026-09-30');
      expect(r.status).toBe(200);
      expect(r.body.formula).toBe('government_office');
      expect(r.body.formulaText.completion).toContain('hoàn thành ÷ (hoàn thành + chưa hoàn thành quá hạn)');
      const [stc, sxd] = r.body.groups;
      expect(sxd).toMatchObject({
        key: 'sxd', assigned: 6, completedOnTime: 1, completedLate: 1, inProgressOnTime: 1, overdue: 2, overdueOver30Days: 1, overdueOver120Days: 1, noDeadline: 1,
        completionRate: 0.5, onTimeRate: 0.5, warning: true, praise: false,
      });
      expect(sxd.overdueRate).toBeCloseTo(2 / 6);
      expect(stc).toMatchObject({ key: 'stc', assigned: 2, completedOnTime: 1, inProgressOnTime: 1, completionRate: 1, onTimeRate: 1, overdueRate: 0, warning: false });
      expect(r.body.total).toMatchObject({ assigned: 8, completionRate: 0.6, overdueRate: 0.25 });
      expect(r.body.total.onTimeRate).toBeCloseTo(2 / 3);
      expect(r.body.labels).toMatchObject({ sxd: 'Sở Xây dựng', stc: 'Sở Tài chính' });

      const byLeader = await h().request('leader', 'GET', '/api/statistics?groupBy=leader&from=2026-03-01&to=2026-03-31&snapshot=2026-09-30&formula=of_assigned');
      expect(byLeader.body.groups.map((g: { key: string; assigned: number; completionRate: number }) => [g.key, g.assigned, g.completionRate])).toEqual([
        ['pct-a', 6, 3 / 6], ['pct-k', 2, 0],
      ]);
      const own = await h().request('coordinator', 'GET', '/api/statistics?from=2026-03-01&to=2026-03-31&snapshot=2026-09-30');
      expect(own.body.groups.map((g: { key: string }) => g.key)).toEqual(['stc']);
    });

    it('exports the same table as CSV and Excel, laid out as a report', async () => {
      const q = 'groupBy=agency&from=2026-03-01&to=2026-03-31&snapshot=2026-09-30';
      const csv = await h().request('office', 'GET', `/api/statistics?${q}&format=csv`);
      expect(csv.headers['content-type']).toContain('text/csv');
      const lines = String(csv.body).replace(/^\uFEFF/, '').split('\r\n');
      expect(lines[0]).toContain('BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ');
      expect(lines[1]).toBe('"Nhiệm vụ giao từ 01/03/2026 đến 31/03/2026; số liệu tính đến hết ngày 30/09/2026"'); // quoted: it holds a semicolon, a separator in Vietnamese Excel
      expect(lines.find((l) => l.startsWith('2,Sở Xây dựng'))).toBe('2,Sở Xây dựng,6,1,1,1,0,2,1,1,1,50.0%,50.0%,33.3%,Cảnh báo');

      const settings = { parentBody: 'Ủy ban nhân dân Thành phố Hồ Chí Minh', issuingBody: 'Văn phòng', place: 'Thành phố Hồ Chí Minh', signer: { authority: 'KT. Chánh Văn phòng', title: 'Phó Chánh Văn phòng', name: 'Nguyễn Văn H' } };
      expect((await h().request('admin', 'PUT', '/api/settings/report', settings)).status).toBe(200);
      const xlsx = await h().request('office', 'GET', `/api/statistics?${q}&format=xlsx`);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
      const sheet = book.worksheets[0]!;
      const text = (ref: string) => String(sheet.getCell(ref).value ?? '');
      // The State's document heading (Nghị định 30/2020): issuing body left, national title right, place and date.
      expect([text('A1'), text('A2'), text('E1'), text('E2')]).toEqual(['ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'VĂN PHÒNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
      expect(text('E3')).toMatch(/^Thành phố Hồ Chí Minh, ngày \d{2} tháng \d{2} năm \d{4}$/);
      expect(text('A5')).toBe('BÁO CÁO');
      // The Government Office's split, rates as numbers shown as percentages, a verdict per agency and none on the total.
      expect([text('C9'), text('D9'), text('F9'), text('D10'), text('E10'), text('F10'), text('H10')]).toEqual([
        'Tổng số nhiệm vụ được giao', 'Đã hoàn thành', 'Chưa hoàn thành', 'Đúng hạn', 'Quá hạn', 'Trong hạn', 'Quá hạn',
      ]);
      const sxd = sheet.getRow(12);
      expect([sxd.getCell(2).value, sxd.getCell(3).value, sxd.getCell(12).value, sxd.getCell(12).numFmt, sxd.getCell(15).value]).toEqual(['Sở Xây dựng', 6, 0.5, '0.0%', 'Cảnh báo']);
      let total = 12;
      while (sheet.getRow(total).getCell(2).value !== 'Tổng cộng') total += 1;
      expect(sheet.getRow(total).getCell(15).value ?? '').toBe('');
      const cells: string[] = [];
      sheet.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
      expect(cells).toEqual(expect.arrayContaining(['KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', 'Nguyễn Văn H', 'Nơi nhận:']));
      expect(cells.some((c) => c.startsWith('Công thức (government_office)'))).toBe(true);
    });

    it('rebuilds the task table, reports and extension requests from the event log into the same rows', async () => {
      const snapshot = async () => ({
        tasks: (await h().db.query('SELECT * FROM tasks ORDER BY task_id')).rows,
        reports: (await h().db.query('SELECT * FROM reports ORDER BY task_id, seq')).rows,
        extensions: (await h().db.query('SELECT * FROM extension_requests ORDER BY task_id, proposal')).rows,
      });
      const before = await snapshot();
      expect(before.tasks.length).toBeGreaterThan(9);
      await rebuildTaskTable(h().db);
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('importing an export of the document-management system', () => {
    const mapping = { title: 'Trích yếu', deadline: 'Hạn xử lý', leadAgency: 'Đơn vị chủ trì', coordinatingAgencies: 'Đơn vị phối hợp', directiveNumber: 'Số ký hiệu', directiveDate: 'Ngày ban hành', assigningLeader: 'Lãnh đạo giao' };
    const CSV = [
      'Số ký hiệu;Ngày ban hành;Trích yếu;Đơn vị chủ trì;Đơn vị phối hợp;Hạn xử lý;Lãnh đạo giao',
      '200/UBND-ĐT;05/10/2026;Cải tạo vỉa hè trung tâm;Sở Xây dựng;Sở Tài chính;quý IV/2031;Phó Chủ tịch Trần Văn A',
      '200/UBND-ĐT;05/10/2026;"Báo cáo ""nóng"" về ngập";Sở Giao thông vận tải;;12/2031;Trần Văn A',
      '200/UBND-ĐT;05/10/2026;Theo dõi thường xuyên;UBND Quận 1;;01/01/1970;Nguyễn Văn B',
      '201/UBND-ĐT;31/02/2026;Ngày sai;Sở Xây dựng;;15/3/2031;Trần Văn A',
      '201/UBND-ĐT;06/10/2026;Cơ quan lạ;Sở Du lịch;;15/3/2031;Trần Văn A',
      '201/UBND-ĐT;06/10/2026;Trích yếu bị cắt ngắn…;Sở Xây dựng;;ngay;Trần Văn A',
    ].join('\n');
    const body = (dryRun: boolean, content = CSV, filename = 'export.csv') => ({
      filename, content: Buffer.from(content).toString('base64'), mapping, defaults: { source: 'peoples_committee' }, dryRun,
    });
    const registrations = async () => (await h().db.query<{ n: number }>('SELECT count(*)::int AS n FROM task_registrations')).rows[0]!.n;

    it('reports per row in a dry run and stores nothing', async () => {
      const before = await registrations();
      const r = await h().request('office', 'POST', '/api/imports', body(true));
      expect(r.status).toBe(200);
      expect(r.body.totals).toEqual({ rows: 6, taken: 0, wouldTake: 3, refused: 3 });
      const refused = r.body.rows.filter((x: { status: string }) => x.status === 'refused');
      expect(refused.map((x: { row: number; problems: { field: string }[] }) => [x.row, x.problems.map((p) => p.field).sort()])).toEqual([
        [5, ['Ngày ban hành']], [6, ['Đơn vị chủ trì']], [7, ['Hạn xử lý', 'Trích yếu']],
      ]);
      expect(await registrations()).toBe(before);
    });

    it('takes the good rows, each a running task, refuses the rest, and refuses the same rows again as duplicates', async () => {
      const before = await registrations();
      const r = await h().request('office', 'POST', '/api/imports', body(false));
      expect(r.status).toBe(201);
      expect(r.body.totals).toEqual({ rows: 6, taken: 3, wouldTake: 0, refused: 3 });
      expect(await registrations()).toBe(before + 3);
      const taken = r.body.rows.filter((x: { status: string }) => x.status === 'taken');
      const rows = await Promise.all(taken.map((x: { taskId: string }) => h().row(x.taskId)));
      expect(rows.map((x) => [x.lead_agency_id, x.deadline_day])).toEqual([['sxd', '2031-12-31'], ['sgtvt', '2031-12-31'], ['quan-1', null]]);
      expect(rows[1]!.title).toBe('Báo cáo "nóng" về ngập');
      const again = await h().request('office', 'POST', '/api/imports', body(false));
      expect(again.body.totals.taken).toBe(0);
      expect(again.body.rows[0].problems[0].message).toContain('đã đăng ký');
      expect(await registrations()).toBe(before + 3);
    });

    it('reads an Excel export with a date cell and names a missing column', async () => {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('Văn bản');
      sheet.addRow(['Số ký hiệu', 'Ngày ban hành', 'Trích yếu', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Hạn xử lý', 'Lãnh đạo giao']);
      sheet.addRow(['300/UBND-VX', new Date(Date.UTC(2026, 9, 7)), 'Tổ chức lễ hội', 'Sở Tài chính', 'Sở Xây dựng; UBND Quận 1', 'năm 2031', 'Lý Thị K']);
      const xlsx = Buffer.from(await book.xlsx.writeBuffer()).toString('latin1');
      const r = await h().request('office', 'POST', '/api/imports', { ...body(false), filename: 'export.xlsx', content: Buffer.from(xlsx, 'latin1').toString('base64') });
      expect(r.status).toBe(201);
      expect(r.body.totals.taken).toBe(1);
      const row = await h().row(r.body.rows[0].taskId);
      expect(row.coordinating_agency_ids).toEqual(['sxd', 'quan-1']);
      expect(row.assigning_leader_id).toBe('pct-k');
      const missing = await h().request('office', 'POST', '/api/imports', { ...body(true), mapping: { ...mapping, title: 'Nội dung' } });
      expect(missing.status).toBe(400);
      expect(missing.body.error.fields).toEqual([{ field: 'mapping.title', message: 'không có cột "Nội dung" ở dòng tiêu đề / no column "Nội dung" in the header row' }]);
      // The wizard maps columns from the header row the server reads, Excel included; nothing is stored.
      const headers = await h().request('office', 'POST', '/api/imports/headers', { filename: 'export.xlsx', content: Buffer.from(xlsx, 'latin1').toString('base64') });
      expect(headers.body).toEqual({ headers: ['Số ký hiệu', 'Ngày ban hành', 'Trích yếu', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Hạn xử lý', 'Lãnh đạo giao'], sheets: ['Văn bản'], rows: 1 });
      const noRow = await h().request('office', 'POST', '/api/imports/headers', { filename: 'export.xlsx', content: Buffer.from(xlsx, 'latin1').toString('base64'), headerRow: 9 });
      expect([noRow.status, noRow.body.error.fields[0].field]).toEqual([400, 'headerRow']);
      const broken = await h().request('office', 'POST', '/api/imports/headers', { filename: 'export.xlsx', content: Buffer.from('not a zip').toString('base64') });
      expect([broken.status, broken.body.error.code]).toEqual([400, 'INVALID_FILE']);
      expect((await h().request('officer', 'POST', '/api/imports/headers', { filename: 'a.csv', content: '' })).status).toBe(403);
    });
  });

  describe('delivery preferences', () => {
    it('lets an agency choose a daily digest for its own addresses only, the office for any, and the admin the kinds that always go at once', async () => {
      const mine = await h().request('head', 'GET', '/api/delivery-preferences');
      expect(mine.body.addresses.map((a: { email: string; role: string }) => [a.role, a.email])).toEqual([
        ['agency_mailbox', 'soxaydung@example.gov.vn'], ['agency_head', 'gd.sxd@example.gov.vn'], ['focal_officer', 'ha.sxd@example.gov.vn'],
      ]);
      expect(mine.body.alwaysImmediate).toEqual(['escalation', 'extension_escalation', 'report_required']);
      const set = await h().request('head', 'PUT', '/api/delivery-preferences/SoXayDung@example.gov.vn', { mode: 'digest', digestHour: 17 });
      expect([set.status, set.body]).toEqual([200, expect.objectContaining({ email: 'soxaydung@example.gov.vn', name: 'Sở Xây dựng', mode: 'digest', digestHour: 17 })]);
      expect((await h().request('head', 'GET', '/api/delivery-preferences')).body.items.map((p: { email: string }) => p.email)).toEqual(['soxaydung@example.gov.vn']);
      const other = await h().request('head', 'PUT', '/api/delivery-preferences/sotaichinh@example.gov.vn', { mode: 'digest' });
      expect([other.status, other.body.error.code, other.body.error.fields[0].field]).toEqual([403, 'FORBIDDEN_ADDRESS', 'email']);
      const hour = await h().request('office', 'PUT', '/api/delivery-preferences/sotaichinh@example.gov.vn', { mode: 'digest', digestHour: 24 });
      expect([hour.status, hour.body.error.fields[0].field]).toEqual([400, 'digestHour']);
      expect((await h().request('office', 'PUT', '/api/delivery-preferences/sotaichinh@example.gov.vn', { mode: 'digest', name: 'Sở Tài chính' })).body).toMatchObject({ digestHour: 16 });
      const kinds = await h().request('admin', 'PUT', '/api/settings/delivery', { alwaysImmediate: ['escalation'] });
      expect([kinds.status, (await h().request('office', 'GET', '/api/delivery-preferences')).body.alwaysImmediate]).toEqual([200, ['escalation']]);
      expect((await h().request('office', 'PUT', '/api/settings/delivery', { alwaysImmediate: [] })).status).toBe(403);
      expect((await h().request('admin', 'PUT', '/api/settings/delivery', { alwaysImmediate: ['nonsense'] })).status).toBe(400);
      await h().request('admin', 'PUT', '/api/settings/delivery', { alwaysImmediate: ['escalation', 'extension_escalation', 'report_required'] });
    });
  });

  describe('administration, audit and documentation', () => {
    it('keeps every change in the audit trail with its actor', async () => {
      const id = await h().createTask();
      await h().request('office', 'POST', `/api/tasks/${id}/hold`, { reason: 'Chờ' });
      const r = await h().request('admin', 'GET', `/api/audit?targetType=task&targetId=${id}`);
      expect(r.body.items).toEqual([expect.objectContaining({ actorId: 'office', actorRole: 'office', action: 'hold', details: { reason: 'Chờ' } })]);
      const agencies = await h().request('admin', 'GET', '/api/audit?targetType=agency&targetId=sxd');
      expect(agencies.body.items.map((e: { action: string; actorId: string }) => [e.action, e.actorId])).toContainEqual(['agency_created', 'admin']);
      expect((await h().request('office', 'GET', '/api/audit')).status).toBe(403);
    });

    it('ends a user\'s sessions when the admin resets the password, and refuses a second chairman', async () => {
      const created = await h().request('admin', 'POST', '/api/users', { id: 'tam-thoi', name: 'Tạm thời', email: 'tt@example.gov.vn', role: 'office', password: 'mat-khau-cu-1' });
      expect(created.status).toBe(201);
      const signIn = (password: string) => h().app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'tam-thoi', password } });
      const token = (await signIn('mat-khau-cu-1')).json().token as string;
      const me = () => h().app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } });
      expect((await me()).statusCode).toBe(200);
      expect((await h().request('admin', 'PATCH', '/api/users/tam-thoi', { password: 'mat-khau-moi-2' })).status).toBe(200);
      expect((await me()).statusCode).toBe(401);
      expect((await signIn('mat-khau-moi-2')).statusCode).toBe(200);
      const second = await h().request('admin', 'POST', '/api/leaders', { id: 'ct-khac', name: 'Khác', title: 'Chủ tịch', email: 'k@example.gov.vn', isChairman: true });
      expect([second.status, second.body.error.code]).toEqual([409, 'CHAIRMAN_EXISTS']);
    });

    it("applies a change to a user's role, and a deactivation, to the very next request of a session already in use", async () => {
      expect((await h().request('admin', 'POST', '/api/users', { id: 'doi-vai', name: 'Đổi vai', email: 'dv@example.gov.vn', role: 'office', password: 'mat-khau-dv-1' })).status).toBe(201);
      const token = (await h().app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'doi-vai', password: 'mat-khau-dv-1' } })).json().token as string;
      const me = () => h().app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } });
      expect((await me()).json().role).toBe('office');
      expect((await h().request('admin', 'PATCH', '/api/users/doi-vai', { role: 'admin' })).status).toBe(200);
      expect((await me()).json().role).toBe('admin');
      expect((await h().request('admin', 'PATCH', '/api/users/doi-vai', { active: false })).status).toBe(200);
      expect((await me()).statusCode).toBe(401);
    });

    it('uses the formula set by the admin, and lists directives to an agency only where it is involved', async () => {
      const defaults = (await h().request('office', 'GET', '/api/settings/statistics')).body;
      const changed = { formula: 'of_assigned', thresholds: defaults.thresholds };
      expect((await h().request('office', 'PUT', '/api/settings/statistics', changed)).status).toBe(403);
      expect((await h().request('admin', 'PUT', '/api/settings/statistics', changed)).status).toBe(200);
      try {
        expect((await h().request('leader', 'GET', '/api/statistics')).body.formula).toBe('of_assigned');
      } finally {
        await h().request('admin', 'PUT', '/api/settings/statistics', { formula: defaults.formula, thresholds: defaults.thresholds });
      }
      const numbers = async (who: UserKey) => (await h().request(who, 'GET', '/api/directives')).body.items.map((d: { number: string }) => d.number);
      expect(await numbers('office')).toEqual(expect.arrayContaining(['100/UBND-KT', '300/UBND-VX']));
      const outsider = await numbers('outsider'); // Sở GTVT leads an imported task of 200/UBND-ĐT, nothing of 100/ or 300/
      expect(outsider).toContain('200/UBND-ĐT');
      expect(outsider).not.toContain('100/UBND-KT');
      expect(outsider).not.toContain('300/UBND-VX');
    });

    it('shows the outbox, newest first, to the office and not to an agency', async () => {
      const id = await h().createTask();
      await h().request('office', 'POST', `/api/tasks/${id}/hold`, { reason: 'Chờ' });
      await h().settled(id);
      const r = await h().request('office', 'GET', '/api/outbox?limit=2');
      expect(r.body.items.map((m: { key: string }) => m.key)).toEqual([`${id}/hold/1`, `${id}/assigned/0`]);
      expect(r.body.items[0]).toMatchObject({ taskId: id, kind: 'on_hold', status: 'stored', subject: expect.any(String) });
      expect((await h().request('officer', 'GET', '/api/outbox')).status).toBe(403);
    });

    it('stores a calendar correction only with a valid calendar, and sends it to open tasks in one batch', async () => {
      const bad = await h().request('admin', 'POST', '/api/calendar-corrections', { reason: 'Sai', calendar: { years: 'x' } });
      expect(bad.status).toBe(400);
      expect(bad.body.error.fields[0].field).toBe('calendar');
      const { DEFAULT_CALENDAR_DATA } = await import('../../src/domain/calendar');
      const ok = await h().request('admin', 'POST', '/api/calendar-corrections', { reason: 'Bổ sung ngày nghỉ', calendar: DEFAULT_CALENDAR_DATA });
      expect(ok.status).toBe(201);
      expect(ok.body.batchJob).toMatch(/^calendar-correction-/);
      expect((await h().request('officer', 'GET', '/api/calendar-corrections')).body.items[0]).toMatchObject({ reason: 'Bổ sung ngày nghỉ', actorId: 'admin' });
    });

    it('serves an OpenAPI document of every route and its interactive page', async () => {
      const doc = (await h().request(null, 'GET', '/api/openapi.json')).body;
      expect(doc.openapi).toBe('3.1.0');
      expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/directives', '/api/tasks', '/api/tasks/{id}', '/api/tasks/{id}/decide-extension', '/api/imports', '/api/statistics']));
      expect(doc.paths['/api/tasks/{id}/propose-extension'].post.requestBody.content['application/json'].schema.required).toEqual(['reason', 'plan', 'proposedDeadline']);
      expect(Object.keys(doc.paths['/api/directives'].post.responses)).toContain('201');
      expect(Object.keys(doc.paths['/api/tasks/{id}/acknowledge'].post.responses)).toEqual(expect.arrayContaining(['200', '403', '404', '409']));
      expect(doc.paths['/api/tasks/{id}/acknowledge'].post.responses['201']).toBeUndefined();
      const page = await h().request(null, 'GET', '/docs/');
      expect(page.status).toBe(200);
      expect(String(page.body)).toContain('swagger');
    });
  });

  hardeningSuite(h);
  calendarSuite(h);
  policySuite(h);
  inspectionSuite(h);
  delegationSuite(h);
  regimeSuite(h);
}
