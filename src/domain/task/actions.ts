// The actions a person can take on a task. Each carries its actor.
import type { CalendarData, LocalDate } from '../calendar';
import type { Actor, Agency } from './types';

export type TaskAction =
  | { type: 'acknowledge'; actor: Actor }
  | { type: 'report_progress'; actor: Actor; note: string; percent?: number }
  | { type: 'submit_completion'; actor: Actor; summary: string; documents: string[] }
  | { type: 'review_completion'; actor: Actor; decision: 'accept' | 'return'; reason?: string }
  | { type: 'propose_extension'; actor: Actor; reason: string; plan: string; proposedDeadline: LocalDate }
  | { type: 'decide_extension'; actor: Actor; decision: 'approve' | 'reject'; newDeadline?: LocalDate; comment?: string }
  | { type: 'withdraw'; actor: Actor; reason: string }
  | { type: 'reassign'; actor: Actor; newLeadAgency: Agency; reason: string }
  | { type: 'amend_deadline'; actor: Actor; newDeadline: LocalDate; reason: string }
  | { type: 'hold'; actor: Actor; reason: string }
  | { type: 'resume'; actor: Actor; newDeadline?: LocalDate; comment?: string }
  | { type: 'refuse'; actor: Actor; reason: string }
  | { type: 'insist'; actor: Actor; comment: string }
  | { type: 'correct_calendar'; actor: Actor; calendar: CalendarData };

export type TaskActionType = TaskAction['type'];
export type ActionOf<T extends TaskActionType> = Extract<TaskAction, { type: T }>;
