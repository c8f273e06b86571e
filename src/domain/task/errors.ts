// One registry of the reasons an action on a task is refused: a stable code, an HTTP status for the
// API, and the reason in Vietnamese then English.

export const TASK_ERRORS = {
  FORBIDDEN_ROLE: { status: 403, vi: 'Vai trò của bạn không được thực hiện thao tác này', en: 'Your role may not perform this action' },
  NOT_LEAD_AGENCY: { status: 403, vi: 'Chỉ cơ quan chủ trì được thực hiện thao tác này', en: 'Only the lead agency may perform this action' },
  NOT_INVOLVED_AGENCY: { status: 403, vi: 'Cơ quan của bạn không chủ trì hay phối hợp nhiệm vụ này', en: 'Your agency neither leads nor coordinates this task' },
  NOT_APPROVER: { status: 403, vi: 'Chỉ lãnh đạo giao nhiệm vụ hoặc Chủ tịch được quyết định gia hạn', en: 'Only the assigning leader or the chairman may decide an extension' },
  WRONG_STATE: { status: 409, vi: 'Nhiệm vụ đang ở trạng thái không cho phép thao tác này', en: 'The task is in a state that does not allow this action' },
  TASK_CLOSED: { status: 409, vi: 'Nhiệm vụ đã kết thúc', en: 'The task is closed' },
  ALREADY_ACKNOWLEDGED: { status: 409, vi: 'Nhiệm vụ đã được xác nhận tiếp nhận', en: 'Receipt was already acknowledged' },
  EXTENSION_PENDING: { status: 409, vi: 'Đã có một đề xuất gia hạn đang chờ quyết định', en: 'An extension proposal is already pending' },
  NO_EXTENSION_PENDING: { status: 409, vi: 'Không có đề xuất gia hạn nào đang chờ', en: 'No extension proposal is pending' },
  NO_DEADLINE: { status: 409, vi: 'Nhiệm vụ không có thời hạn', en: 'The task has no deadline' },
  REASON_REQUIRED: { status: 400, vi: 'Phải nêu lý do', en: 'A reason is required' },
  FIELD_REQUIRED: { status: 400, vi: 'Thiếu thông tin bắt buộc', en: 'A required field is missing' },
  INVALID_DATE: { status: 400, vi: 'Ngày không hợp lệ (định dạng YYYY-MM-DD)', en: 'Not a valid date (YYYY-MM-DD)' },
  NOT_WORKING_DAY: { status: 400, vi: 'Thời hạn phải là ngày làm việc', en: 'The deadline must be a working day' },
  DEADLINE_NOT_LATER: { status: 400, vi: 'Thời hạn mới phải sau thời hạn hiện hành', en: 'The new deadline must be after the one in force' },
  DEADLINE_IN_PAST: { status: 400, vi: 'Thời hạn mới đã qua', en: 'The new deadline has already passed' },
  INVALID_PERCENT: { status: 400, vi: 'Tiến độ phải là số nguyên từ 0 đến 100', en: 'Progress must be a whole number from 0 to 100' },
  SAME_AGENCY: { status: 400, vi: 'Cơ quan mới trùng cơ quan chủ trì hiện tại', en: 'The new agency is already the lead agency' },
  INVALID_AGENCY: { status: 400, vi: 'Thông tin cơ quan không đầy đủ hoặc email không hợp lệ', en: 'The agency record is incomplete or its email is invalid' },
  INVALID_CALENDAR: { status: 400, vi: 'Dữ liệu lịch làm việc không hợp lệ', en: 'The working calendar data is invalid' },
} as const;

export type TaskErrorCode = keyof typeof TASK_ERRORS;

/** A refusal: which code, which field (if one), and the reason in both languages. */
export interface TaskRejection {
  code: TaskErrorCode;
  field?: string;
  message: string;
}

export function rejection(code: TaskErrorCode, field?: string, detail?: string): TaskRejection {
  const { vi, en } = TASK_ERRORS[code];
  const where = field ? ` (${field})` : '';
  const extra = detail ? `: ${detail}` : '';
  return { code, ...(field ? { field } : {}), message: `${vi}${where}${extra} / ${en}${where}${extra}` };
}
