// Vietnamese notification templates: a subject, what happened, and what the recipient must do.
// Rendered as plain text and HTML from the same lines.
import type { NotificationRequest } from '../workflows/contract';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

type Facts = NotificationRequest['facts'];
interface Template {
  subject: (code: string, f: Facts) => string;
  /** What happened (one or more lines). */
  body: (f: Facts) => string[];
  /** What the recipient must do. */
  todo: string | ((f: Facts) => string);
}

const LEVELS: Record<string, string> = {
  agency_head: 'Thủ trưởng cơ quan chủ trì',
  office: 'Văn phòng UBND',
  assigning_leader: 'Lãnh đạo giao nhiệm vụ',
  chairman: 'Chủ tịch UBND',
};

const TEMPLATES: Record<NotificationRequest['kind'], Template> = {
  assigned: {
    subject: (c) => `Giao nhiệm vụ ${c}`,
    body: () => ['Cơ quan được giao thực hiện nhiệm vụ dưới đây.'],
    todo: 'Xác nhận tiếp nhận nhiệm vụ, phân công thực hiện và cập nhật tiến độ đúng hạn.',
  },
  acknowledgement_reminder: {
    subject: (c) => `Nhắc xác nhận tiếp nhận nhiệm vụ ${c}`,
    body: () => ['Cơ quan chủ trì chưa xác nhận tiếp nhận nhiệm vụ trong thời gian quy định.'],
    todo: 'Đề nghị Thủ trưởng cơ quan chỉ đạo xác nhận tiếp nhận và triển khai thực hiện ngay.',
  },
  reminder: {
    subject: (c, f) => (f.workingDaysLeft === 0 ? `Hôm nay là hạn chót nhiệm vụ ${c}` : `Nhắc hạn nhiệm vụ ${c}: còn ${f.workingDaysLeft} ngày làm việc`),
    body: () => ['Nhiệm vụ sắp đến hạn hoàn thành.'],
    todo: 'Hoàn thành và gửi báo cáo kết quả trước thời hạn; nếu không thể hoàn thành, gửi báo cáo nêu rõ lý do, kế hoạch và đề xuất gia hạn.',
  },
  report_required: {
    subject: (c) => `Đến hạn báo cáo nhiệm vụ ${c}`,
    body: () => ['Nhiệm vụ đã đến hạn mà chưa có báo cáo hoàn thành được xác nhận.'],
    todo: 'Báo cáo ngay: nếu đã hoàn thành, gửi báo cáo kết quả; nếu chưa, nêu rõ lý do, kế hoạch thực hiện cụ thể và đề xuất thời hạn mới.',
  },
  escalation: {
    subject: (c, f) => `Nhiệm vụ ${c} quá hạn chưa hoàn thành — báo cáo cấp ${f.level}`,
    body: (f) => [
      `Nhiệm vụ quá hạn, chưa hoàn thành; báo cáo lên cấp ${f.level}: ${LEVELS[String(f.target)] ?? f.target}.`,
      ...(f.skippedLevels
        ? [`Nhiệm vụ đã quá hạn ${f.overdueWorkingDays} ngày làm việc khi được theo dõi; các cấp ${f.skippedLevels} đã qua nên báo cáo thẳng cấp ${f.level}.`]
        : []),
    ],
    todo: 'Chỉ đạo xử lý dứt điểm nhiệm vụ và yêu cầu cơ quan chủ trì báo cáo ngay.',
  },
  overdue_notice: {
    subject: (c) => `Nhiệm vụ ${c} vẫn quá hạn chưa hoàn thành`,
    body: (f) => [`Thông báo quá hạn định kỳ lần ${f.notice}.`],
    todo: 'Hoàn thành dứt điểm nhiệm vụ hoặc báo cáo lý do và đề xuất gia hạn.',
  },
  extension_proposed: {
    subject: (c) => `Đề xuất gia hạn nhiệm vụ ${c} chờ quyết định`,
    body: (f) => [`${f.proposedBy} đề xuất gia hạn đến ngày ${f.proposedDeadline}.`, `Lý do: ${f.reason}`, `Kế hoạch thực hiện: ${f.plan}`],
    todo: 'Xem xét, quyết định đồng ý (có thể với thời hạn khác) hoặc không đồng ý gia hạn, kèm ý kiến.',
  },
  extension_reminder: {
    subject: (c) => `Nhắc quyết định gia hạn nhiệm vụ ${c}`,
    body: (f) => [`Đề xuất gia hạn đến ngày ${f.proposedDeadline} chưa được quyết định.`, `Lý do: ${f.reason}`],
    todo: 'Quyết định đồng ý hoặc không đồng ý gia hạn.',
  },
  extension_escalation: {
    subject: (c) => `Đề xuất gia hạn nhiệm vụ ${c} quá thời gian chưa được quyết định`,
    body: (f) => [`Đề xuất gia hạn đến ngày ${f.proposedDeadline} đã quá thời gian xem xét.`, `Lý do: ${f.reason}`],
    todo: 'Đề nghị Chủ tịch chỉ đạo quyết định việc gia hạn.',
  },
  extension_decided: {
    subject: (c, f) => (f.decision === 'approve' ? `Đồng ý gia hạn nhiệm vụ ${c} đến ngày ${f.newDeadline}` : `Không đồng ý gia hạn nhiệm vụ ${c}`),
    body: (f) => [
      f.decision === 'approve' ? `Lãnh đạo đồng ý gia hạn đến ngày ${f.newDeadline}.` : 'Lãnh đạo không đồng ý gia hạn; thời hạn giữ nguyên.',
      ...(f.comment ? [`Ý kiến: ${f.comment}`] : []),
    ],
    todo: (f) => (f.decision === 'approve' ? 'Hoàn thành nhiệm vụ trong thời hạn mới.' : 'Khẩn trương hoàn thành nhiệm vụ theo thời hạn đã giao.'),
  },
  completion_submitted: {
    subject: (c) => `Báo cáo hoàn thành nhiệm vụ ${c} chờ xác nhận`,
    body: (f) => [`Kết quả: ${f.summary}`, ...(f.documents ? [`Văn bản: ${f.documents}`] : [])],
    todo: 'Rà soát báo cáo; xác nhận hoàn thành hoặc trả lại kèm lý do.',
  },
  review_reminder: {
    subject: (c) => `Nhắc xác nhận báo cáo hoàn thành nhiệm vụ ${c}`,
    body: () => ['Báo cáo hoàn thành chưa được rà soát trong thời gian quy định.'],
    todo: 'Xác nhận hoàn thành hoặc trả lại báo cáo kèm lý do.',
  },
  completion_accepted: {
    subject: (c, f) => `Xác nhận hoàn thành nhiệm vụ ${c} (${f.onTime})`,
    body: (f) => [`Văn phòng đã xác nhận nhiệm vụ hoàn thành ${f.onTime}.`],
    todo: 'Không cần thao tác thêm.',
  },
  completion_returned: {
    subject: (c) => `Trả lại báo cáo hoàn thành nhiệm vụ ${c}`,
    body: (f) => [`Lý do trả lại: ${f.reason}`],
    todo: 'Bổ sung, hoàn thiện kết quả và gửi lại báo cáo hoàn thành.',
  },
  refused: {
    subject: (c) => `Cơ quan chủ trì từ chối nhiệm vụ ${c}`,
    body: (f) => [`Cơ quan cho rằng nhiệm vụ không thuộc thẩm quyền. Lý do: ${f.reason}`],
    todo: 'Giao lại cho cơ quan có thẩm quyền hoặc yêu cầu cơ quan tiếp tục thực hiện.',
  },
  refusal_reminder: {
    subject: (c) => `Nhắc xử lý việc từ chối nhiệm vụ ${c}`,
    body: (f) => [`Việc cơ quan từ chối nhiệm vụ chưa được xử lý. Lý do từ chối: ${f.reason}`],
    todo: 'Giao lại hoặc yêu cầu tiếp tục thực hiện; thời hạn nhiệm vụ vẫn đang tính.',
  },
  insisted: {
    subject: (c) => `Đề nghị tiếp tục thực hiện nhiệm vụ ${c}`,
    body: (f) => [`Văn phòng không chấp nhận việc từ chối. Ý kiến: ${f.comment}`],
    todo: 'Tiếp tục thực hiện nhiệm vụ theo thời hạn đã giao.',
  },
  reassigned_away: {
    subject: (c) => `Nhiệm vụ ${c} đã được giao cho cơ quan khác`,
    body: (f) => [`Nhiệm vụ được giao lại cho ${f.newAgency}. Lý do: ${f.reason}`],
    todo: 'Không cần thao tác thêm; phối hợp bàn giao hồ sơ nếu có.',
  },
  withdrawn: {
    subject: (c) => `Thu hồi nhiệm vụ ${c}`,
    body: (f) => [`Nhiệm vụ đã được thu hồi. Lý do: ${f.reason}`],
    todo: 'Dừng thực hiện nhiệm vụ.',
  },
  deadline_amended: {
    subject: (c, f) => `Điều chỉnh thời hạn nhiệm vụ ${c} thành ngày ${f.deadline}`,
    body: (f) => [`Thời hạn mới: ${f.deadline}${f.previousDeadline ? ` (trước đây: ${f.previousDeadline})` : ''}.`, `Lý do: ${f.reason}`],
    todo: 'Hoàn thành nhiệm vụ theo thời hạn mới.',
  },
  on_hold: {
    subject: (c) => `Tạm hoãn nhiệm vụ ${c}`,
    body: (f) => [`Nhiệm vụ được tạm hoãn; thời hạn tạm dừng tính. Lý do: ${f.reason}`],
    todo: 'Tạm dừng thực hiện cho đến khi có thông báo tiếp tục.',
  },
  resumed: {
    subject: (c) => `Tiếp tục thực hiện nhiệm vụ ${c}`,
    body: (f) => [`Nhiệm vụ được tiếp tục sau ${f.heldWorkingDays} ngày làm việc tạm hoãn.`],
    todo: 'Tiếp tục thực hiện và hoàn thành trong thời hạn.',
  },
  progress_report_request: {
    subject: (c, f) => `Đề nghị báo cáo tiến độ nhiệm vụ ${c} kỳ ${f.period}`,
    body: () => ['Nhiệm vụ thường xuyên (không thời hạn) cần báo cáo tiến độ định kỳ.'],
    todo: 'Cập nhật tiến độ và kết quả thực hiện trong kỳ.',
  },
  inspection_notice: {
    subject: (_c, f) => `Thông báo kiểm tra ngày ${f.visitDate}`,
    body: (f) => [`Đoàn kiểm tra do ${f.teamLeader} làm trưởng đoàn sẽ làm việc với quý cơ quan ngày ${f.visitDate} theo kế hoạch kiểm tra.`],
    todo: 'Chuẩn bị báo cáo tình hình thực hiện nhiệm vụ được giao, hồ sơ liên quan và bố trí thành phần làm việc với Đoàn.',
  },
  inspection_team_notice: {
    subject: (_c, f) => `Lịch kiểm tra ${f.agency} ngày ${f.visitDate}${f.unannounced ? ' (đột xuất)' : ''}`,
    body: (f) => [
      `Đoàn kiểm tra làm việc tại ${f.agency} ngày ${f.visitDate}.`,
      ...(f.unannounced ? [`Kiểm tra đột xuất, không thông báo trước cho cơ quan được kiểm tra. Đề xuất: ${f.proposal}.`] : ['Cơ quan được kiểm tra đã được thông báo.']),
    ],
    todo: 'Thành viên Đoàn chuẩn bị nội dung kiểm tra theo phân công.',
  },
  inspection_reminder: {
    subject: (_c, f) => `Nhắc lịch kiểm tra ${f.agency}: còn ${f.workingDaysBefore} ngày làm việc`,
    body: (f) => [`Đoàn kiểm tra làm việc tại ${f.agency} ngày ${f.visitDate}.`],
    todo: 'Hoàn tất chuẩn bị trước ngày kiểm tra.',
  },
  inspection_cancelled: {
    subject: (_c, f) => `Hủy lịch kiểm tra ngày ${f.visitDate}`,
    body: (f) => [`Lịch kiểm tra ${f.agency} ngày ${f.visitDate} đã được hủy.`, ...(f.reason ? [`Lý do: ${f.reason}`] : [])],
    todo: 'Không cần chuẩn bị cho buổi kiểm tra này.',
  },
};

/** Inspection notices name the plan, the team leader, the agency and the day instead of a task's facts. */
const INSPECTION_KINDS = new Set<string>(['inspection_notice', 'inspection_team_notice', 'inspection_reminder', 'inspection_cancelled']);

export function renderNotification(request: NotificationRequest): RenderedMail {
  const template = TEMPLATES[request.kind];
  const { task, facts } = request;
  const subject = `[Đôn Đốc] ${template.subject(task.code, facts)}: ${task.title}`;
  const todo = typeof template.todo === 'function' ? template.todo(facts) : template.todo;
  const lines: [string, string][] = INSPECTION_KINDS.has(request.kind) ? [
    ['Kế hoạch kiểm tra', task.title],
    ['Trưởng đoàn', task.assigningLeader],
    ['Cơ quan được kiểm tra', task.leadAgency],
    ['Ngày kiểm tra', String(facts.visitDate)],
  ] : [
    ['Nhiệm vụ', `${task.code} — ${task.title}`],
    ['Văn bản chỉ đạo', task.directive],
    ['Lãnh đạo giao', task.assigningLeader],
    ['Cơ quan chủ trì', task.leadAgency],
    ['Thời hạn', deadlineText(facts)],
  ];
  // The directive named a day off: say which day it named and why the deadline is another (Civil Code art. 148(5)).
  if (facts.deadlineWords) lines.push(['Thời hạn theo văn bản', String(facts.deadlineWords)]);
  if (facts.deadlineAsWritten) lines.push(['Thời hạn theo văn bản', `${facts.deadlineAsWritten} (ngày nghỉ; thời hạn chuyển sang ngày làm việc ${facts.deadline})`]);
  if (task.priority !== 'normal') lines.push(['Mức độ', task.priority === 'urgent' ? 'Khẩn' : 'Ưu tiên']);
  // Under a delegation (ủy quyền): who decided for whom, and to whom a notice for an absent leader went instead.
  if (facts.decidedBy) lines.push(['Người quyết định', String(facts.decidedBy)]);
  if (facts.actingFor) lines.push(['Ủy quyền', `Gửi người được ủy quyền thay mặt ${facts.actingFor}`]);
  const greeting = `Kính gửi: ${request.to.map((r) => r.name).join('; ')}`;
  const body = template.body(facts);
  const footer = 'Thư này được gửi tự động từ hệ thống Đôn Đốc; vui lòng không trả lời thư này.';

  const text = [greeting, '', ...body, '', ...lines.map(([k, v]) => `${k}: ${v}`), '', `Việc cần làm: ${todo}`, '', '--', footer].join('\n');
  const html = [
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">',
    `<p>${esc(greeting)}</p>`,
    ...body.map((b) => `<p>${esc(b)}</p>`),
    '<table cellpadding="4" style="border-collapse:collapse">',
    ...lines.map(([k, v]) => `<tr><th align="left" style="padding-right:12px">${esc(k)}</th><td>${esc(v)}</td></tr>`),
    '</table>',
    `<p><strong>Việc cần làm:</strong> ${esc(todo)}</p>`,
    `<hr><p style="color:#666;font-size:12px">${esc(footer)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}

function deadlineText(facts: Facts): string {
  if (facts.deadline === null || facts.deadline === undefined) return 'Không thời hạn';
  const left = facts.workingDaysLeft;
  if (typeof left !== 'number') return String(facts.deadline);
  if (left > 0) return `${facts.deadline} (còn ${left} ngày làm việc)`;
  if (left === 0) return `${facts.deadline} (hạn chót hôm nay)`;
  return `${facts.deadline} (quá hạn ${-left} ngày làm việc)`;
}

function esc(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
