// The shapes of the API's success answers, declared once: the OpenAPI document publishes them (the web
// app's client is generated from it) and the tests check every answer against them.
import { z } from 'zod';
import { FORMULAS } from '../domain/register';
import { USER_ROLES } from './auth';

const instant = z.iso.datetime({ offset: true }).describe('ISO 8601, UTC');
const day = z.iso.date();
const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) }).strict();
const person = z.object({ name: z.string(), email: z.string() }).strict();
const fieldProblem = z.object({ field: z.string(), message: z.string() }).strict();

export const PrincipalOut = z
  .object({
    userId: z.string(), name: z.string(), email: z.string(), role: z.enum(USER_ROLES), agencyId: z.string().nullable(), leaderId: z.string().nullable(),
  })
  .strict();
export const LoginOut = z.object({ token: z.string(), expiresAt: instant, user: PrincipalOut }).strict();
export const OkOut = z.object({ ok: z.literal(true) }).strict();
/** The browser's sign-in: no token (it is in the HttpOnly cookie), the CSRF token to send back instead. */
export const BrowserSessionOut = z.object({ csrfToken: z.string(), expiresAt: instant, user: PrincipalOut }).strict();

export const AgencyOut = z
  .object({
    id: z.string(), name: z.string(), kind: z.string(), parentId: z.string().nullable(), email: z.string(), head: person,
    focal: z.object({ name: z.string(), email: z.string().optional(), phone: z.string().optional() }).strict().nullable(),
    active: z.boolean(),
  })
  .strict();
export const LeaderOut = z
  .object({ id: z.string(), name: z.string(), title: z.string(), email: z.string(), isChairman: z.boolean(), areas: z.array(z.string()), active: z.boolean() })
  .strict();
export const UserOut = z
  .object({ id: z.string(), name: z.string(), email: z.string(), role: z.enum(USER_ROLES), agencyId: z.string().nullable(), leaderId: z.string().nullable(), active: z.boolean() })
  .strict();
export const AgencyList = items(AgencyOut);
export const LeaderList = items(LeaderOut);
export const UserList = items(UserOut);

export const TaskRowOut = z
  .object({
    taskId: z.string(), code: z.string(), title: z.string(), source: z.string(), directiveNumber: z.string(), leadAgencyId: z.string(),
    coordinatingAgencyIds: z.array(z.string()), priority: z.string(), assigningLeaderId: z.string(), status: z.string(),
    overdue: z.boolean(), deadline: day.nullable(), deadlineAt: instant.nullable(),
    deadlineAsWritten: z.string().describe('Thời hạn như văn bản ghi / the deadline as the directive wrote it; `deadline` is the day in force'),
    escalationLevel: z.number().int(), progressPercent: z.number(),
    assignedAt: instant, completedAt: instant.nullable(), completedOnTime: z.boolean().nullable(), withdrawnAt: instant.nullable(), updatedAt: instant,
    nextNotice: z.object({ kind: z.string(), at: instant }).strict().nullable().describe('Thông báo kế tiếp quy trình sẽ gửi / the next notice the workflow will send'),
    kind: z.enum(['task', 'report']).describe('report: báo cáo định kỳ / a periodic report'),
  })
  .strict();
export const TaskPage = z.object({ items: z.array(TaskRowOut), nextCursor: z.string().nullable() }).strict();

const actor = z.object({ id: z.string(), name: z.string(), role: z.string(), agencyId: z.string().optional(), onBehalfOf: z.unknown().optional() }).loose();
const agency = z.object({ id: z.string(), name: z.string(), email: z.string(), head: person }).strict();

/** The live state a workflow reports, every instant as ISO text. */
export const LiveViewOut = z
  .object({
    status: z.string(),
    phase: z.string(),
    deadline: day.nullable(),
    deadlineAt: instant.nullable(),
    overdue: z.boolean(),
    dueSoon: z.boolean(),
    escalationLevel: z.number().int(),
    progressPercent: z.number(),
    acknowledgedAt: instant.nullable(),
    leadAgency: agency,
    coordinatingAgencies: z.array(agency),
    extension: z.object({ n: z.number().int(), proposedAt: instant, by: actor, reason: z.string(), plan: z.string(), proposedDeadline: day }).strict().nullable(),
    completion: z
      .object({ n: z.number().int(), submittedAt: instant, by: actor, summary: z.string(), documents: z.array(z.string()), deadlineAtSubmission: instant.nullable() })
      .strict()
      .nullable(),
    refusal: z.object({ n: z.number().int(), at: instant, by: actor, reason: z.string() }).strict().nullable(),
    hold: z.object({ since: instant, reason: z.string() }).strict().nullable(),
    nextEvent: z.object({ key: z.string(), kind: z.string(), at: instant }).strict().nullable(),
  })
  .strict();

const historyEntry = z
  .object({ seq: z.number().int(), at: instant, actorId: z.string(), actorRole: z.string(), actorName: z.string(), action: z.string(), details: z.record(z.string(), z.unknown()) })
  .strict();
/** A task action's answer: where the task stands after it, and the history entries it added. */
export const ActionOut = LiveViewOut.extend({
  changes: z.array(historyEntry).describe('Các mục lịch sử thao tác này thêm vào / the history entries this action added'),
}).strict();

export const TaskDetailOut = z
  .object({
    task: TaskRowOut.nullable(),
    registration: z
      .object({
        directiveNumber: z.string(), registeredBy: z.string(), registeredAt: instant, startedAt: instant.nullable(), content: z.string(),
        directive: z.object({ number: z.string(), date: day, signer: z.string() }).strict(),
        policyProfile: z.string().nullable().describe('Chế độ đôn đốc nhiệm vụ chạy theo / the policy profile the task runs under'),
        deadlineAsWritten: z.string().describe('Thời hạn như văn bản ghi (ngày, tháng, quý, năm) / the deadline as the directive wrote it'),
      })
      .strict()
      .nullable(),
    live: LiveViewOut.nullable(),
    liveError: z.string().nullable(),
    history: z.array(
      z.object({ seq: z.number().int(), at: instant, actorId: z.string(), actorRole: z.string(), actorName: z.string(), action: z.string(), details: z.record(z.string(), z.unknown()) }).strict(),
    ),
    reports: z.array(
      z
        .object({
          seq: z.number().int(), kind: z.string(), number: z.number().int().nullable(), at: instant, actorId: z.string(), actorName: z.string(),
          percent: z.number().nullable(), text: z.string(), documents: z.array(z.string()).nullable(), outcome: z.string().nullable(),
          outcomeAt: instant.nullable(), outcomeReason: z.string().nullable(),
        })
        .strict(),
    ),
    extensions: z.array(
      z
        .object({
          proposal: z.number().int(), proposedAt: instant, proposedBy: z.string(), reason: z.string(), plan: z.string(), proposedDeadline: day,
          decision: z.string().nullable(), decidedAt: instant.nullable(), decidedBy: z.string().nullable(), newDeadline: day.nullable(), comment: z.string().nullable(),
        })
        .strict(),
    ),
  })
  .strict();

export const NotificationOut = z
  .object({
    key: z.string(), kind: z.string(), taskId: z.string().nullable().describe('null: thư tổng hợp / a digest'), to: z.array(person), cc: z.array(person), subject: z.string(), text: z.string(), html: z.string(),
    status: z.enum(['sent', 'stored', 'queued']).describe('queued: chờ thư tổng hợp của người nhận / held for the recipients\' daily digest'), recordedAt: instant,
    dueAt: instant.nullable().optional().describe('Khi thông báo đến hạn gửi: giờ đã định của nhắc việc, hoặc lúc có thao tác / when the notice was due: a timed notice\'s scheduled instant, or the action\'s instant'),
  })
  .strict();
export const NotificationList = items(NotificationOut);

const eventReason = z
  .object({
    rule: z.string(), day, anchor: z.enum(['deadline', 'assigned', 'submitted', 'proposed', 'refused', 'escalation_end', 'period_end']).nullable(), anchorDay: day.nullable(),
    workingDays: z.number().int().nullable(), direction: z.enum(['before', 'after']).nullable(), level: z.number().int().nullable(), target: z.string().nullable(),
    daysOffSkipped: z.array(z.object({ date: day, name: z.string(), kind: z.string() }).strict()), weekendDaysSkipped: z.number().int(),
  })
  .strict()
  .describe('Vì sao vào ngày đó: quy tắc, số ngày làm việc tính từ đâu, ngày nghỉ bỏ qua / why on that day: rule, working days from what, days off skipped');
/** GET /api/extensions: proposals waiting for a decision, oldest first. */
export const PendingExtensionList = items(
  z
    .object({
      taskId: z.string(), code: z.string(), title: z.string(), leadAgencyId: z.string(), assigningLeaderId: z.string(), deadline: day.nullable(),
      proposal: z.number().int(), proposedAt: instant, proposedBy: z.string(), reason: z.string(), plan: z.string(), proposedDeadline: day,
      decideBy: day.describe('Hạn quyết định (ngày làm việc theo chính sách) / the decision is due by this day'), pastWindow: z.boolean(),
      mine: z.boolean().describe('Nhiệm vụ do chính lãnh đạo này giao / a task this leader assigned'),
      onBehalfOf: z.string().nullable().describe('Quyết định thay mặt ai, theo ủy quyền / whose decision this is, under a delegation'),
    })
    .strict(),
);
/** GET /api/tasks/{id}/timeline: history, notices with their why, pending timed events; oldest first. */
export const TimelineOut = z
  .object({
    live: z.boolean().describe('Đọc được trạng thái trực tiếp (có sự kiện chờ) / the live state answered (pending events listed)'),
    entries: z.array(
      z.discriminatedUnion('type', [
        z.object({ type: z.literal('action'), at: instant, seq: z.number().int(), actorName: z.string(), actorRole: z.string(), action: z.string(), details: z.record(z.string(), z.unknown()) }).strict(),
        z
          .object({
            type: z.literal('notice'), at: instant, key: z.string(), kind: z.string(), dueAt: instant.nullable(), status: z.enum(['sent', 'stored', 'queued']), subject: z.string(),
            to: z.array(person), cc: z.array(person), why: eventReason.nullable(),
          })
          .strict(),
        z.object({ type: z.literal('pending'), at: instant, key: z.string(), kind: z.string(), why: eventReason.nullable() }).strict(),
      ]),
    ),
  })
  .strict();

const directive = z.object({ number: z.string(), date: day, signer: z.string(), source: z.string(), title: z.string() }).strict();
export const RegistrationOut = z
  .object({ directive, tasks: z.array(z.object({ taskId: z.string(), code: z.string(), title: z.string(), started: z.boolean() }).strict()) })
  .strict();
export const DirectiveList = items(directive.extend({ tasks: z.number().int() }));

export const ImportHeadersOut = z
  .object({
    headers: z.array(z.string()).describe('Các ô của dòng tiêu đề / the header row\'s cells'),
    sheets: z.array(z.string()).describe('Các trang tính của tệp Excel / the Excel file\'s worksheets'),
    rows: z.number().int().describe('Số dòng dữ liệu dưới dòng tiêu đề / data rows below the header'),
  })
  .strict();

export const ImportOut = z
  .object({
    dryRun: z.boolean(),
    file: z.string(),
    totals: z.object({ rows: z.number().int(), taken: z.number().int(), wouldTake: z.number().int(), refused: z.number().int() }).strict(),
    rows: z.array(
      z
        .object({
          row: z.number().int(), status: z.enum(['taken', 'would_take', 'refused']), taskId: z.string().optional(), title: z.string().optional(),
          deadline: z.string().optional(), problems: z.array(fieldProblem),
        })
        .strict(),
    ),
  })
  .strict();

const rate = z.number().nullable();
const group = z
  .object({
    key: z.string(), assigned: z.number().int(), completedOnTime: z.number().int(), completedLate: z.number().int(), inProgressOnTime: z.number().int(),
    dueSoon: z.number().int(), overdue: z.number().int(), overdueOver30Days: z.number().int(), overdueOver120Days: z.number().int(), noDeadline: z.number().int(),
    completionRate: rate, onTimeRate: rate, overdueRate: rate, praise: z.boolean(), warning: z.boolean(),
  })
  .strict();
const formulaId = z.enum(Object.keys(FORMULAS) as [keyof typeof FORMULAS, ...(keyof typeof FORMULAS)[]]);
const formulaText = z.object({ completion: z.string(), onTime: z.string(), overdue: z.string() }).strict();
const thresholds = z
  .object({
    praise: z.object({ tasksAbove: z.number(), completionAbove: z.number(), onTimeAbove: z.number(), overdueAtMost: z.number() }).strict(),
    warning: z.object({ completionBelow: z.number(), overdueAbove: z.number() }).strict(),
  })
  .strict();
export const StatisticsOut = z
  .object({
    snapshot: z.number().int().describe('Thời điểm chốt số liệu (ms từ 1970) / the snapshot instant (epoch ms)'),
    formula: formulaId, formulaText, thresholds, groups: z.array(group), total: group,
    groupBy: z.enum(['agency', 'leader', 'source']),
    period: z.object({ from: day.nullable(), to: day.nullable(), snapshot: day }).strict(),
    labels: z.record(z.string(), z.string()),
  })
  .strict();
export const StatisticsSettingsOut = z.object({ formula: formulaId, thresholds }).strict();
export const StatisticsSettingsWithFormulas = StatisticsSettingsOut.extend({ formulas: z.record(z.string(), formulaText) });

export const CalendarCorrectionOut = z.object({ id: z.string(), batchJob: z.string() }).strict();
const correction = z
  .object({
    id: z.string(), reason: z.string(), actorId: z.string(), batchJob: z.string().nullable(), createdAt: instant,
    year: z.number().int().nullable().describe('Năm của một thay đổi đơn lẻ; null khi thay cả lịch / the year of a single change; null for a whole calendar'),
    change: z
      .object({ change: z.enum(['add_day_off', 'remove_day_off', 'add_make_up_day', 'remove_make_up_day']), date: day, kind: z.string().optional(), name: z.string().optional(), source: z.string() })
      .strict()
      .nullable(),
  })
  .strict();
export const CalendarCorrectionList = items(correction);
export const CalendarYearOut = z
  .object({
    year: z.number().int(),
    status: z.enum(['published', 'provisional', 'rule']).describe('published: theo thông báo chính thức; provisional: tạm tính theo Bộ luật Lao động; rule: sinh theo quy tắc / as announced; provisional; generated by rule'),
    provisional: z.boolean(),
    source: z.string(),
    daysOff: z.array(z.object({ date: day, weekday: z.string(), kind: z.enum(['holiday', 'compensatory', 'swapped']), name: z.string(), source: z.string() }).strict()),
    makeUpWorkingDays: z.array(z.object({ date: day, weekday: z.string(), name: z.string(), source: z.string() }).strict()),
    corrections: z.array(correction),
  })
  .strict();
export const AuditList = items(
  z
    .object({
      id: z.number().int(), at: instant, actorId: z.string(), actorRole: z.string(), action: z.string(), targetType: z.string(), targetId: z.string(),
      details: z.record(z.string(), z.unknown()),
    })
    .strict(),
);

const escalationStep = z.object({ afterWorkingDays: z.number().int(), to: z.enum(['agency_head', 'office', 'assigning_leader', 'chairman']) }).strict();
export const PolicyOut = z
  .object({
    reminderOffsets: z.array(z.number().int()), noticeHour: z.number().int(), acknowledgementWorkingDays: z.number().int(), reviewWorkingDays: z.number().int(),
    decisionWorkingDays: z.number().int(), escalation: z.array(escalationStep), overdueNoticeEveryDays: z.number().int(), dueSoonWorkingDays: z.number().int(),
    progressReportEvery: z.enum(['month', 'quarter']), continueAsNewAfterEvents: z.number().int(), dayOffDeadline: z.enum(['next', 'previous']).optional(),
  })
  .strict();
export const PolicyProfileOut = z
  .object({
    id: z.string(), name: z.string(), description: z.string(), policy: PolicyOut,
    sources: z.array(z.string()), priorities: z.array(z.string()), active: z.boolean(),
  })
  .strict();
export const PolicyProfileList = items(PolicyProfileOut);

export const ReportSettingsOut = z
  .object({
    parentBody: z.string(), issuingBody: z.string(), place: z.string(),
    signer: z.object({ authority: z.string(), title: z.string(), name: z.string() }).strict(),
    recipients: z.array(z.string()),
  })
  .strict();
