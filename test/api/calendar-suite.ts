// The holiday calendar through the API: a year as people read it (with sources, provisional marked),
// and corrections made as single changes, each stored with who made it and sent to open tasks.
import type { ApiHarness } from '../support/api';

export function calendarSuite(h: () => ApiHarness): void {
  describe('the holiday calendar', () => {
    it('reads a year with its days off, weekdays and legal sources, and marks 2027 provisional', async () => {
      const y2026 = await h().request('officer', 'GET', '/api/calendar/2026');
      expect(y2026.status).toBe(200);
      expect(y2026.body).toMatchObject({ year: 2026, status: 'published', provisional: false });
      expect(y2026.body.daysOff).toContainEqual({ date: '2026-04-27', weekday: 'Thứ Hai', kind: 'compensatory', name: 'Nghỉ bù Giỗ Tổ Hùng Vương', source: expect.stringContaining('Bộ Nội vụ') });
      const y2027 = await h().request('officer', 'GET', '/api/calendar/2027');
      expect(y2027.body).toMatchObject({ year: 2027, status: 'provisional', provisional: true });
      expect(y2027.body.daysOff.find((d: { date: string }) => d.date === '2027-02-06')).toMatchObject({ weekday: 'Thứ Bảy', kind: 'holiday' });
      expect((await h().request('officer', 'GET', '/api/calendar/2040')).body).toMatchObject({ status: 'rule', provisional: true });
      expect((await h().request('officer', 'GET', '/api/calendar/1999')).status).toBe(400);
    });

    it('takes one change at a time with reason and source, and keeps who changed what', async () => {
      const makeUp = await h().request('admin', 'POST', '/api/calendar/2027/changes', {
        change: 'add_make_up_day', date: '2027-02-20', name: 'Làm bù cho ngày nghỉ 19/02/2027', reason: 'Hoán đổi ngày làm việc dịp Tết', source: 'Thông báo 6150/TB-BNV ngày 12/11/2026',
      });
      expect(makeUp.status).toBe(201);
      expect(makeUp.body.batchJob).toMatch(/^calendar-correction-/);
      const swapped = await h().request('admin', 'POST', '/api/calendar/2027/changes', {
        change: 'add_day_off', date: '2027-02-19', kind: 'swapped', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 20/02/2027)', reason: 'Hoán đổi ngày làm việc dịp Tết',
        source: 'Thông báo 6150/TB-BNV ngày 12/11/2026', status: 'published',
      });
      expect(swapped.status).toBe(201);
      const year = (await h().request('officer', 'GET', '/api/calendar/2027')).body;
      expect(year).toMatchObject({ status: 'published', provisional: false, source: 'Thông báo 6150/TB-BNV ngày 12/11/2026' });
      expect(year.makeUpWorkingDays).toEqual([{ date: '2027-02-20', weekday: 'Thứ Bảy', name: 'Làm bù cho ngày nghỉ 19/02/2027', source: 'Thông báo 6150/TB-BNV ngày 12/11/2026' }]);
      expect(year.daysOff).toContainEqual(expect.objectContaining({ date: '2027-02-19', weekday: 'Thứ Sáu', kind: 'swapped' }));
      expect(year.corrections.map((c: { actorId: string; change: { change: string; date: string } }) => [c.actorId, c.change.change, c.change.date])).toEqual([
        ['admin', 'add_day_off', '2027-02-19'],
        ['admin', 'add_make_up_day', '2027-02-20'],
      ]);
      const audit = await h().request('admin', 'GET', '/api/audit?targetType=calendar');
      expect(audit.body.items[0].details.change).toMatchObject({ change: 'add_day_off', date: '2027-02-19' });
    });

    it('refuses a change that does not fit the calendar, naming the field, and stores nothing', async () => {
      const before = (await h().request('officer', 'GET', '/api/calendar-corrections')).body.items.length;
      const change = (body: Record<string, unknown>) => h().request('admin', 'POST', '/api/calendar/2027/changes', { reason: 'Thử', source: 'Không có', ...body });
      const already = await change({ change: 'add_day_off', date: '2027-02-08', name: 'Tết' });
      expect([already.status, already.body.error.fields[0].field]).toEqual([400, 'date']);
      expect(already.body.error.fields[0].message).toContain('already a day off');
      const weekday = await change({ change: 'add_make_up_day', date: '2027-03-03', name: 'Làm bù' });
      expect(weekday.body.error.fields[0].message).toContain('must be a Saturday or Sunday');
      const otherYear = await change({ change: 'remove_day_off', date: '2026-01-01' });
      expect(otherYear.body.error.fields[0]).toEqual({ field: 'date', message: 'ngày phải thuộc năm 2027 / the date must be in 2027' });
      const notOff = await change({ change: 'remove_day_off', date: '2027-03-03' });
      expect(notOff.status).toBe(400);
      expect((await h().request('office', 'POST', '/api/calendar/2027/changes', { change: 'remove_day_off', date: '2027-02-08', reason: 'x', source: 'y' })).status).toBe(403);
      expect((await h().request('officer', 'GET', '/api/calendar-corrections')).body.items.length).toBe(before);
    });
  });
}
