// Inspection plans through the API: suggestions from the register, the five-working-day notice rule and
// unannounced visits, the visit's notices from its workflow, cancelling, and conclusions whose
// recommendations become tasks of the inspected agency assigned by the team leader.
import { DEFAULT_CALENDAR_DATA, WorkingCalendar, addDays } from '../../src/domain/calendar';
import type { ApiHarness } from '../support/api';

export function inspectionSuite(h: () => ApiHarness): void {
  describe('inspection plans', () => {
    const calendar = new WorkingCalendar(DEFAULT_CALENDAR_DATA);
    const today = calendar.localDateOf(Date.now());
    const year = Number(today.slice(0, 4));
    const planBody = (agencies = ['sxd', 'stc']) => ({
      year, title: `Kế hoạch kiểm tra việc thực hiện nhiệm vụ năm ${year}`, purpose: 'Đôn đốc các cơ quan còn nhiệm vụ quá hạn',
      periodFrom: today, periodTo: addDays(today, 90),
      teams: [{ id: 'doan-1', name: 'Đoàn kiểm tra số 1', leaderId: 'pct-a', members: [{ name: 'Chuyên viên Văn phòng An', email: 'an.vp@example.gov.vn' }], secretary: { name: 'Thư ký Bình', email: 'binh.vp@example.gov.vn' } }],
      agencies,
    });
    /** The notices the visit's workflow sent (an activity writes them: wait a bounded while). */
    const notices = async (visitId: string, count: number) => {
      for (let i = 0; i < 600; i++) {
        const { rows } = await h().db.query<{ kind: string; recipients: { email: string }[] }>('SELECT kind, recipients FROM notifications WHERE task_id = $1 ORDER BY recorded_at, key', [visitId]);
        if (rows.length >= count) return rows.map((r) => [r.kind, r.recipients.map((x) => x.email).sort().join(',')]);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`${visitId}: fewer than ${count} notices`);
    };

    it('suggests agencies with overdue tasks, and marks those inspected in an earlier year for re-inspection', async () => {
      await h().createTask({ title: 'Nhiệm vụ quá hạn để gợi ý kiểm tra', deadline: '15/3/2026' });
      const before = await h().request('office', 'GET', `/api/inspection-suggestions?year=${year}`);
      expect(before.body.items.find((x: { agencyId: string }) => x.agencyId === 'sxd')).toMatchObject({ reinspection: false, overdueTasks: expect.any(Number) });
      const plan = await h().request('office', 'POST', '/api/inspection-plans', planBody(['sxd']));
      expect(plan.status).toBe(201);
      const visit = await h().request('office', 'POST', `/api/inspection-plans/${plan.body.id}/visits`, { teamId: 'doan-1', agencyId: 'sxd', date: calendar.addWorkingDays(today, 7) });
      expect(visit.status).toBe(201);
      const next = await h().request('leader', 'GET', `/api/inspection-suggestions?year=${year + 1}`);
      expect(next.body.items[0]).toMatchObject({ agencyId: 'sxd', inspectedIn: [year], reinspection: true });
      expect((await h().request('officer', 'GET', `/api/inspection-suggestions?year=${year}`)).status).toBe(403);
    });

    it('refuses a plan naming an unknown leader or agency, field by field', async () => {
      const r = await h().request('office', 'POST', '/api/inspection-plans', { ...planBody(['sxd', 'khong-co']), teams: [{ ...planBody().teams[0], leaderId: 'khong-co' }] });
      expect([r.status, r.body.error.fields.map((f: { field: string }) => f.field).sort()]).toEqual([400, ['agencies.1', 'teams.0.leaderId']]);
    });

    it('announces a visit at least five working days ahead: the agency and the team are told, and a closer day is refused beside its field', async () => {
      const plan = (await h().request('office', 'POST', '/api/inspection-plans', planBody())).body;
      const close = await h().request('office', 'POST', `/api/inspection-plans/${plan.id}/visits`, { teamId: 'doan-1', agencyId: 'stc', date: calendar.addWorkingDays(today, 3) });
      expect([close.status, close.body.error.fields[0].field, close.body.error.fields[0].message]).toEqual([400, 'date', expect.stringContaining('ít nhất 5 ngày làm việc')]);
      const outside = await h().request('office', 'POST', `/api/inspection-plans/${plan.id}/visits`, { teamId: 'doan-1', agencyId: 'stc', date: addDays(today, 200) });
      expect([outside.status, outside.body.error.fields[0].field]).toEqual([400, 'date']);
      const date = calendar.addWorkingDays(today, 6);
      const visit = await h().request('office', 'POST', `/api/inspection-plans/${plan.id}/visits`, { teamId: 'doan-1', agencyId: 'stc', date: date.split('-').reverse().join('/') });
      expect([visit.status, visit.body.date, visit.body.unannounced]).toEqual([201, date, false]);
      expect(await notices(visit.body.id, 2)).toEqual([
        ['inspection_notice', 'sotaichinh@example.gov.vn'],
        ['inspection_team_notice', 'an.vp@example.gov.vn,binh.vp@example.gov.vn,pct.a@example.gov.vn'],
      ]);
      const cancelled = await h().request('office', 'POST', `/api/inspection-visits/${visit.body.id}/cancel`, { reason: 'Trùng lịch họp HĐND' });
      expect(cancelled.body.status).toBe('cancelled');
      expect((await notices(visit.body.id, 3))[2]![0]).toBe('inspection_cancelled');
      expect((await h().request('office', 'POST', `/api/inspection-visits/${visit.body.id}/cancel`, { reason: 'x' })).status).toBe(409);
    });

    it('takes an unannounced visit only on a proposal and the team leader\'s decision, and tells the agency nothing', async () => {
      const plan = (await h().request('office', 'POST', '/api/inspection-plans', planBody())).body;
      const date = calendar.addWorkingDays(today, 2);
      const notLeader = await h().request('office', 'POST', `/api/inspection-plans/${plan.id}/visits`, { teamId: 'doan-1', agencyId: 'stc', date, unannounced: { proposal: 'Tờ trình 12/TTr-SNV', decidedBy: 'pct-k' } });
      expect([notLeader.status, notLeader.body.error.fields[0].field]).toEqual([400, 'unannounced.decidedBy']);
      const visit = await h().request('office', 'POST', `/api/inspection-plans/${plan.id}/visits`, { teamId: 'doan-1', agencyId: 'stc', date, unannounced: { proposal: 'Tờ trình 12/TTr-SNV của Sở Nội vụ', decidedBy: 'pct-a' } });
      expect([visit.status, visit.body.unannounced, visit.body.proposal]).toEqual([201, true, 'Tờ trình 12/TTr-SNV của Sở Nội vụ']);
      const sent = await notices(visit.body.id, 1);
      expect(sent.map(([kind]) => kind)).toEqual(['inspection_team_notice']);
      expect(sent.flatMap(([, to]) => to!.split(','))).not.toContain('sotaichinh@example.gov.vn');
    });

    it('turns the conclusions\' recommendations into tasks of the agency assigned by the team leader, and counts them on the plan', async () => {
      const plan = (await h().request('office', 'POST', '/api/inspection-plans', planBody())).body;
      const visit = (await h().request('office', 'POST', `/api/inspection-plans/${plan.id}/visits`, { teamId: 'doan-1', agencyId: 'stc', date: calendar.addWorkingDays(today, 8) })).body;
      const conclusion = {
        number: `${visit.id}/KL-UBND`, date: today, findings: 'Còn 3 nhiệm vụ quá hạn trên 30 ngày; hồ sơ theo dõi chưa cập nhật.',
        recommendations: [
          { title: `Hoàn thành các nhiệm vụ quá hạn (${visit.id})`, deadline: '30/6/2031' },
          { title: `Cập nhật hồ sơ theo dõi nhiệm vụ (${visit.id})`, deadline: 'trong 15 ngày làm việc' },
        ],
      };
      expect((await h().request('otherLeader', 'POST', `/api/inspection-visits/${visit.id}/conclusion`, conclusion)).status).toBe(403);
      const r = await h().request('leader', 'POST', `/api/inspection-visits/${visit.id}/conclusion`, conclusion);
      expect([r.status, r.body.visit.status, r.body.tasks.length]).toEqual([201, 'concluded', 2]);
      const task = await h().row(r.body.tasks[0].taskId);
      expect(task).toMatchObject({ lead_agency_id: 'stc', assigning_leader_id: 'pct-a', directive_number: conclusion.number });
      const detail = await h().request('leader', 'GET', `/api/inspection-plans/${plan.id}`);
      expect(detail.body.visits[0]).toMatchObject({ status: 'concluded', conclusion: { number: conclusion.number }, tasks: { total: 2, done: 0, overdue: 0 } });
      expect((await h().request('office', 'POST', `/api/inspection-visits/${visit.id}/conclusion`, conclusion)).body.error.code).toBe('ALREADY_CONCLUDED');
      expect((await h().request('officer', 'GET', `/api/inspection-plans/${plan.id}`)).status).toBe(403);
    });
  });
}
