// Delegation (ủy quyền) in the role × action matrix: a delegate decides within the range and the power,
// is refused outside the range, for another power, after revocation, and as a delegate's delegate; the
// decision reads "X thay mặt Y" in the history, the audit trail and the mail; notices asking for the
// delegator's decision go to the acting approver.
import { DEFAULT_CALENDAR_DATA, WorkingCalendar, addDays } from '../../src/domain/calendar';
import { PASSWORD, type ApiHarness, type UserKey } from '../support/api';

export function delegationSuite(h: () => ApiHarness): void {
  describe('delegation', () => {
    const today = new WorkingCalendar(DEFAULT_CALENDAR_DATA).localDateOf(Date.now());
    const extension = { reason: 'Chờ ý kiến thẩm định', plan: 'Hoàn thành sau thẩm định', proposedDeadline: '2031-04-15' };
    /** A task assigned by pct-a (user "leader") with an extension proposal waiting for a decision. */
    const proposed = async () => {
      const id = await h().createTask();
      const r = await h().request('officer', 'POST', `/api/tasks/${id}/propose-extension`, extension);
      expect(r.status).toBe(200);
      return id;
    };
    const decide = (who: UserKey, id: string) => h().request(who, 'POST', `/api/tasks/${id}/decide-extension`, { decision: 'approve', comment: 'Đồng ý' });
    const delegate = (who: UserKey, body: Record<string, unknown>) => h().request(who, 'POST', '/api/delegations', body);
    const revokeAll = async () => {
      for (const d of (await h().request('admin', 'GET', '/api/delegations')).body.items) if (!d.revokedAt) await h().request('admin', 'POST', `/api/delegations/${d.id}/revoke`);
    };
    afterEach(revokeAll);

    it('lets a delegate decide the delegator\'s extensions within the range, signed "thay mặt" in history, audit and mail, and routes the reminders to them', async () => {
      // Leaders sign with their title as the directory has it now (other suites may have changed one).
      const leaders = (await h().request('office', 'GET', '/api/leaders')).body.items as { id: string; title: string; name: string }[];
      const named = (id: string) => leaders.filter((l) => l.id === id).map((l) => `${l.title} ${l.name}`)[0]!;
      const [A, K] = [named('pct-a'), named('pct-k')];
      const given = await delegate('leader', { power: 'decide_extension', delegateUserId: 'otherleader', from: today, to: addDays(today, 10), reason: 'Đi công tác' });
      expect([given.status, given.body.active, given.body.delegator.name, given.body.delegate.name]).toEqual([201, true, A, K]);
      const id = await proposed();
      // The delegate's inbox shows the delegator's proposal, and the proposal's mail went to the delegate, the leader in copy.
      // (The register lists a proposal once the workflow's event reaches it, through an activity.)
      let inbox: unknown;
      for (let i = 0; i < 300 && !inbox; i++) {
        inbox = (await h().request('otherLeader', 'GET', '/api/extensions')).body.items.find((x: { taskId: string }) => x.taskId === id);
        if (!inbox) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(inbox).toMatchObject({ mine: false, onBehalfOf: A });
      const mail = async (suffix: string) => {
        for (let i = 0; i < 300; i++) {
          const { rows } = await h().db.query<{ recipients: { email: string }[]; cc: { email: string }[]; body_text: string }>('SELECT recipients, cc, body_text FROM notifications WHERE key = $1', [`${id}/${suffix}`]);
          if (rows[0]) return rows[0];
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        throw new Error(`no mail ${suffix}`);
      };
      const asked = await mail('extension/1/proposed');
      expect([asked.recipients.map((r) => r.email), asked.cc.map((r) => r.email)]).toEqual([['pct.k@example.gov.vn'], expect.arrayContaining(['pct.a@example.gov.vn'])]);
      expect(asked.body_text).toContain(`Gửi người được ủy quyền thay mặt ${A}`);

      const decided = await decide('otherLeader', id);
      expect([decided.status, decided.body.changes[0].actorName]).toEqual([200, `Người dùng otherLeader thay mặt ${A}`]);
      // The register's history follows through an activity: wait for the entry.
      let logged: { actorName: string } | undefined;
      for (let i = 0; i < 300 && !logged; i++) {
        logged = (await h().request('office', 'GET', `/api/tasks/${id}`)).body.history.find((e: { action: string }) => e.action === 'extension_approved');
        if (!logged) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(logged?.actorName).toBe(`Người dùng otherLeader thay mặt ${A}`);
      const audited = (await h().request('admin', 'GET', '/api/audit?limit=50')).body.items.find((a: { action: string; targetId: string }) => a.action === 'decide_extension' && a.targetId === id);
      expect(audited.details.onBehalfOf).toEqual({ id: 'pct-a', name: A, role: 'leader' });
      expect((await mail('extension/1/decided')).body_text).toContain(`Người quyết định: Người dùng otherLeader thay mặt ${A}`);
    });

    it('refuses a delegate outside the range, for another power, after revocation, and a delegate\'s delegate', async () => {
      // Not yet in force: it starts tomorrow.
      const later = await delegate('leader', { power: 'decide_extension', delegateUserId: 'otherleader', from: addDays(today, 1), to: addDays(today, 5) });
      expect(later.body.active).toBe(false);
      const id = await proposed();
      const early = await decide('otherLeader', id);
      expect([early.status, early.body.error.code]).toEqual([409, 'NOT_APPROVER']);
      await revokeAll();
      // Another power: reviewing completion reports does not decide extensions.
      const review = await delegate('office', { power: 'review_completion', delegateUserId: 'otherleader', from: today, to: today });
      expect(review.status).toBe(201);
      expect((await decide('otherLeader', id)).body.error.code).toBe('NOT_APPROVER');
      // In force, then revoked.
      const given = await delegate('leader', { power: 'decide_extension', delegateUserId: 'otherleader', from: today, to: addDays(today, 3) });
      const revoked = await h().request('leader', 'POST', `/api/delegations/${given.body.id}/revoke`);
      expect([revoked.status, revoked.body.active, revoked.body.revokedBy]).toEqual([200, false, 'leader']);
      expect((await decide('otherLeader', id)).body.error.code).toBe('NOT_APPROVER');
      expect((await h().request('leader', 'POST', `/api/delegations/${given.body.id}/revoke`)).status).toBe(409);
      // A delegate's delegate: pct-a → pct-k, pct-k → pct-m; pct-m holds pct-k's own power only.
      expect((await h().request('admin', 'POST', '/api/leaders', { id: 'pct-m', name: 'Mai Văn M', title: 'Phó Chủ tịch', email: 'pct.m@example.gov.vn' })).status).toBe(201);
      expect((await h().request('admin', 'POST', '/api/users', { id: 'pctm', name: 'Mai Văn M', email: 'pctm@example.gov.vn', role: 'leader', leaderId: 'pct-m', password: PASSWORD })).status).toBe(201);
      await delegate('leader', { power: 'decide_extension', delegateUserId: 'otherleader', from: today, to: today });
      expect((await delegate('otherLeader', { power: 'decide_extension', delegateUserId: 'pctm', from: today, to: today })).status).toBe(201);
      expect((await decide('pctm' as UserKey, id)).body.error.code).toBe('NOT_APPROVER');
      expect((await decide('otherLeader', id)).status).toBe(200); // the direct delegate still can
    });

    it('lets a leader review completion reports for an office clerk on leave, and refuses without it', async () => {
      const id = await h().createTask();
      expect((await h().request('officer', 'POST', `/api/tasks/${id}/submit-completion`, { summary: 'Đã hoàn thành', documents: ['12/BC-SXD'] })).status).toBe(200);
      expect((await h().request('otherLeader', 'POST', `/api/tasks/${id}/review-completion`, { decision: 'accept' })).status).toBe(403);
      await delegate('office', { power: 'review_completion', delegateUserId: 'otherleader', from: today, to: addDays(today, 2) });
      const accepted = await h().request('otherLeader', 'POST', `/api/tasks/${id}/review-completion`, { decision: 'accept' });
      expect([accepted.status, accepted.body.status, accepted.body.changes[0].actorName]).toEqual([200, 'completed_on_time', 'Người dùng otherLeader thay mặt Người dùng office']);
    });

    it('refuses a bad delegation, naming the field', async () => {
      const bad = async (who: UserKey, body: Record<string, unknown>) => {
        const r = await delegate(who, body);
        return [r.status, r.body.error?.code, r.body.error?.fields?.[0]?.field];
      };
      const base = { power: 'decide_extension', delegateUserId: 'otherleader', from: today, to: addDays(today, 3) };
      expect(await bad('leader', { ...base, delegateUserId: 'leader' })).toEqual([400, 'INVALID_INPUT', 'delegateUserId']);
      expect(await bad('leader', { ...base, delegateUserId: 'officer' })).toEqual([400, 'INVALID_INPUT', 'delegateUserId']);
      expect(await bad('leader', { ...base, from: addDays(today, -10), to: addDays(today, -5) })).toEqual([400, 'INVALID_INPUT', 'to']);
      expect(await bad('leader', { ...base, to: addDays(today, -1) })).toEqual([400, 'INVALID_INPUT', 'to']);
      expect(await bad('office', base)).toEqual([400, 'INVALID_INPUT', 'power']); // the office holds no extension decisions to lend
      expect(await bad('leader', { ...base, delegatorUserId: 'chairman' })).toEqual([400, 'INVALID_INPUT', 'delegatorUserId']);
      expect((await delegate('leader', base)).status).toBe(201);
      expect(await bad('leader', { ...base, from: addDays(today, 2), to: addDays(today, 4) })).toEqual([409, 'DELEGATION_OVERLAPS', 'from']);
      expect((await delegate('officer', base)).status).toBe(403);
    });
  });
}
