// Task inputs for tests, validated by the same schema the client uses.
import { parseTaskInput, type TaskInputDraft } from '../../src/client/task-input';
import type { TaskInput } from '../../src/domain/task';

let counter = 0;

export const LEADER = { id: 'pct-tran-van-a', name: 'Phó Chủ tịch Trần Văn A', email: 'pct.a@example.gov.vn' };
export const CHAIRMAN = { id: 'ct-nguyen-van-b', name: 'Chủ tịch Nguyễn Văn B', email: 'ct.b@example.gov.vn' };
export const OFFICE = { name: 'Văn phòng UBND thành phố', email: 'vanphong@example.gov.vn' };
export const SXD = { id: 'so-xay-dung', name: 'Sở Xây dựng', email: 'soxaydung@example.gov.vn', head: { name: 'Giám đốc Lê Thị C', email: 'gd.sxd@example.gov.vn' } };
export const STC = { id: 'so-tai-chinh', name: 'Sở Tài chính', email: 'sotaichinh@example.gov.vn', head: { name: 'Giám đốc Phạm Văn D', email: 'gd.stc@example.gov.vn' } };
export const SGTVT = { id: 'so-giao-thong', name: 'Sở Giao thông vận tải', email: 'sogtvt@example.gov.vn', head: { name: 'Giám đốc Võ Văn E', email: 'gd.sgtvt@example.gov.vn' } };

export function taskDraft(overrides: Partial<TaskInputDraft> = {}): TaskInputDraft {
  counter += 1;
  return {
    taskId: `T${Date.now().toString(36)}${counter}`,
    code: `NV-${counter}`,
    title: 'Báo cáo tiến độ giải ngân vốn đầu tư công',
    content: 'Rà soát, đẩy nhanh tiến độ giải ngân các dự án chậm.',
    source: 'peoples_committee',
    directive: { number: '4651/UBND-KSTT', date: '2026-07-26', signer: LEADER.name },
    assigningLeader: LEADER,
    chairman: CHAIRMAN,
    office: OFFICE,
    leadAgency: SXD,
    coordinatingAgencies: [STC],
    deadline: { precision: 'day', date: '2031-03-07' },
    ...overrides,
  };
}

export function taskInput(overrides: Partial<TaskInputDraft> = {}): TaskInput {
  return parseTaskInput(taskDraft(overrides));
}

export const actors = {
  officer: { id: 'cb-sxd-1', name: 'Chuyên viên Sở Xây dựng', role: 'agency_officer', agencyId: SXD.id },
  head: { id: 'gd-sxd', name: 'Giám đốc Sở Xây dựng', role: 'agency_head', agencyId: SXD.id },
  coordinator: { id: 'cb-stc-1', name: 'Chuyên viên Sở Tài chính', role: 'agency_officer', agencyId: STC.id },
  newLeadOfficer: { id: 'cb-sgtvt-1', name: 'Chuyên viên Sở GTVT', role: 'agency_officer', agencyId: SGTVT.id },
  office: { id: 'vp-1', name: 'Chuyên viên Văn phòng', role: 'office' },
  leader: { id: LEADER.id, name: LEADER.name, role: 'leader' },
  chairman: { id: CHAIRMAN.id, name: CHAIRMAN.name, role: 'leader' },
  otherLeader: { id: 'pct-khac', name: 'Phó Chủ tịch khác', role: 'leader' },
  admin: { id: 'admin', name: 'Quản trị', role: 'admin' },
} as const;
