// A demo city for newcomers (`./dondoc start --demo`): about twenty agencies, the chairman and vice-
// chairmen, a user per role, and directives whose tasks are driven into every state through the same
// services the API uses. Loaded only into a register without agencies.
import { DEFAULT_CALENDAR_DATA, WorkingCalendar } from '../domain/calendar';
import type { UpdateActionType } from '../workflows/contract';
import { actorOf, type Principal } from './auth';
import { createAgency, createLeader, createUser, type AgencyInput } from './directory';
import { registerDirective } from './registration';
import { performAction } from './task-actions';
import type { NewTask } from './task-schemas';
import type { TaskServices } from './tasks';

export const DEMO_PASSWORD = 'dondoc-demo';

const dept = (id: string, name: string, head: string): AgencyInput => ({
  id, name, kind: 'department', email: `${id}@demo.dondoc.vn`, head: { name: head, email: `giamdoc.${id}@demo.dondoc.vn` },
  focal: { name: `Đầu mối ${name}`, email: `daumoi.${id}@demo.dondoc.vn` },
});
const district = (id: string, name: string): AgencyInput => ({
  id, name, kind: 'district', email: `${id}@demo.dondoc.vn`, head: { name: `Chủ tịch ${name}`, email: `chutich.${id}@demo.dondoc.vn` },
});

const AGENCIES: AgencyInput[] = [
  { id: 'vp-ubnd', name: 'Văn phòng UBND thành phố', kind: 'office', email: 'vanphong@demo.dondoc.vn', head: { name: 'Chánh Văn phòng Đỗ Minh Tâm', email: 'cvp@demo.dondoc.vn' } },
  dept('so-xay-dung', 'Sở Xây dựng', 'Giám đốc Lê Thị Cúc'),
  dept('so-tai-chinh', 'Sở Tài chính', 'Giám đốc Phạm Văn Dũng'),
  dept('so-giao-thong', 'Sở Giao thông vận tải', 'Giám đốc Võ Văn Em'),
  dept('so-tai-nguyen', 'Sở Nông nghiệp và Môi trường', 'Giám đốc Trần Thị Hoa'),
  dept('so-y-te', 'Sở Y tế', 'Giám đốc Nguyễn Văn Khang'),
  dept('so-giao-duc', 'Sở Giáo dục và Đào tạo', 'Giám đốc Hoàng Thị Lan'),
  dept('so-noi-vu', 'Sở Nội vụ', 'Giám đốc Đặng Văn Minh'),
  dept('so-tu-phap', 'Sở Tư pháp', 'Giám đốc Bùi Thị Ngọc'),
  dept('so-cong-thuong', 'Sở Công Thương', 'Giám đốc Phan Văn Oanh'),
  dept('so-van-hoa', 'Sở Văn hóa và Thể thao', 'Giám đốc Lý Thị Phương'),
  dept('so-khoa-hoc', 'Sở Khoa học và Công nghệ', 'Giám đốc Vũ Văn Quang'),
  dept('cong-an', 'Công an thành phố', 'Giám đốc Công an Mai Văn Rạng'),
  district('quan-1', 'UBND Quận 1'),
  district('quan-3', 'UBND Quận 3'),
  district('quan-5', 'UBND Quận 5'),
  district('huyen-cu-chi', 'UBND huyện Củ Chi'),
  district('huyen-can-gio', 'UBND huyện Cần Giờ'),
  district('tp-thu-duc', 'UBND thành phố Thủ Đức'),
  { id: 'phuong-ben-nghe', name: 'UBND phường Bến Nghé', kind: 'commune', parentId: 'quan-1', email: 'bennghe@demo.dondoc.vn', head: { name: 'Chủ tịch UBND phường Bến Nghé', email: 'ct.bennghe@demo.dondoc.vn' } },
];

const LEADERS = [
  { id: 'chu-tich', name: 'Nguyễn Văn Bình', title: 'Chủ tịch', email: 'chutich@demo.dondoc.vn', isChairman: true, areas: ['Chỉ đạo chung'] },
  { id: 'pct-do-thi', name: 'Trần Văn An', title: 'Phó Chủ tịch', email: 'pct.dothi@demo.dondoc.vn', areas: ['Đô thị', 'Xây dựng', 'Giao thông'] },
  { id: 'pct-kinh-te', name: 'Lê Thị Hạnh', title: 'Phó Chủ tịch', email: 'pct.kinhte@demo.dondoc.vn', areas: ['Kinh tế', 'Tài chính'] },
  { id: 'pct-van-xa', name: 'Phạm Thị Mai', title: 'Phó Chủ tịch', email: 'pct.vanxa@demo.dondoc.vn', areas: ['Văn hóa', 'Xã hội', 'Y tế', 'Giáo dục'] },
];

const USERS = [
  { id: 'vanphong', name: 'Chuyên viên Văn phòng Ngô Thu', role: 'office' },
  { id: 'chutich', name: 'Nguyễn Văn Bình', role: 'leader', leaderId: 'chu-tich' },
  { id: 'pct-dothi', name: 'Trần Văn An', role: 'leader', leaderId: 'pct-do-thi' },
  { id: 'pct-kinhte', name: 'Lê Thị Hạnh', role: 'leader', leaderId: 'pct-kinh-te' },
  { id: 'gd-xaydung', name: 'Lê Thị Cúc', role: 'agency_head', agencyId: 'so-xay-dung' },
  { id: 'cv-xaydung', name: 'Chuyên viên Sở Xây dựng Hà My', role: 'agency_officer', agencyId: 'so-xay-dung' },
  { id: 'cv-taichinh', name: 'Chuyên viên Sở Tài chính Quốc Bảo', role: 'agency_officer', agencyId: 'so-tai-chinh' },
  { id: 'cv-giaothong', name: 'Chuyên viên Sở GTVT Minh Châu', role: 'agency_officer', agencyId: 'so-giao-thong' },
  { id: 'cv-quan1', name: 'Chuyên viên UBND Quận 1 Thanh Hương', role: 'agency_officer', agencyId: 'quan-1' },
] as const;

/** Loads the demo city; returns false (and changes nothing) when the register already has agencies. */
export async function loadDemoCity(s: TaskServices, admin: Principal, now = Date.now()): Promise<boolean> {
  if ((await s.db.query('SELECT 1 FROM agencies LIMIT 1')).rows.length) return false;
  for (const a of AGENCIES) await createAgency(s.db, admin, a);
  for (const l of LEADERS) await createLeader(s.db, admin, l);
  for (const u of USERS) await createUser(s.db, admin, { email: `${u.id}@demo.dondoc.vn`, password: DEMO_PASSWORD, ...u });

  const calendar = new WorkingCalendar(DEFAULT_CALENDAR_DATA);
  const today = calendar.localDateOf(now);
  const ahead = (days: number) => calendar.addWorkingDays(today, days);
  const behind = (days: number) => calendar.addWorkingDays(today, -days);
  const task = (title: string, lead: string, leader: string, deadline: NewTask['deadline'], coordinating: string[] = []): NewTask => ({
    title, content: '', leadAgencyId: lead, coordinatingAgencyIds: coordinating, assigningLeaderId: leader, deadline, priority: 'normal',
  });
  const office = principal('vanphong', 'office');
  const { tasks } = await registerDirective(s, office, {
    directive: { number: '1250/UBND-ĐT', date: behind(30), signer: 'Phó Chủ tịch Trần Văn An', source: 'peoples_committee', title: 'Về đẩy nhanh tiến độ các công trình trọng điểm' },
    tasks: [
      task('Rà soát, tháo gỡ vướng mắc giải phóng mặt bằng dự án Vành đai 3', 'so-xay-dung', 'pct-do-thi', { precision: 'day', date: ahead(15) }, ['so-tai-chinh', 'tp-thu-duc']),
      task('Báo cáo tiến độ chống ngập khu vực trung tâm', 'so-xay-dung', 'pct-do-thi', { precision: 'day', date: ahead(2) }),
      task('Đề xuất phương án phân luồng giao thông dịp Tết', 'so-giao-thong', 'pct-do-thi', { precision: 'day', date: ahead(20) }, ['cong-an']),
      task('Kiểm tra trật tự xây dựng trên địa bàn', 'quan-1', 'pct-do-thi', { precision: 'day', date: behind(3) }),
      task('Hoàn thiện hồ sơ quy hoạch phân khu', 'so-xay-dung', 'pct-do-thi', { precision: 'day', date: ahead(10) }),
      task('Theo dõi, báo cáo tình hình xây dựng nhà ở xã hội', 'so-xay-dung', 'pct-do-thi', { precision: 'none' }),
      task('Khảo sát lắp đặt mái che nhà chờ xe buýt', 'so-giao-thong', 'pct-do-thi', { precision: 'day', date: ahead(25) }),
    ],
  });
  const { tasks: finance } = await registerDirective(s, office, {
    directive: { number: '88/TB-VP', date: behind(20), signer: 'Chủ tịch Nguyễn Văn Bình', source: 'chairman', title: 'Thông báo kết luận của Chủ tịch về giải ngân vốn đầu tư công' },
    tasks: [
      task('Báo cáo tình hình giải ngân vốn đầu tư công quý IV', 'so-tai-chinh', 'pct-kinh-te', { precision: 'quarter', year: Number(today.slice(0, 4)), quarter: 4 }, ['so-xay-dung']),
      task('Rà soát các dự án chậm giải ngân để điều chuyển vốn', 'so-tai-chinh', 'pct-kinh-te', { precision: 'day', date: ahead(8) }),
      task('Tổ chức lễ hội văn hóa ẩm thực', 'so-van-hoa', 'pct-van-xa', { precision: 'day', date: ahead(12) }),
    ],
  });
  const id = (i: number) => tasks[i]!.taskId;
  const xaydung = principal('cv-xaydung', 'agency_officer', 'so-xay-dung');
  const taichinh = principal('cv-taichinh', 'agency_officer', 'so-tai-chinh');
  const act = (p: Principal, taskId: string, type: UpdateActionType, body: Record<string, unknown>) => performAction(s, p, actorOf(p), taskId, type, body);

  await act(xaydung, id(0), 'acknowledge', {});
  await act(xaydung, id(0), 'report_progress', { note: 'Đã họp với các hộ dân, còn 12 hộ chưa đồng thuận', percent: 40 });
  await act(xaydung, id(1), 'acknowledge', {});
  await act(xaydung, id(1), 'propose_extension', { reason: 'Chờ số liệu quan trắc mùa mưa', plan: 'Bổ sung số liệu và báo cáo', proposedDeadline: ahead(12) });
  await act(xaydung, id(4), 'acknowledge', {});
  await act(xaydung, id(4), 'submit_completion', { summary: 'Đã trình hồ sơ quy hoạch', documents: ['215/TTr-SXD'] });
  await act(office, id(4), 'review_completion', { decision: 'accept' });
  await act(taichinh, finance[1]!.taskId, 'acknowledge', {});
  await act(taichinh, finance[1]!.taskId, 'submit_completion', { summary: 'Đã rà soát 14 dự án', documents: [] });
  await act(principal('cv-giaothong', 'agency_officer', 'so-giao-thong'), id(2), 'refuse', { reason: 'Phân luồng dịp Tết do Công an chủ trì' });
  await act(office, id(6), 'withdraw', { reason: 'Đã giao cho doanh nghiệp vận tải thực hiện' });
  await act(office, finance[2]!.taskId, 'hold', { reason: 'Chờ chủ trương về kinh phí' });
  // Left for the newcomer: the extension of task 2 waits for Phó Chủ tịch Trần Văn An (pct-dothi),
  // the completion report of the finance task waits for the office (vanphong).
  await s.writes.settled(); // the actions' register writes, before the first screen lists them
  return true;
}

function principal(userId: string, role: Principal['role'], agencyId: string | null = null, leaderId: string | null = null): Principal {
  const u = USERS.find((x) => x.id === userId);
  return { userId, name: u?.name ?? userId, email: `${userId}@demo.dondoc.vn`, role, agencyId, leaderId };
}
