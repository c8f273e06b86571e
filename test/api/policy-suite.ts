// Policy profiles through the API: the shipped default and Government profiles, adding and changing
// one, and the refusals (a bad ladder, deactivating the default, a role that may not).
import type { ApiHarness } from '../support/api';

export function policySuite(h: () => ApiHarness): void {
  describe('policy profiles', () => {
    it('ships the default profile and one for tasks from the Government and the Prime Minister', async () => {
      const r = await h().request('officer', 'GET', '/api/policy-profiles');
      expect(r.status).toBe(200);
      const byId = Object.fromEntries(r.body.items.map((p: { id: string }) => [p.id, p]));
      expect(byId['mac-dinh']).toMatchObject({ sources: [], active: true, policy: { reminderOffsets: [7, 3, 1, 0], dayOffDeadline: 'next' } });
      expect(byId['chinh-phu']).toMatchObject({
        sources: ['government'],
        policy: { reminderOffsets: [10, 5, 3, 1, 0], escalation: [1, 2, 3, 5].map((afterWorkingDays) => expect.objectContaining({ afterWorkingDays })) },
      });
    });

    it('runs a task under the profile named for it, else the one for its source, and shows it with the deadline as written', async () => {
      const directive = (number: string, source: string) => ({ number, date: '2027-02-04', signer: 'Chủ tịch Nguyễn Văn B', source, title: 'Về nhiệm vụ Chính phủ giao' });
      const r = await h().request('office', 'POST', '/api/directives', {
        directive: directive('950/UBND-CP', 'government'),
        tasks: [
          { title: 'Theo nguồn giao', leadAgencyId: 'sxd', assigningLeaderId: 'ct-b', deadline: '21/02/2027' },
          { title: 'Theo chế độ được chọn', leadAgencyId: 'sxd', assigningLeaderId: 'ct-b', deadline: '10 ngày làm việc kể từ ngày ký', policyProfile: 'mac-dinh' },
        ],
      });
      expect(r.status).toBe(201);
      const [bySource, named] = r.body.tasks.map((t: { taskId: string }) => t.taskId);
      const detail = (id: string) => h().request('office', 'GET', `/api/tasks/${id}`);
      const a = (await detail(bySource)).body;
      expect(a.registration).toMatchObject({ policyProfile: 'chinh-phu', deadlineAsWritten: '21/02/2027' });
      expect(a.live.deadline).toBe('2027-02-22'); // Sunday → Monday (Civil Code art. 148(5))
      expect(a.live.nextEvent).toMatchObject({ kind: 'acknowledgement_reminder' });
      const b = (await detail(named)).body;
      // A period keeps its words; the day in force is ten working days after 04/02, across Tết 2027.
      expect(b.registration).toMatchObject({ policyProfile: 'mac-dinh', deadlineAsWritten: '10 ngày làm việc kể từ ngày ký' });
      expect(b.task).toMatchObject({ deadline: '2027-02-25', deadlineAsWritten: '10 ngày làm việc kể từ ngày ký' });
      expect(a.task).toMatchObject({ deadline: '2027-02-22', deadlineAsWritten: '21/02/2027' });
      const listed = (await h().request('office', 'GET', '/api/tasks?directive=950%2FUBND-CP&sort=code')).body.items;
      expect(listed.map((t: { deadline: string; deadlineAsWritten: string }) => [t.deadlineAsWritten, t.deadline])).toEqual([
        ['21/02/2027', '2027-02-22'], ['10 ngày làm việc kể từ ngày ký', '2027-02-25'],
      ]);
      // The exported list shows both too.
      const csv = await h().request('office', 'GET', '/api/tasks/export?directive=950%2FUBND-CP&sort=code&format=csv');
      const rows = String(csv.body).replace(/^\uFEFF/, '').trim().split('\r\n').map((l) => l.split(','));
      expect(rows.slice(1).map((c) => [c[6], c[7]])).toEqual([['21/02/2027', '22/02/2027'], ['10 ngày làm việc kể từ ngày ký', '25/02/2027']]);
      const unknown = await h().request('office', 'POST', '/api/directives', {
        directive: directive('951/UBND-CP', 'government'), tasks: [{ title: 'X', leadAgencyId: 'sxd', assigningLeaderId: 'ct-b', deadline: '30/6/2031', policyProfile: 'khong-co' }],
      });
      expect([unknown.status, unknown.body.error.fields[0].field]).toEqual([400, 'tasks.0.policyProfile']);
    });

    it('lets the admin add and change a profile, and refuses a bad ladder, the default\'s deactivation and other roles', async () => {
      const base = (await h().request('admin', 'GET', '/api/policy-profiles')).body.items.find((p: { id: string }) => p.id === 'mac-dinh').policy;
      const created = await h().request('admin', 'POST', '/api/policy-profiles', {
        id: 'khan', name: 'Nhiệm vụ khẩn', policy: { ...base, reminderOffsets: [5, 2, 1, 0] }, priorities: ['urgent'],
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ id: 'khan', priorities: ['urgent'], sources: [], description: '' });
      const changed = await h().request('admin', 'PATCH', '/api/policy-profiles/khan', { description: 'Mức độ khẩn' });
      expect(changed.body).toMatchObject({ description: 'Mức độ khẩn', priorities: ['urgent'], policy: { reminderOffsets: [5, 2, 1, 0] } });
      const ladder = await h().request('admin', 'PATCH', '/api/policy-profiles/khan', {
        policy: { ...base, escalation: [{ afterWorkingDays: 3, to: 'office' }, { afterWorkingDays: 1, to: 'chairman' }] },
      });
      expect(ladder.status).toBe(400);
      expect(ladder.body.error.fields[0]).toMatchObject({ field: 'policy', message: expect.stringContaining('increasing order') });
      const off = await h().request('admin', 'PATCH', '/api/policy-profiles/mac-dinh', { active: false });
      expect([off.status, off.body.error.code, off.body.error.fields[0].field]).toEqual([409, 'DEFAULT_PROFILE', 'active']);
      expect((await h().request('office', 'POST', '/api/policy-profiles', { id: 'x', name: 'x', policy: base })).status).toBe(403);
      expect((await h().request('admin', 'POST', '/api/policy-profiles', { id: 'khan', name: 'x', policy: base })).status).toBe(409);
    });
  });
}
