// Reporting regimes through the API on the dev server: the Schedule's next runs in local time, pause and
// resume, backfill, end; a period's run registering one report task per agency once, from its intended
// instant (started here directly, as the time-skipping server has no Schedules); report tasks apart in
// lists and statistics.
import { DEFAULT_CALENDAR_DATA, WorkingCalendar } from '../../src/domain/calendar';
import type { ApiHarness } from '../support/api';

export function regimeSuite(h: () => ApiHarness): void {
  describe('reporting regimes', () => {
    const calendar = new WorkingCalendar(DEFAULT_CALENDAR_DATA);
    const regime = (id: string, extra: Record<string, unknown> = {}) => ({
      id, title: 'tình hình thực hiện nhiệm vụ UBND thành phố giao', agencies: ['sxd', 'stc'], frequency: 'monthly', due: { workingDaysAfterCutoff: 5 },
      directive: { number: `${id}/QĐ-UBND`, date: '2026-01-05', signer: 'Chủ tịch Nguyễn Văn B', source: 'peoples_committee', title: 'Quy định chế độ báo cáo định kỳ' },
      assigningLeaderId: 'pct-a', ...extra,
    });
    const run = (regimeId: string, at: string) =>
      h().env.client.workflow.execute('reportingPeriodWorkflow', { args: [{ regimeId, at: Date.parse(at) }], taskQueue: h().taskQueue, workflowId: `run-${regimeId}-${at}-${Math.random()}` }) as Promise<{ period: string; started: string[] }>;

    it('schedules each period on the 15th at 07:00 in Hanoi, and can be paused, resumed, back-filled and ended', async () => {
      const created = await h().request('office', 'POST', '/api/reporting-regimes', regime('bc-thang'));
      expect([created.status, created.body.status]).toEqual([201, 'active']);
      const next = created.body.nextRuns.map((t: string) => new Date(t));
      expect(next.length).toBeGreaterThanOrEqual(3);
      // 07:00 on the 15th in Hanoi (UTC+7) is 00:00 UTC on the 15th.
      expect(next.every((d: Date) => d.getUTCDate() === 15 && d.getUTCHours() === 0 && d.getUTCMinutes() === 0)).toBe(true);
      const quarterly = await h().request('office', 'POST', '/api/reporting-regimes', regime('bc-quy', { frequency: 'quarterly', due: { dayOfMonth: 20 } }));
      expect(quarterly.body.nextRuns.map((t: string) => new Date(t).getUTCMonth() + 1).every((m: number) => [3, 6, 9, 12].includes(m))).toBe(true);

      const paused = await h().request('office', 'POST', '/api/reporting-regimes/bc-thang/pause');
      expect([paused.body.status, paused.body.nextRuns]).toEqual(['paused', []]);
      expect((await h().env.client.schedule.getHandle('regime-bc-thang').describe()).state.paused).toBe(true);
      expect((await h().request('office', 'POST', '/api/reporting-regimes/bc-thang/resume')).body.status).toBe('active');
      const edited = await h().request('office', 'PATCH', '/api/reporting-regimes/bc-thang', { title: 'tình hình thực hiện nhiệm vụ được giao' });
      expect(edited.body.title).toBe('tình hình thực hiện nhiệm vụ được giao');

      const today = calendar.localDateOf(Date.now());
      const backfill = await h().request('office', 'POST', '/api/reporting-regimes/bc-quy/backfill', { from: '2026-01-01', to: today });
      expect([backfill.status, backfill.body.periods.slice(0, 3)]).toEqual([200, ['2026-Q1', '2026-Q2', '2026-Q3']]);
      const ended = await h().request('office', 'POST', '/api/reporting-regimes/bc-quy/end');
      expect(ended.body.status).toBe('ended');
      await expect(h().env.client.schedule.getHandle('regime-bc-quy').describe()).rejects.toThrow();
      expect((await h().request('office', 'POST', '/api/reporting-regimes/bc-quy/resume')).status).toBe(409);
    });

    it('registers each agency\'s report for the period its run stands for, once, marked apart in lists and statistics', async () => {
      await h().request('office', 'POST', '/api/reporting-regimes', regime('bc-tien-do'));
      const first = await run('bc-tien-do', '2031-03-15T00:00:00Z');
      expect([first.period, first.started.length]).toEqual(['2031-03', 2]);
      expect((await run('bc-tien-do', '2031-03-15T00:00:00Z')).started).toEqual([]); // again (a catch-up, a backfill): nothing twice
      expect((await run('bc-tien-do', '2031-04-02T09:00:00Z')).period).toBe('2031-03'); // late: still March's, already there
      const row = await h().row(first.started[0]!, (r) => Number(r.last_seq) > 0);
      expect(row).toMatchObject({ kind: 'report', lead_agency_id: 'sxd', assigning_leader_id: 'pct-a', directive_number: 'bc-tien-do/QĐ-UBND', deadline_day: calendar.addWorkingDays('2031-03-14', 5) });
      expect(row.title).toBe('Báo cáo tình hình thực hiện nhiệm vụ UBND thành phố giao tháng 3/2031');
      const reports = (await h().request('office', 'GET', '/api/tasks?kind=report&limit=200')).body.items.map((t: { taskId: string; kind: string }) => [t.taskId, t.kind]);
      expect(reports).toEqual(expect.arrayContaining(first.started.map((id) => [id, 'report'])));
      expect((await h().request('office', 'GET', '/api/tasks?kind=task&limit=200')).body.items.map((t: { taskId: string }) => t.taskId)).not.toContain(first.started[0]);
      const total = async (kind: string) => (await h().request('office', 'GET', `/api/statistics?groupBy=agency${kind}`)).body.total.assigned as number;
      const [all, onlyReports, onlyTasks] = [await total(''), await total('&kind=report'), await total('&kind=task')];
      expect([onlyReports >= 2, onlyReports + onlyTasks]).toEqual([true, all]);
      const detail = await h().request('leader', 'GET', '/api/reporting-regimes/bc-tien-do');
      expect(detail.body.periods).toEqual([{ period: '2031-03', tasks: 2, done: 0, overdue: 0 }]);
    });

    it('refuses a regime it cannot run, naming the field', async () => {
      const bad = await h().request('office', 'POST', '/api/reporting-regimes', regime('bc-sai', { agencies: ['khong-co'], due: { dayOfMonth: 40 } }));
      expect([bad.status, bad.body.error.fields.map((f: { field: string }) => f.field).sort()]).toEqual([400, ['agencies.0', 'due']]);
      expect((await h().request('office', 'POST', '/api/reporting-regimes', regime('bc-thang'))).status).toBe(409);
      expect((await h().request('officer', 'GET', '/api/reporting-regimes')).status).toBe(403);
    });
  });
}
