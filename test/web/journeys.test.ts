// The web app in a real browser (Debian's Chromium through playwright-core) on the embedded system with
// the demo city: each journey goes through the UI only, as the person would, and every screen it passes
// is checked with axe (WCAG 2.1 A/AA, 0 violations) and photographed at 1440 and 375 px
// (test-output/screenshots/, git-ignored) for a reviewer.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { DEFAULT_CALENDAR_DATA, WorkingCalendar, addDays, dayOfWeek } from '../../src/domain/calendar';
import { screen, webSystemPerFile } from '../support/web';

jest.setTimeout(180_000);
const w = webSystemPerFile();

const calendar = new WorkingCalendar(DEFAULT_CALENDAR_DATA);
const today = calendar.localDateOf(Date.now());
const deadline = calendar.addWorkingDays(today, 20);
const proposed = calendar.addWorkingDays(deadline, 10);
const approved = calendar.addWorkingDays(deadline, 15);
let saturday = addDays(deadline, 1);
while (dayOfWeek(saturday) !== 6) saturday = addDays(saturday, 1);
const dmy = (d: string) => `${d.slice(8)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

const TITLE_1 = 'Cải tạo hè phố tuyến đường Lê Lợi';
const TITLE_2 = 'Phân luồng giao thông khi thi công hè phố';
let taskUrl = '';

// Generous: an action goes through a workflow and an activity, slow on a busy 2-core machine.
const seen = (page: Page, text: string | RegExp) => page.getByText(text).first().waitFor({ timeout: 60_000 });

/** Opens the action's form with its button, fills it, and sends it with the form's own button. */
async function act(page: Page, action: string, fill: Record<string, string> = {}) {
  await page.getByRole('button', { name: action, exact: true }).first().click();
  const form = page.getByRole('form', { name: action });
  for (const [label, value] of Object.entries(fill)) await form.getByLabel(label).fill(value);
  await form.getByRole('button', { name: action, exact: true }).click();
  return form;
}

/** A number in the statistics table: the row of `group`, the column of `category`. */
async function statisticsCell(page: Page, group: string, column: number): Promise<number> {
  const row = page.getByRole('row', { name: new RegExp(`^${group}`) });
  await row.waitFor();
  return Number((await row.getByRole('cell').nth(column).innerText()).replace(/\D/g, ''));
}

afterEach(() => {
  expect(w().apiFaults).toEqual([]);
});

it('signs in in Vietnamese, and the sign-in screen is accessible', async () => {
  const context = await w().browser.newContext({ baseURL: w().baseUrl, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
  await screen(page, '00-sign-in');
  await page.getByLabel('Tên đăng nhập').fill('vanphong');
  await page.getByLabel('Mật khẩu').fill('sai-mật-khẩu');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await seen(page, 'Sai tên đăng nhập hoặc mật khẩu');
  expect(await page.evaluate('document.cookie')).toBe(''); // nothing readable by script
  await context.close();
});

it('(1) the office registers a directive with two tasks', async () => {
  const page = await w().signIn('vanphong');
  await page.getByRole('heading', { name: 'Việc chờ Văn phòng' }).waitFor();
  await screen(page, '01-office-inbox');
  await page.getByRole('link', { name: 'Đăng ký văn bản' }).click();
  await page.getByLabel('Số, ký hiệu văn bản').fill('1400/UBND-ĐT');
  await page.getByLabel('Ngày văn bản').fill(today);
  await page.getByLabel('Người ký').fill('Phó Chủ tịch Trần Văn An');
  await page.getByLabel('Trích yếu văn bản').fill('Về chỉnh trang hè phố khu trung tâm');
  const first = page.getByRole('group', { name: 'Nhiệm vụ 1' });
  await first.getByLabel('Trích yếu nhiệm vụ').fill(TITLE_1);
  await first.getByLabel('Cơ quan chủ trì').selectOption({ label: 'Sở Xây dựng' });
  await first.getByLabel('Lãnh đạo giao').selectOption({ label: 'Phó Chủ tịch Trần Văn An' });
  await first.getByLabel('Thời hạn').fill(dmy(deadline));
  await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  const second = page.getByRole('group', { name: 'Nhiệm vụ 2' });
  await second.getByLabel('Trích yếu nhiệm vụ').fill(TITLE_2);
  await second.getByLabel('Cơ quan chủ trì').selectOption({ label: 'Sở Giao thông vận tải' });
  await second.getByLabel('Thời hạn').fill('quý IV/2031');
  await screen(page, '02-office-register');
  await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
  await seen(page, 'Đã đăng ký 2 nhiệm vụ.');
  taskUrl = (await page.getByRole('link', { name: new RegExp(TITLE_1) }).getAttribute('href'))!;
  expect(taskUrl).toMatch(/^\/tasks\//);
  await page.getByRole('link', { name: new RegExp(TITLE_2) }).click();
  await page.getByRole('heading', { level: 1, name: TITLE_2 }).waitFor();
  await seen(page, 'Sở Giao thông vận tải');
  await screen(page, '03-office-task');
});

it('(2) the agency officer acknowledges, reports 50 %, and proposes an extension (a Saturday is refused beside the date)', async () => {
  const page = await w().signIn('cv-xaydung');
  await page.getByRole('heading', { name: 'Việc của tôi' }).waitFor();
  await seen(page, TITLE_1);
  await screen(page, '04-agency-my-tasks');
  await page.getByRole('link', { name: new RegExp(`: ${TITLE_1}`) }).click();
  await page.getByRole('heading', { level: 1, name: TITLE_1 }).waitFor();
  await seen(page, 'Chờ tiếp nhận');
  await screen(page, '05-agency-task-assigned');

  await act(page, 'Xác nhận tiếp nhận');
  await seen(page, 'Đã xác nhận tiếp nhận.');
  await act(page, 'Báo cáo tiến độ', { 'Nội dung': 'Đã khảo sát hiện trạng, lập dự toán', 'Tỷ lệ hoàn thành (%)': '50' });
  await seen(page, 'Đã gửi báo cáo tiến độ.');
  await seen(page, '50 %');

  const form = await act(page, 'Đề xuất gia hạn', { 'Thời hạn đề xuất': saturday, 'Lý do': 'Chờ ý kiến của Bộ Xây dựng', 'Kế hoạch thực hiện': 'Báo cáo ngay khi có ý kiến' });
  await form.getByText('Thời hạn phải là ngày làm việc').waitFor(); // the workflow's reason, beside the date
  expect(await form.getByLabel('Lý do').inputValue()).toBe('Chờ ý kiến của Bộ Xây dựng'); // what was typed stays
  await screen(page, '06-agency-extension-refused');
  await form.getByLabel('Thời hạn đề xuất').fill(proposed);
  await form.getByRole('button', { name: 'Đề xuất gia hạn', exact: true }).click();
  await seen(page, 'Đã gửi đề xuất gia hạn.');
  await seen(page, `Đang chờ lãnh đạo quyết định đề xuất gia hạn đến ${dmy(proposed)}.`);
  await screen(page, '07-agency-task-extension-proposed');
});

it('(3) the leader approves it with another date in the inbox, and the agency sees the new deadline and rescheduled reminders', async () => {
  const leader = await w().signIn('pct-dothi');
  await leader.getByRole('heading', { name: 'Đề xuất gia hạn chờ tôi quyết định' }).waitFor();
  const card = leader.getByRole('article', { name: new RegExp(TITLE_1) });
  await card.waitFor();
  await card.getByRole('button', { name: 'Đồng ý với thời hạn khác' }).click();
  const form = card.getByRole('form', { name: 'Đồng ý với thời hạn khác' });
  await form.getByLabel('Thời hạn khác').fill(approved);
  await form.getByLabel('Ý kiến').fill('Đồng ý, hoàn thành sớm hơn đề xuất');
  await screen(leader, '08-leader-approvals');
  await form.getByRole('button', { name: 'Đồng ý với thời hạn khác' }).click();
  await seen(leader, new RegExp(`Đã quyết định gia hạn\\. .*${dmy(approved)}`));
  expect(await leader.getByRole('article', { name: new RegExp(TITLE_1) }).count()).toBe(0);
  await seen(leader, 'Tổng quan theo cơ quan');
  await screen(leader, '09-leader-home');
  await leader.getByRole('link', { name: 'Tổng quan' }).click();
  await leader.getByRole('heading', { level: 1, name: 'Tổng quan theo cơ quan' }).waitFor();
  await screen(leader, '10-leader-overview');

  const agency = await w().signIn('cv-xaydung');
  await agency.goto(taskUrl);
  await agency.getByRole('heading', { level: 1, name: TITLE_1 }).waitFor();
  await seen(agency, new RegExp(`^${dmy(approved)}`));
  await seen(agency, `Nhắc việc 7 ngày làm việc trước thời hạn ${dmy(approved)}`);
  await seen(agency, 'Đồng ý gia hạn');
  await screen(agency, '11-agency-task-timeline');
});

it('(4) the agency submits completion, the office returns it with a reason, then accepts the second report; the statistics and the xlsx reflect it', async () => {
  const office = await w().signIn('vanphong');
  await office.getByRole('link', { name: 'Thống kê' }).click();
  const before = await statisticsCell(office, 'Sở Xây dựng', 1);

  const agency = await w().signIn('cv-xaydung');
  await agency.goto(taskUrl);
  await act(agency, 'Báo cáo hoàn thành', { 'Tóm tắt kết quả': 'Đã cải tạo 1,2 km hè phố', 'Số, ký hiệu văn bản': '320/BC-SXD' });
  await seen(agency, 'Đã gửi báo cáo hoàn thành.');

  await office.getByRole('link', { name: 'Việc chờ Văn phòng' }).click();
  await office.getByRole('link', { name: new RegExp(`: ${TITLE_1}`) }).click();
  await office.getByRole('heading', { level: 1, name: TITLE_1 }).waitFor();
  await act(office, 'Trả lại báo cáo', { 'Lý do': 'Thiếu biên bản nghiệm thu' });
  await seen(office, 'Đã ghi nhận.');
  await seen(office, 'Thiếu biên bản nghiệm thu');

  await agency.reload();
  await seen(agency, 'Thiếu biên bản nghiệm thu');
  await act(agency, 'Báo cáo hoàn thành', { 'Tóm tắt kết quả': 'Đã bổ sung biên bản nghiệm thu', 'Số, ký hiệu văn bản': '320/BC-SXD\n12/BB-NT' });
  await seen(agency, 'Đã gửi báo cáo hoàn thành.');

  await office.reload();
  await office.getByRole('heading', { level: 1, name: TITLE_1 }).waitFor();
  await act(office, 'Xác nhận hoàn thành');
  await seen(office, 'Đã ghi nhận.');
  await seen(office, 'Hoàn thành đúng hạn');
  await screen(office, '12-office-task-completed');

  // The register's row follows through an activity: the figures may need a moment.
  let after = before;
  for (let i = 0; i < 40 && after !== before + 1; i++) {
    await office.goto('/statistics');
    after = await statisticsCell(office, 'Sở Xây dựng', 1);
    if (after !== before + 1) await office.waitForTimeout(500);
  }
  expect(after).toBe(before + 1);
  await screen(office, '13-statistics');
  const [download] = await Promise.all([office.waitForEvent('download'), office.getByRole('link', { name: 'Tải Excel (.xlsx)' }).click()]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile((await download.path())!)) as never);
  const sheet = book.worksheets[0]!;
  let cell: unknown;
  sheet.eachRow((row) => {
    if (row.getCell(2).value === 'Sở Xây dựng') cell = row.getCell(4).value;
  });
  expect(cell).toBe(before + 1);
});

it('(5) an agency officer opening another agency’s task URL sees "not found"', async () => {
  const page = await w().signIn('cv-taichinh');
  await page.goto(taskUrl);
  await page.getByRole('heading', { level: 1, name: 'Không tìm thấy' }).waitFor();
  expect(await page.getByText(TITLE_1).count()).toBe(0);
  await screen(page, '14-agency-not-found');
});

it('(6) the import wizard takes a CSV with one bad row and reports it', async () => {
  const page = await w().signIn('vanphong');
  await page.getByRole('link', { name: 'Nhập từ tệp' }).click();
  const csv = [
    'Số ký hiệu;Ngày ban hành;Trích yếu;Đơn vị chủ trì;Hạn xử lý;Lãnh đạo giao',
    `77/UBND-KT;${dmy(today)};Rà soát thủ tục hành chính về đất đai;Sở Xây dựng;quý IV/2031;Trần Văn An`,
    `77/UBND-KT;${dmy(today)};Báo cáo thu ngân sách quý IV;Sở Tài chính;12/2031;Lê Thị Hạnh`,
    `77/UBND-KT;${dmy(today)};Phát triển du lịch đêm;Sở Du lịch;12/2031;Trần Văn An`,
  ].join('\n');
  await page.getByLabel('Tệp .xlsx hoặc .csv').setInputFiles({ name: 'xuat-tu-qlvb.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Xem trước (chưa lưu)' }).click();
  await seen(page, '3 dòng: 2 dòng hợp lệ, 1 dòng bị từ chối.');
  const bad = page.getByRole('row', { name: /Phát triển du lịch đêm/ });
  await bad.getByText('Bị từ chối').waitFor();
  await bad.getByText('Cột "Đơn vị chủ trì"').waitFor();
  await screen(page, '15-office-import-preview');
  await page.getByRole('button', { name: 'Xác nhận nhập' }).click();
  await page.getByRole('heading', { name: '4. Kết quả' }).waitFor();
  expect(await page.getByRole('cell', { name: 'Đã nhập', exact: true }).count()).toBe(2);
});

it('the import wizard reads an Excel file’s header row, so columns are chosen, not typed', async () => {
  const page = await w().signIn('vanphong');
  await page.getByRole('link', { name: 'Nhập từ tệp' }).click();
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Danh sách');
  sheet.addRow(['Số ký hiệu', 'Ngày ban hành', 'Trích yếu', 'Đơn vị chủ trì', 'Hạn xử lý', 'Lãnh đạo giao']);
  sheet.addRow(['78/UBND-KT', dmy(today), 'Rà soát quy hoạch bến xe', 'Sở Xây dựng', 'quý IV/2031', 'Trần Văn An']);
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  await page.getByLabel('Tệp .xlsx hoặc .csv').setInputFiles({ name: 'xuat-tu-qlvb.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  // The header row becomes each mapping's choices, and the usual names are matched already.
  await page.locator('select#map-title').waitFor();
  expect(await page.locator('#map-title').inputValue()).toBe('Trích yếu');
  expect(await page.locator('#map-leadAgency').inputValue()).toBe('Đơn vị chủ trì');
  await page.getByRole('button', { name: 'Xem trước (chưa lưu)' }).click();
  await seen(page, '1 dòng: 1 dòng hợp lệ, 0 dòng bị từ chối.');
  await screen(page, '15b-office-import-excel-preview');
});

it('keeps a task list’s filters in the address: shareable, and the back button returns to them', async () => {
  const page = await w().signIn('vanphong');
  await page.getByRole('link', { name: 'Danh sách nhiệm vụ' }).click();
  await page.getByLabel('Cơ quan', { exact: true }).selectOption({ label: 'Sở Xây dựng' });
  await page.getByLabel('Nhóm thống kê').selectOption({ label: 'Chưa hoàn thành' });
  await page.getByRole('button', { name: 'Lọc' }).click();
  await page.waitForURL(/agency=so-xay-dung.*category=open/);
  await seen(page, 'Rà soát, tháo gỡ vướng mắc giải phóng mặt bằng dự án Vành đai 3');
  await screen(page, '16-task-list-filtered');
  // The filtered list downloads as Excel: the same tasks, one a row, with the agency's name.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Xuất Excel' }).click()]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile((await download.path())!)) as never);
  const titles: unknown[] = [];
  book.worksheets[0]!.eachRow((row, n) => n > 4 && titles.push(row.getCell(3).value));
  expect(titles).toContain('Rà soát, tháo gỡ vướng mắc giải phóng mặt bằng dự án Vành đai 3');
  book.worksheets[0]!.eachRow((row, n) => n > 4 && expect(`${row.getCell(5).value}; ${row.getCell(6).value}`).toContain('Sở Xây dựng'));
  const filtered = page.url();
  await page.getByRole('link', { name: /Rà soát, tháo gỡ/ }).first().click();
  await page.getByRole('heading', { level: 1, name: /Rà soát, tháo gỡ/ }).waitFor();
  await page.goBack();
  await page.waitForURL(filtered);
  expect(await page.getByLabel('Cơ quan', { exact: true }).inputValue()).toBe('so-xay-dung');
  const shared = await w().signIn('gd-xaydung');
  await shared.goto(filtered.replace(w().baseUrl, ''));
  await seen(shared, 'Rà soát, tháo gỡ vướng mắc giải phóng mặt bằng dự án Vành đai 3');
  await shared.goto('/');
  await seen(shared, 'Số liệu của cơ quan');
  await screen(shared, '17-agency-head-home');
});

it('the administrator’s screens: agencies, users, holiday calendar, settings, audit log, outbox', async () => {
  const page = await w().signIn('admin', 1440, 'admin-password-1');
  for (const [link, name] of [
    ['Cơ quan', '18-admin-agencies'], ['Người dùng', '19-admin-users'], ['Lịch ngày nghỉ', '20-admin-calendar'],
    ['Cấu hình thống kê', '21-admin-settings'], ['Nhật ký thay đổi', '22-admin-audit'], ['Hộp thư đi', '23-admin-outbox'],
  ] as const) {
    await page.getByRole('navigation', { name: 'Quản trị' }).getByRole('link', { name: link, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Quản trị: ${link}` }).waitFor();
    await page.waitForLoadState('networkidle');
    await screen(page, name);
  }
  await seen(page, 'Giao nhiệm vụ');
});

it('the administrator adds an agency under its parent and corrects a leader, with a refusal shown beside its field', async () => {
  const page = await w().signIn('admin', 1440, 'admin-password-1');
  await page.goto('/admin/agencies');
  await page.getByRole('heading', { level: 2, name: 'Thêm cơ quan' }).waitFor();
  const form = page.locator('form').filter({ has: page.getByLabel('Mã cơ quan') });
  await form.getByLabel('Mã cơ quan').fill('phuong-ben-thanh');
  await form.getByLabel('Họ tên / Tên').fill('UBND phường Bến Thành');
  await form.getByLabel('Loại').selectOption({ label: 'Phường, xã' });
  await form.getByLabel('Cơ quan cấp trên').selectOption({ label: 'UBND Quận 1' });
  await form.getByLabel(/^Thư điện tử( \*)?$/).fill('khong-hop-le');
  await form.getByLabel(/^Thủ trưởng( \*)?$/).fill('Chủ tịch UBND phường Nguyễn Văn P');
  await form.getByLabel('Thư điện tử thủ trưởng').fill('ct.benthanh@example.gov.vn');
  await form.getByRole('button', { name: 'Thêm cơ quan' }).click();
  await form.locator('#ag-email-error', { hasText: 'email không hợp lệ' }).waitFor(); // beside its field
  await form.getByLabel(/^Thư điện tử( \*)?$/).fill('benthanh@example.gov.vn');
  await form.getByRole('button', { name: 'Thêm cơ quan' }).click();
  await seen(page, 'Đã lưu.');
  // In the tree, under its parent.
  await page.locator('li:has(> .tree-name:text-is("UBND Quận 1")) li:has(> .tree-name:text-is("UBND phường Bến Thành"))').waitFor();
  await screen(page, '25-admin-agency-added');

  await page.goto('/admin/leaders');
  const row = page.getByRole('row', { name: /Trần Văn An/ });
  await row.getByRole('button', { name: /Sửa/ }).click();
  await page.getByLabel('Lĩnh vực phụ trách (phân cách bằng dấu phẩy)').fill('Đô thị, Xây dựng, Giao thông, Hạ tầng số');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await seen(page, 'Đã lưu.');
  await page.getByRole('row', { name: /Trần Văn An/ }).getByText('Đô thị, Xây dựng, Giao thông, Hạ tầng số').waitFor();
  await screen(page, '26-admin-leader-corrected');
});

it('an agency head chooses a daily digest for the agency mailbox at 17:00', async () => {
  const page = await w().signIn('gd-xaydung');
  await page.getByRole('link', { name: 'Nhận thông báo' }).click();
  await page.getByRole('heading', { level: 1, name: 'Cách nhận thông báo' }).waitFor();
  const row = page.getByRole('row', { name: /Hộp thư cơ quan/ });
  await row.getByLabel(/^Cách nhận:/).selectOption({ label: 'Thư tổng hợp hằng ngày' });
  await row.getByLabel(/^Giờ gửi thư tổng hợp:/).selectOption({ label: '17:00' });
  await row.getByRole('button', { name: /Lưu/ }).click();
  await seen(page, 'Đã lưu.');
  await screen(page, '27-agency-delivery-preferences');
  await page.reload();
  const saved = page.getByRole('row', { name: /Hộp thư cơ quan/ });
  await saved.getByLabel(/^Giờ gửi thư tổng hợp:/).waitFor();
  expect([await saved.getByLabel(/^Cách nhận:/).inputValue(), await saved.getByLabel(/^Giờ gửi thư tổng hợp:/).inputValue()]).toEqual(['digest', '17']);
});

it('the office plans an inspection from the suggestions, schedules a visit (too close is refused beside the date), and the team leader records conclusions that become tasks', async () => {
  const office = await w().signIn('vanphong');
  await office.getByRole('link', { name: 'Kiểm tra', exact: true }).click();
  await office.getByRole('heading', { level: 1, name: 'Kiểm tra việc thực hiện nhiệm vụ' }).waitFor();
  await office.getByLabel(/^Tên kế hoạch/).fill('Kế hoạch kiểm tra việc thực hiện nhiệm vụ UBND thành phố giao');
  await office.getByLabel(/^Đến ngày/).fill(addDays(today, 120));
  await office.getByLabel(/^Trưởng đoàn/).selectOption({ label: 'Phó Chủ tịch Trần Văn An' });
  await office.getByLabel(/^Thành viên, thư ký/).fill('Chuyên viên Văn phòng Mai <mai.vp@demo.dondoc.vn>');
  await office.getByRole('button', { name: 'Chọn các cơ quan được gợi ý' }).click();
  const sxd = office.getByRole('group', { name: 'Cơ quan được kiểm tra' }).getByLabel('Sở Xây dựng', { exact: true });
  if (!(await sxd.isChecked())) await sxd.check();
  await screen(office, '28-office-inspection-plan-new');
  await office.getByRole('button', { name: 'Lập kế hoạch' }).click();
  await office.getByRole('heading', { name: 'Lên lịch kiểm tra' }).waitFor();
  await office.getByLabel(/^Cơ quan/).selectOption({ label: 'Sở Xây dựng' });
  await office.getByLabel(/^Ngày kiểm tra/).fill(calendar.addWorkingDays(today, 2));
  await office.getByRole('button', { name: 'Lên lịch kiểm tra' }).click();
  await office.locator('#vs-date-error', { hasText: 'ít nhất 5 ngày làm việc' }).waitFor();
  const day = calendar.addWorkingDays(today, 7);
  await office.getByLabel(/^Ngày kiểm tra/).fill(day);
  await office.getByRole('button', { name: 'Lên lịch kiểm tra' }).click();
  await seen(office, `Sở Xây dựng — ${dmy(day)}`);
  await screen(office, '29-office-inspection-plan');
  const planUrl = office.url().replace(w().baseUrl, '');

  const leader = await w().signIn('pct-dothi');
  await leader.goto(planUrl);
  await leader.getByText('Ghi kết luận kiểm tra').first().click();
  await leader.getByLabel(/^Số kết luận/).fill('15/KL-ĐKT');
  await leader.getByLabel(/^Kết quả kiểm tra/).fill('Còn nhiệm vụ quá hạn; hồ sơ theo dõi chưa cập nhật.');
  await leader.getByLabel(/^Kiến nghị/).fill('Hoàn thành các nhiệm vụ quá hạn | 30/6/2031\nCập nhật hồ sơ theo dõi nhiệm vụ | trong 15 ngày làm việc');
  await leader.getByRole('button', { name: 'Ghi kết luận kiểm tra' }).click();
  await seen(leader, '2 nhiệm vụ: 0 đã hoàn thành, 0 quá hạn');
  await screen(leader, '30-leader-inspection-concluded');
});

it('a vice-chairman delegates extension decisions to another for today; both see it, and it is revoked', async () => {
  const page = await w().signIn('pct-dothi');
  await page.getByRole('link', { name: 'Ủy quyền', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Ủy quyền' }).waitFor();
  await page.getByLabel(/^Người được ủy quyền/).selectOption({ label: 'Phó Chủ tịch Lê Thị Hạnh' });
  await page.getByLabel(/^Lý do/).fill('Đi công tác nước ngoài');
  await page.getByRole('button', { name: 'Ủy quyền', exact: true }).click();
  await seen(page, 'Đã lưu.');
  const row = page.getByRole('row', { name: /Phó Chủ tịch Lê Thị Hạnh/ });
  await row.getByText('Đang hiệu lực').waitFor();
  await screen(page, '31-leader-delegation');
  const delegate = await w().signIn('pct-kinhte');
  await delegate.goto('/delegations');
  await delegate.getByRole('row', { name: /Phó Chủ tịch Trần Văn An/ }).getByText('Đang hiệu lực').waitFor();
  await row.getByRole('button', { name: /Thu hồi/ }).click();
  await page.getByRole('row', { name: /Phó Chủ tịch Lê Thị Hạnh/ }).getByText('Đã thu hồi').waitFor();
});

it('the office defines a monthly reporting regime for two agencies; its next period is on the 15th', async () => {
  const page = await w().signIn('vanphong');
  await page.getByRole('link', { name: 'Báo cáo định kỳ', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Chế độ báo cáo định kỳ' }).waitFor();
  await page.getByLabel(/^Mã/).fill('bc-thang-tien-do');
  await page.getByLabel(/^Nội dung báo cáo/).fill('tiến độ các công trình trọng điểm');
  await page.getByLabel(/^Lãnh đạo giao/).selectOption({ label: 'Phó Chủ tịch Trần Văn An' });
  await page.getByLabel(/^Số văn bản quy định/).fill('45/QĐ-UBND');
  await page.getByLabel(/^Người ký/).fill('Chủ tịch Nguyễn Văn Bình');
  const agencies = page.getByRole('group', { name: 'Cơ quan báo cáo' });
  await agencies.getByLabel('Sở Xây dựng', { exact: true }).check();
  await agencies.getByLabel('Sở Giao thông vận tải', { exact: true }).check();
  await page.getByRole('button', { name: 'Lập chế độ báo cáo' }).click();
  await seen(page, 'Đã lưu.');
  const card = page.locator('article.card', { hasText: 'tiến độ các công trình trọng điểm' });
  await card.getByText(/Kỳ tới: 15\/\d{2}\/\d{4} 07:00/).waitFor();
  await screen(page, '32-office-reporting-regime');
  await card.getByRole('button', { name: /Tạm dừng/ }).click();
  await card.getByText('Tạm dừng', { exact: false }).first().waitFor();
});

it('switches to English and back, keeping the screen', async () => {
  const page = await w().signIn('cv-xaydung');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('heading', { name: 'My tasks' }).waitFor();
  await screen(page, '24-agency-my-tasks-english');
  await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click();
  await page.getByRole('heading', { name: 'Việc của tôi' }).waitFor();
});

/** Presses Tab until the focused element satisfies `wanted` (its accessible text), at most 60 times. */
async function tabTo(page: Page, wanted: RegExp): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate('(() => { const e = document.activeElement; return e ? (e.getAttribute("aria-label") || e.textContent || "") + " " + (e.id || "") : ""; })()');
    if (wanted.test(String(focused))) return;
  }
  throw new Error(`Tab never reached ${wanted}`);
}

it('works with the keyboard alone: an officer signs in, opens a task and reports progress', async () => {
  const context = await w().browser.newContext({ baseURL: w().baseUrl, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto('/');
  await tabTo(page, /username/);
  await page.keyboard.type('cv-xaydung');
  await page.keyboard.press('Tab');
  await page.keyboard.type('dondoc-demo');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Việc của tôi' }).waitFor();
  await tabTo(page, /Bỏ qua, đến nội dung chính/);
  await page.keyboard.press('Enter');
  await tabTo(page, /Vành đai 3/);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: /Vành đai 3/ }).waitFor();
  await tabTo(page, /^Báo cáo tiến độ/);
  await page.keyboard.press('Enter');
  await tabTo(page, /report_progress-note/);
  await page.keyboard.type('Còn 8 hộ chưa đồng thuận');
  await tabTo(page, /report_progress-percent/);
  await page.keyboard.type('60');
  await page.keyboard.press('Enter'); // submits the form
  await seen(page, 'Đã gửi báo cáo tiến độ.');
  await seen(page, '60 %');
  await context.close();
});

it('says so when the connection is lost or the system answers 503, and keeps what was typed', async () => {
  const page = await w().signIn('cv-xaydung');
  await page.getByRole('link', { name: /: Rà soát, tháo gỡ/ }).click();
  await page.getByRole('heading', { level: 1, name: /Vành đai 3/ }).waitFor();
  await page.getByRole('button', { name: 'Báo cáo tiến độ', exact: true }).click();
  const form = page.getByRole('form', { name: 'Báo cáo tiến độ' });
  await form.getByLabel('Nội dung').fill('Đã làm việc với 4 hộ dân');
  await page.route('**/report-progress', (route) => route.abort('internetdisconnected'));
  await form.getByRole('button', { name: 'Báo cáo tiến độ', exact: true }).click();
  await form.getByText('Mất kết nối tới máy chủ').waitFor();
  expect(await form.getByLabel('Nội dung').inputValue()).toBe('Đã làm việc với 4 hộ dân');
  await page.unroute('**/report-progress');
  await page.route('**/report-progress', (route) =>
    route.fulfill({ status: 503, contentType: 'application/json', headers: { 'retry-after': '5' }, body: JSON.stringify({ error: { code: 'REGISTER_UNAVAILABLE', message: 'Sổ đăng ký tạm thời không truy cập được / The register is temporarily unavailable' } }) }),
  );
  await form.getByRole('button', { name: 'Báo cáo tiến độ', exact: true }).click();
  await form.getByText('Hệ thống tạm thời không phục vụ được (503)').waitFor();
  await screen(page, '25-agency-unavailable');
  await page.unroute('**/report-progress');
  await form.getByRole('button', { name: 'Báo cáo tiến độ', exact: true }).click();
  await seen(page, 'Đã gửi báo cáo tiến độ.');
});
