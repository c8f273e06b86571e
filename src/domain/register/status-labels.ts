// What each status and report kind is called in the office's Vietnamese (UI.md), for exports and mail.
import type { TaskStatus } from '../task/types';

export const STATUS_LABELS: Record<TaskStatus, string> = {
  assigned: 'Chờ tiếp nhận',
  in_progress: 'Đang thực hiện, trong hạn',
  due_soon: 'Sắp quá hạn',
  overdue: 'Quá hạn',
  no_deadline: 'Không thời hạn',
  awaiting_review: 'Chờ xác nhận',
  refused: 'Từ chối nhiệm vụ',
  on_hold: 'Tạm hoãn',
  completed_on_time: 'Hoàn thành đúng hạn',
  completed_late: 'Hoàn thành quá hạn',
  withdrawn: 'Thu hồi',
};

export const REPORT_KIND_LABELS = { progress: 'Báo cáo tiến độ', completion: 'Báo cáo hoàn thành' } as const;
