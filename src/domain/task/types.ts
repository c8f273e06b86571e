// The task as the lifecycle sees it: who is involved, its deadline, its state and its history.
// Plain types only; shared by the workflow, the client, the activities and the tests.
import type { CalendarData, LocalDate, Period } from '../calendar';
import type { TaskPolicy } from './policy';

export type Role = 'admin' | 'office' | 'leader' | 'agency_head' | 'agency_officer' | 'system';

/** Who performs an action. Every action carries one. */
export interface Actor {
  id: string;
  name: string;
  role: Role;
  /** The actor's agency, for agency roles. */
  agencyId?: string;
  /** Acting under a delegation (ủy quyền): the person whose power this is ("X thay mặt Y"). */
  onBehalfOf?: { id: string; name: string; role: Role };
}

/** How an actor signs: "Lê Văn X thay mặt Phó Chủ tịch Trần Văn A" under a delegation, else the name. */
export function actorLabel(a: Pick<Actor, 'name' | 'onBehalfOf'>): string {
  return a.onBehalfOf ? `${a.name} thay mặt ${a.onBehalfOf.name}` : a.name;
}

export interface Person {
  id: string;
  name: string;
  email: string;
}

export interface Agency {
  id: string;
  name: string;
  /** The agency's official mailbox (hộp thư công vụ). */
  email: string;
  /** Thủ trưởng: personally accountable, receives the first escalation. */
  head: { name: string; email: string };
}

/** Where the task comes from; reports keep these apart. */
export type TaskSource = 'government' | 'party_committee' | 'peoples_council' | 'peoples_committee' | 'chairman';

export interface Directive {
  /** e.g. "4651/UBND-KSTT" */
  number: string;
  date: LocalDate;
  signer: string;
}

/** A deadline as the directive states it, or none (không thời hạn: an ongoing duty). */
export type DeadlineSpec = Period | { precision: 'none' };

export type Priority = 'normal' | 'high' | 'urgent';

export interface TaskInput {
  taskId: string;
  code: string;
  title: string;
  content: string;
  source: TaskSource;
  directive: Directive;
  assigningLeader: Person;
  /** Top of the escalation ladder; may also decide extensions. */
  chairman: Person;
  /** The office (Văn phòng UBND) mailbox. */
  office: { name: string; email: string };
  leadAgency: Agency; // chủ trì
  coordinatingAgencies: Agency[]; // phối hợp
  deadline: DeadlineSpec;
  /** The deadline's words when they say more than the day they give (a period, "thường xuyên"), kept to show as written. */
  deadlineText?: string;
  /** A periodic report under a reporting regime (chế độ báo cáo định kỳ), for one period. */
  report?: { regimeId: string; period: string };
  priority: Priority;
  policy: TaskPolicy;
  /** The named policy profile `policy` was taken from, when it came from one (shown with the task). */
  policyProfile?: string;
  calendar: CalendarData;
}

export type Phase =
  | 'assigned' // waiting for the lead agency to acknowledge receipt
  | 'in_progress'
  | 'awaiting_review' // chờ xác nhận: completion report with the office
  | 'refused' // từ chối nhiệm vụ: the agency returned it; the office must reassign or insist
  | 'on_hold' // tạm hoãn
  | 'completed'
  | 'withdrawn'; // thu hồi

/** The status kept in the DonDocStatus search attribute and shown on dashboards. */
export type TaskStatus =
  | 'assigned'
  | 'in_progress' // đang thực hiện, trong hạn
  | 'due_soon' // sắp quá hạn
  | 'overdue' // đang thực hiện, quá hạn
  | 'no_deadline' // không thời hạn
  | 'awaiting_review'
  | 'refused'
  | 'on_hold'
  | 'completed_on_time' // hoàn thành đúng hạn
  | 'completed_late' // hoàn thành quá hạn
  | 'withdrawn';

export interface DeadlineInForce {
  /** The day it falls on (the last working day of the stated period); null without a deadline. */
  day: LocalDate | null;
  /** Its instant: the end of that day, local time. */
  at: number | null;
  /** Bumped each time the deadline changes, so reminders and escalations for a new deadline get new keys. */
  version: number;
  /** When this deadline was set: reminder offsets already past then are skipped. */
  setAt: number;
}

export interface ExtensionProposal {
  n: number;
  proposedAt: number;
  by: Actor;
  reason: string;
  plan: string;
  proposedDeadline: LocalDate;
}

export interface CompletionReport {
  n: number;
  submittedAt: number;
  by: Actor;
  summary: string;
  documents: string[];
  /** The deadline in force when it was submitted: on-time or late is judged against this. */
  deadlineAtSubmission: number | null;
}

export interface HistoryEntry {
  seq: number;
  at: number;
  actor: Actor;
  action: string;
  details: Record<string, unknown>;
}

export interface Recipient {
  name: string;
  email: string;
}

export type NotificationKind =
  | 'assigned'
  | 'acknowledgement_reminder'
  | 'reminder'
  | 'report_required'
  | 'escalation'
  | 'overdue_notice'
  | 'extension_proposed'
  | 'extension_reminder'
  | 'extension_escalation'
  | 'extension_decided'
  | 'completion_submitted'
  | 'review_reminder'
  | 'completion_accepted'
  | 'completion_returned'
  | 'refused'
  | 'refusal_reminder'
  | 'insisted'
  | 'reassigned_away'
  | 'withdrawn'
  | 'deadline_amended'
  | 'on_hold'
  | 'resumed'
  | 'progress_report_request'
  // Inspection visits (src/workflows/inspection-workflow.ts): the same delivery, another subject.
  | 'inspection_notice'
  | 'inspection_team_notice'
  | 'inspection_reminder'
  | 'inspection_cancelled';

/** A notification the workflow has decided to send; the activity renders and delivers it. */
export interface PendingNotification {
  /** Unique per task and event; the idempotency key is `${taskId}/${key}`. */
  key: string;
  kind: NotificationKind;
  to: Recipient[];
  cc: Recipient[];
  /** Facts for the template (reason, new deadline, level, …). */
  facts: Record<string, string | number | null>;
  /**
   * When the notice fell due (epoch ms): a timed event's scheduled instant (not the later moment a busy
   * worker fired it), or the instant of the action that caused it. Absent on notices queued before it existed.
   */
  dueAt?: number;
}

export interface TaskState {
  task: Omit<TaskInput, 'policy' | 'calendar' | 'leadAgency' | 'coordinatingAgencies' | 'deadline'> & { deadline: DeadlineSpec };
  leadAgency: Agency;
  coordinatingAgencies: Agency[];
  policy: TaskPolicy;
  calendar: CalendarData;
  phase: Phase;
  /** The phase to return to when a hold ends. */
  phaseBeforeHold: Phase | null;
  assignedAt: number;
  acknowledgedAt: number | null;
  deadline: DeadlineInForce;
  overdue: boolean;
  dueSoon: boolean;
  escalationLevel: number;
  progressPercent: number;
  extension: ExtensionProposal | null;
  completion: CompletionReport | null;
  completedAt: number | null;
  completedOnTime: boolean | null;
  refusal: { n: number; at: number; by: Actor; reason: string } | null;
  hold: { since: number; reason: string } | null;
  /** Timed events before this instant that did not fire (while on hold or under review) are dropped, not sent late. */
  scheduleFloor: number;
  /**
   * Escalation levels missed before the schedule floor (a task registered already overdue, a resume,
   * a calendar correction) still apply at the floor, and levels due together send one notice. Set by
   * the workflow behind a patch; tasks started before it keep the old rule (missed levels dropped).
   */
  backlogEscalation?: boolean;
  /**
   * Entering "due soon" is a history entry (`due_soon_entered`), so the register's row, written with each
   * entry, shows the status when it changes. Set by the workflow behind a patch; older tasks keep the
   * silent transition.
   */
  recordsDueSoon?: boolean;
  /** Counters for keys of repeatable events. */
  counters: { extension: number; completion: number; refusal: number; reassignment: number; hold: number };
  fired: string[];
  history: HistoryEntry[];
  outbox: PendingNotification[];
}
