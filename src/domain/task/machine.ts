// The task lifecycle as a plain state machine: Temporal-free, so every rule is unit-testable.
// The workflow feeds it actions (after `check`) and the current time; it records history and queues
// the notifications the workflow then delivers.
import { WorkingCalendar, formatVietnamese, sharedCalendarData, type LocalDate } from '../calendar';
import type { ActionOf, TaskAction } from './actions';
import type { TaskRejection } from './errors';
import type { EscalationTarget } from './policy';
import { isClosed, refusalOf } from './rules';
import { pendingEvents, workingDaysLeft, type TimedEvent } from './schedule';
import { actorLabel, type Actor, type Agency, type NotificationKind, type Recipient, type TaskInput, type TaskState, type TaskStatus } from './types';

export const SYSTEM_ACTOR: Actor = { id: 'system', name: 'Hệ thống Đôn Đốc', role: 'system' };

/**
 * The working calendar of each calendar data object, built once. Every machine holds the shared copy of
 * its calendar data (sharedCalendarData), so the tasks of one registration, and the open task workflows of
 * one worker, count on one working calendar (its years built as they are asked for) instead of one each.
 */
const workingCalendars = new WeakMap<object, WorkingCalendar>();

export class TaskMachine {
  constructor(readonly state: TaskState) {
    state.calendar = sharedCalendarData(state.calendar);
  }

  /** A new task: its deadline resolved on the working calendar, the assignment notice queued. */
  static assign(input: TaskInput, now: number): TaskMachine {
    const { policy, calendar, leadAgency, coordinatingAgencies, ...task } = input;
    const machine = new TaskMachine({
      task,
      leadAgency,
      coordinatingAgencies,
      policy,
      calendar,
      phase: 'assigned',
      phaseBeforeHold: null,
      assignedAt: now,
      acknowledgedAt: null,
      deadline: { day: null, at: null, version: 0, setAt: now },
      overdue: false,
      dueSoon: false,
      escalationLevel: 0,
      progressPercent: 0,
      extension: null,
      completion: null,
      completedAt: null,
      completedOnTime: null,
      refusal: null,
      hold: null,
      scheduleFloor: now,
      counters: { extension: 0, completion: 0, refusal: 0, reassignment: 0, hold: 0 },
      fired: [],
      history: [],
      outbox: [],
    });
    const day = machine.originalDeadlineDay();
    machine.state.deadline = { day, at: day === null ? null : machine.calendar.endOfDay(day), version: 0, setAt: now };
    machine.record(now, SYSTEM_ACTOR, 'assigned', { deadline: day, leadAgency: leadAgency.id });
    machine.notify('assigned/0', 'assigned', [agencyMailbox(leadAgency), ...coordinatingAgencies.map(agencyMailbox)], [agencyHead(leadAgency)], now);
    return machine;
  }

  get calendar(): WorkingCalendar {
    let calendar = workingCalendars.get(this.state.calendar);
    if (!calendar) workingCalendars.set(this.state.calendar, (calendar = new WorkingCalendar(this.state.calendar)));
    return calendar;
  }

  get closed(): boolean {
    return isClosed(this.state.phase);
  }

  status(): TaskStatus {
    const s = this.state;
    switch (s.phase) {
      case 'completed':
        return s.completedOnTime ? 'completed_on_time' : 'completed_late';
      case 'withdrawn':
      case 'on_hold':
      case 'refused':
      case 'awaiting_review':
        return s.phase;
      default:
        if (s.deadline.day === null) return 'no_deadline';
        if (s.overdue) return 'overdue';
        if (s.dueSoon) return 'due_soon';
        return s.phase === 'assigned' ? 'assigned' : 'in_progress';
    }
  }

  // ---- timed events ----

  nextEvent(): TimedEvent | undefined {
    return pendingEvents(this.state, this.calendar)[0];
  }

  /** The next timed event that sends a notice (entering "due soon" sends none): "Việc của tôi" shows it. */
  nextNotice(): TimedEvent | undefined {
    return pendingEvents(this.state, this.calendar).find((e) => e.kind !== 'due_soon');
  }

  /**
   * Fires every event due at `now`, in order. With backlog escalation, escalation levels due together
   * (a task registered months late) climb straight to the highest: one notice, naming the levels passed over.
   */
  fireDue(now: number): TimedEvent[] {
    const fired: TimedEvent[] = [];
    const passedOver: number[] = [];
    for (let event = this.nextEvent(); event && event.at <= now; event = this.nextEvent()) {
      this.state.fired.push(event.key);
      fired.push(event);
      if (event.kind === 'escalation' && this.state.backlogEscalation) {
        const higher = pendingEvents(this.state, this.calendar).some((e) => e.kind === 'escalation' && e.at <= now && e.n! > event.n!);
        if (higher) {
          passedOver.push(event.n!);
          continue;
        }
      }
      this.fire(event, now, event.kind === 'escalation' ? passedOver.splice(0) : []);
    }
    return fired;
  }

  private fire(event: TimedEvent, now: number, passedOver: number[]): void {
    const s = this.state;
    const lead = agencyMailbox(s.leadAgency);
    const head = agencyHead(s.leadAgency);
    const office = s.task.office;
    switch (event.kind) {
      case 'acknowledgement_reminder':
        this.record(now, SYSTEM_ACTOR, 'acknowledgement_reminder_sent', {});
        return this.notify(event.key, 'acknowledgement_reminder', [head], [lead], now, {}, event.at);
      case 'reminder':
        this.record(now, SYSTEM_ACTOR, 'reminder_sent', { workingDaysBefore: event.n });
        return this.notify(event.key, 'reminder', [lead], [], now, {}, event.at);
      case 'due_soon':
        s.dueSoon = true;
        if (s.recordsDueSoon) this.record(now, SYSTEM_ACTOR, 'due_soon_entered', { deadline: s.deadline.day });
        return;
      case 'deadline':
        s.overdue = true;
        s.dueSoon = false;
        this.record(now, SYSTEM_ACTOR, 'deadline_passed', { deadline: s.deadline.day });
        return this.notify(event.key, 'report_required', [lead], [head], now, {}, event.at);
      case 'escalation': {
        const step = s.policy.escalation[event.n! - 1]!;
        s.escalationLevel = event.n!;
        const late = passedOver.length ? this.overdueWorkingDays(now) : 0;
        this.record(now, SYSTEM_ACTOR, 'escalated', { level: event.n, to: step.to, ...(passedOver.length ? { skippedLevels: passedOver, overdueWorkingDays: late } : {}) });
        const [to, cc] = this.escalationRecipients(step.to);
        const facts: Record<string, string | number> = { level: event.n!, target: step.to };
        if (passedOver.length) Object.assign(facts, { skippedLevels: passedOver.join(', '), overdueWorkingDays: late });
        return this.notify(event.key, 'escalation', to, cc, now, facts, event.at);
      }
      case 'overdue_notice':
        this.record(now, SYSTEM_ACTOR, 'overdue_notice_sent', { notice: event.n });
        return this.notify(event.key, 'overdue_notice', [lead, head], [office], now, { notice: event.n! }, event.at);
      case 'extension_reminder':
        this.record(now, SYSTEM_ACTOR, 'extension_reminder_sent', { proposal: s.extension?.n });
        return this.notify(event.key, 'extension_reminder', [person(s.task.assigningLeader)], [office], now, this.extensionFacts(), event.at);
      case 'extension_escalation':
        this.record(now, SYSTEM_ACTOR, 'extension_escalated', { proposal: s.extension?.n });
        return this.notify(event.key, 'extension_escalation', [person(s.task.chairman)], [person(s.task.assigningLeader), office], now, this.extensionFacts(), event.at);
      case 'review_reminder':
        this.record(now, SYSTEM_ACTOR, 'review_reminder_sent', { report: s.completion?.n });
        return this.notify(event.key, 'review_reminder', [office], [], now, {}, event.at);
      case 'refusal_reminder':
        this.record(now, SYSTEM_ACTOR, 'refusal_reminder_sent', { refusal: s.refusal?.n });
        return this.notify(event.key, 'refusal_reminder', [office], [], now, { reason: s.refusal?.reason ?? null }, event.at);
      case 'progress_report_request':
        this.record(now, SYSTEM_ACTOR, 'progress_report_requested', { period: event.key.split('/')[1] });
        return this.notify(event.key, 'progress_report_request', [lead], [], now, { period: event.key.split('/')[1]! }, event.at);
    }
  }

  /** Working days from the deadline day to `now`'s day: how late an open task is. */
  private overdueWorkingDays(now: number): number {
    const day = this.state.deadline.day;
    return day === null ? 0 : Math.max(0, this.calendar.workingDaysBetween(day, this.calendar.localDateOf(now)));
  }

  // ---- actions ----

  /** Why `action` would be refused at `now`, or null when it is allowed. Changes nothing. */
  check(action: TaskAction, now: number): TaskRejection | null {
    return refusalOf(this.state, this.calendar, action, now);
  }

  /** Applies an allowed action; throws if `check` refuses it (callers validate first). */
  apply(action: TaskAction, now: number): void {
    const refused = this.check(action, now);
    if (refused) throw new Error(refused.message);
    const handlers: { [T in TaskAction['type']]: (a: ActionOf<T>, now: number) => void } = {
      acknowledge: (a, t) => this.acknowledge(a, t),
      report_progress: (a, t) => this.reportProgress(a, t),
      submit_completion: (a, t) => this.submitCompletion(a, t),
      review_completion: (a, t) => this.reviewCompletion(a, t),
      propose_extension: (a, t) => this.proposeExtension(a, t),
      decide_extension: (a, t) => this.decideExtension(a, t),
      withdraw: (a, t) => this.withdraw(a, t),
      reassign: (a, t) => this.reassign(a, t),
      amend_deadline: (a, t) => this.amendDeadline(a, t),
      hold: (a, t) => this.hold(a, t),
      resume: (a, t) => this.resume(a, t),
      refuse: (a, t) => this.refuse(a, t),
      insist: (a, t) => this.insist(a, t),
      correct_calendar: (a, t) => this.correctCalendar(a, t),
    };
    (handlers[action.type] as (a: TaskAction, now: number) => void)(action, now);
  }

  private acknowledge(a: ActionOf<'acknowledge'>, now: number): void {
    this.startWork(now);
    this.record(now, a.actor, 'acknowledged', {});
  }

  private reportProgress(a: ActionOf<'report_progress'>, now: number): void {
    if (a.percent !== undefined) this.state.progressPercent = a.percent;
    if (a.actor.agencyId === this.state.leadAgency.id) this.startWork(now);
    this.record(now, a.actor, 'progress_reported', { percent: a.percent ?? null, note: a.note.trim() });
  }

  private submitCompletion(a: ActionOf<'submit_completion'>, now: number): void {
    const s = this.state;
    this.startWork(now);
    const n = ++s.counters.completion;
    s.completion = { n, submittedAt: now, by: a.actor, summary: a.summary.trim(), documents: a.documents, deadlineAtSubmission: s.deadline.at };
    s.phase = 'awaiting_review';
    this.record(now, a.actor, 'completion_submitted', { report: n, summary: s.completion.summary, documents: a.documents });
    this.notify(`completion/${n}/submitted`, 'completion_submitted', [s.task.office], [], now, { summary: s.completion.summary, documents: a.documents.join('; ') });
  }

  private reviewCompletion(a: ActionOf<'review_completion'>, now: number): void {
    const s = this.state;
    const report = s.completion!;
    if (a.decision === 'accept') {
      s.phase = 'completed';
      s.completedAt = now;
      s.completedOnTime = report.deadlineAtSubmission === null || report.submittedAt <= report.deadlineAtSubmission;
      s.progressPercent = 100;
      s.dueSoon = false;
      this.record(now, a.actor, 'completion_accepted', { report: report.n, onTime: s.completedOnTime });
      this.notify(`completion/${report.n}/accepted`, 'completion_accepted', [agencyMailbox(s.leadAgency)], [person(s.task.assigningLeader)], now, {
        onTime: s.completedOnTime ? 'đúng hạn' : 'quá hạn', ...delegated(a.actor),
      });
    } else {
      s.phase = 'in_progress';
      s.completion = null;
      s.scheduleFloor = now; // notices that fell due during the review are not sent late
      this.record(now, a.actor, 'completion_returned', { report: report.n, reason: a.reason!.trim() });
      this.notify(`completion/${report.n}/returned`, 'completion_returned', [agencyMailbox(s.leadAgency)], [agencyHead(s.leadAgency)], now, { reason: a.reason!.trim(), ...delegated(a.actor) });
    }
  }

  private proposeExtension(a: ActionOf<'propose_extension'>, now: number): void {
    const s = this.state;
    this.startWork(now);
    const n = ++s.counters.extension;
    s.extension = { n, proposedAt: now, by: a.actor, reason: a.reason.trim(), plan: a.plan.trim(), proposedDeadline: a.proposedDeadline };
    this.record(now, a.actor, 'extension_proposed', { proposal: n, reason: s.extension.reason, plan: s.extension.plan, proposedDeadline: a.proposedDeadline });
    this.notify(`extension/${n}/proposed`, 'extension_proposed', [person(s.task.assigningLeader)], [s.task.office], now, this.extensionFacts());
  }

  private decideExtension(a: ActionOf<'decide_extension'>, now: number): void {
    const s = this.state;
    const proposal = s.extension!;
    const facts = this.extensionFacts();
    s.extension = null;
    if (a.decision === 'approve') {
      const day = a.newDeadline ?? proposal.proposedDeadline;
      this.setDeadline(day, now);
      this.record(now, a.actor, 'extension_approved', { proposal: proposal.n, newDeadline: day, comment: a.comment?.trim() ?? null });
      this.notify(`extension/${proposal.n}/decided`, 'extension_decided', [agencyMailbox(s.leadAgency)], [s.task.office], now, {
        ...facts, decision: 'approve', newDeadline: formatVietnamese(day), comment: a.comment?.trim() ?? null, ...delegated(a.actor),
      });
    } else {
      this.record(now, a.actor, 'extension_rejected', { proposal: proposal.n, comment: a.comment!.trim() });
      this.notify(`extension/${proposal.n}/decided`, 'extension_decided', [agencyMailbox(s.leadAgency)], [s.task.office], now, {
        ...facts, decision: 'reject', comment: a.comment!.trim(), ...delegated(a.actor),
      });
    }
  }

  private withdraw(a: ActionOf<'withdraw'>, now: number): void {
    const s = this.state;
    s.phase = 'withdrawn';
    s.extension = null;
    this.record(now, a.actor, 'withdrawn', { reason: a.reason.trim() });
    this.notify('withdrawn', 'withdrawn', [agencyMailbox(s.leadAgency), ...s.coordinatingAgencies.map(agencyMailbox)], [], now, { reason: a.reason.trim() });
  }

  private reassign(a: ActionOf<'reassign'>, now: number): void {
    const s = this.state;
    const previous = s.leadAgency;
    const r = ++s.counters.reassignment;
    s.leadAgency = a.newLeadAgency;
    s.coordinatingAgencies = s.coordinatingAgencies.filter((c) => c.id !== a.newLeadAgency.id);
    s.phase = s.phase === 'on_hold' ? 'on_hold' : 'assigned';
    if (s.phaseBeforeHold) s.phaseBeforeHold = 'assigned';
    s.assignedAt = now; // the acknowledgement window runs from now, for the new agency
    s.acknowledgedAt = null;
    s.refusal = null;
    s.completion = null;
    if (s.extension) this.record(now, a.actor, 'extension_dropped', { proposal: s.extension.n, why: 'reassigned' });
    s.extension = null;
    this.record(now, a.actor, 'reassigned', { from: previous.id, to: a.newLeadAgency.id, reason: a.reason.trim() });
    this.notify(`reassigned/${r}/away`, 'reassigned_away', [agencyMailbox(previous)], [], now, { reason: a.reason.trim(), newAgency: a.newLeadAgency.name });
    this.notify(`assigned/${r}`, 'assigned', [agencyMailbox(a.newLeadAgency)], [agencyHead(a.newLeadAgency)], now);
  }

  private amendDeadline(a: ActionOf<'amend_deadline'>, now: number): void {
    const previous = this.state.deadline.day;
    this.setDeadline(a.newDeadline, now);
    this.record(now, a.actor, 'deadline_amended', { from: previous, to: a.newDeadline, reason: a.reason.trim() });
    this.notify(`deadline/${this.state.deadline.version}/amended`, 'deadline_amended', [agencyMailbox(this.state.leadAgency)], [], now, {
      reason: a.reason.trim(), previousDeadline: previous ? formatVietnamese(previous) : null,
    });
  }

  private hold(a: ActionOf<'hold'>, now: number): void {
    const s = this.state;
    const n = ++s.counters.hold;
    s.phaseBeforeHold = s.phase;
    s.phase = 'on_hold';
    s.hold = { since: now, reason: a.reason.trim() };
    this.record(now, a.actor, 'put_on_hold', { reason: s.hold.reason });
    this.notify(`hold/${n}`, 'on_hold', [agencyMailbox(s.leadAgency)], [], now, { reason: s.hold.reason });
  }

  private resume(a: ActionOf<'resume'>, now: number): void {
    const s = this.state;
    const cal = this.calendar;
    const hold = s.hold!;
    // The clock stopped: the deadline moves by the working days spent on hold, unless the office sets one.
    const heldWorkingDays = cal.workingDaysBetween(cal.localDateOf(hold.since), cal.localDateOf(now));
    let newDeadline: LocalDate | null = a.newDeadline ?? null;
    if (!newDeadline && s.deadline.day !== null && heldWorkingDays > 0) newDeadline = cal.addWorkingDays(s.deadline.day, heldWorkingDays);
    s.phase = s.phaseBeforeHold ?? 'in_progress';
    s.phaseBeforeHold = null;
    s.hold = null;
    s.scheduleFloor = now;
    if (newDeadline) this.setDeadline(newDeadline, now);
    this.record(now, a.actor, 'resumed', { heldWorkingDays, newDeadline, comment: a.comment?.trim() ?? null });
    this.notify(`hold/${s.counters.hold}/resumed`, 'resumed', [agencyMailbox(s.leadAgency)], [], now, {
      newDeadline: s.deadline.day ? formatVietnamese(s.deadline.day) : null, heldWorkingDays,
    });
  }

  private refuse(a: ActionOf<'refuse'>, now: number): void {
    const s = this.state;
    const n = ++s.counters.refusal;
    s.refusal = { n, at: now, by: a.actor, reason: a.reason.trim() };
    s.phase = 'refused';
    this.record(now, a.actor, 'refused', { reason: s.refusal.reason });
    this.notify(`refusal/${n}`, 'refused', [s.task.office], [], now, { reason: s.refusal.reason });
  }

  private insist(a: ActionOf<'insist'>, now: number): void {
    const s = this.state;
    const n = s.refusal!.n;
    s.refusal = null;
    s.phase = 'in_progress';
    s.acknowledgedAt ??= now;
    this.record(now, a.actor, 'insisted', { comment: a.comment.trim() });
    this.notify(`refusal/${n}/insisted`, 'insisted', [agencyMailbox(s.leadAgency)], [agencyHead(s.leadAgency)], now, { comment: a.comment.trim() });
  }

  private correctCalendar(a: ActionOf<'correct_calendar'>, now: number): void {
    const s = this.state;
    s.calendar = sharedCalendarData(a.calendar);
    // A deadline still as the directive stated it follows the corrected calendar (e.g. "trong tháng 3"
    // lands on another last working day); one set since by a person stays where it was set.
    if (s.deadline.version === 0) {
      const day = this.originalDeadlineDay();
      if (day !== s.deadline.day) s.deadline = { ...s.deadline, day, at: day === null ? null : this.calendar.endOfDay(day) };
    }
    this.record(now, a.actor, 'calendar_corrected', { deadline: s.deadline.day });
  }

  // ---- helpers ----

  private startWork(now: number): void {
    if (this.state.phase === 'assigned') {
      this.state.phase = 'in_progress';
      this.state.acknowledgedAt = now;
    }
  }

  private setDeadline(day: LocalDate, now: number): void {
    const s = this.state;
    s.deadline = { day, at: this.calendar.endOfDay(day), version: s.deadline.version + 1, setAt: now };
    s.overdue = s.deadline.at! < now;
    s.dueSoon = false;
    s.escalationLevel = 0;
  }

  /**
   * While the deadline in force is still the directive's own: the words it was written in, when they say
   * more than the day (a period: "trong 05 ngày làm việc kể từ ngày ký"), or the day it named, when that
   * day was moved off a day off.
   */
  private deadlineAsWritten(): { deadlineAsWritten: string } | { deadlineWords: string } | Record<string, never> {
    const { task, deadline } = this.state;
    if (deadline.version !== 0) return {};
    if (task.deadlineText) return { deadlineWords: task.deadlineText };
    const written = task.deadline.precision === 'day' ? task.deadline.date : null;
    return written && deadline.day !== null && deadline.day !== written ? { deadlineAsWritten: formatVietnamese(written) } : {};
  }

  private originalDeadlineDay(): LocalDate | null {
    const spec = this.state.task.deadline;
    return spec.precision === 'none' ? null : this.calendar.deadlineDayOf(spec, this.state.policy.dayOffDeadline ?? 'previous');
  }

  private escalationRecipients(target: EscalationTarget): [Recipient[], Recipient[]] {
    const s = this.state;
    const lead = agencyMailbox(s.leadAgency);
    switch (target) {
      case 'agency_head':
        return [[agencyHead(s.leadAgency)], [lead]];
      case 'office':
        return [[s.task.office], [agencyHead(s.leadAgency)]];
      case 'assigning_leader':
        return [[person(s.task.assigningLeader)], [s.task.office, agencyHead(s.leadAgency)]];
      case 'chairman':
        return [[person(s.task.chairman)], [person(s.task.assigningLeader), s.task.office, agencyHead(s.leadAgency)]];
    }
  }

  private extensionFacts(): Record<string, string | number | null> {
    const e = this.state.extension;
    return e ? { reason: e.reason, plan: e.plan, proposedDeadline: formatVietnamese(e.proposedDeadline), proposedBy: e.by.name } : {};
  }

  /** Appends an entry to the task's history (the workflow uses it for a notification that failed for good). */
  record(at: number, actor: Actor, action: string, details: Record<string, unknown>): void {
    this.state.history.push({ seq: this.state.history.length + 1, at, actor, action, details });
  }

  /** Queues a notice; `dueAt` is a timed event's scheduled instant, or, for a notice an action causes, `now`. */
  private notify(
    key: string,
    kind: NotificationKind,
    to: Recipient[],
    cc: Recipient[],
    now: number,
    facts: Record<string, string | number | null> = {},
    dueAt: number = now,
  ): void {
    const s = this.state;
    const left = workingDaysLeft(s, this.calendar, now);
    this.state.outbox.push({
      key,
      kind,
      to: unique(to),
      cc: unique(cc).filter((c) => !to.some((t) => t.email === c.email)),
      facts: { deadline: s.deadline.day ? formatVietnamese(s.deadline.day) : null, workingDaysLeft: left, ...this.deadlineAsWritten(), ...facts },
      dueAt,
    });
  }
}

function agencyMailbox(agency: Agency): Recipient {
  return { name: agency.name, email: agency.email };
}

function agencyHead(agency: Agency): Recipient {
  return { name: `${agency.head.name} (${agency.name})`, email: agency.head.email };
}

function person(p: { name: string; email: string }): Recipient {
  return { name: p.name, email: p.email };
}

function unique(recipients: Recipient[]): Recipient[] {
  return recipients.filter((r, i) => recipients.findIndex((x) => x.email === r.email) === i);
}

/** A decision taken under a delegation names both people in its notice ("Lê Văn X thay mặt Phó Chủ tịch Trần Văn A"). */
function delegated(actor: Actor): { decidedBy: string } | Record<string, never> {
  return actor.onBehalfOf ? { decidedBy: actorLabel(actor) } : {};
}
