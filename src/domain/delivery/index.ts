// Delivery preferences and the daily digest, as pure rules: which notices a recipient gets at once,
// which wait for the digest, and how a digest groups what happened and what is due.
import type { NotificationKind } from '../task/types';

export type DeliveryMode = 'immediate' | 'digest';

export interface DeliveryPreference {
  email: string;
  mode: DeliveryMode;
  /** The hour (0–23, the city's time) of the digest, sent on working days only. */
  digestHour: number;
}

/**
 * Notices that go out at once even to a recipient who takes a digest: the escalation ladder (to a
 * head, the office, a leader, the chairman), an extension raised to the chairman, and the demand for
 * a report when the deadline passes. The administrator may change the list (`PUT /api/settings/delivery`).
 */
export const DEFAULT_ALWAYS_IMMEDIATE: readonly NotificationKind[] = ['escalation', 'extension_escalation', 'report_required'];

/** The sections of a digest, in the order it reads, and which notices fall in each. */
export const DIGEST_SECTIONS = [
  { id: 'new', title: 'Nhiệm vụ mới được giao', kinds: ['assigned', 'reassigned_away', 'insisted'] },
  { id: 'due_soon', title: 'Sắp đến hạn', kinds: ['reminder', 'acknowledgement_reminder', 'progress_report_request'] },
  { id: 'overdue', title: 'Quá hạn', kinds: ['report_required', 'escalation', 'overdue_notice'] },
  { id: 'decisions', title: 'Chờ quyết định, xác nhận', kinds: ['extension_proposed', 'extension_reminder', 'extension_escalation', 'completion_submitted', 'review_reminder', 'refused', 'refusal_reminder'] },
  { id: 'changes', title: 'Thay đổi và kết quả', kinds: ['extension_decided', 'completion_accepted', 'completion_returned', 'withdrawn', 'deadline_amended', 'on_hold', 'resumed'] },
] as const satisfies readonly { id: string; title: string; kinds: readonly NotificationKind[] }[];

export function digestSectionOf(kind: string): (typeof DIGEST_SECTIONS)[number] {
  return DIGEST_SECTIONS.find((s) => (s.kinds as readonly string[]).includes(kind)) ?? DIGEST_SECTIONS[4];
}

/**
 * Splits a notice's recipients: those who get it now, and those whose digest holds it. A notice of an
 * always-immediate kind goes to everyone now.
 */
export function splitRecipients<R extends { email: string }>(
  kind: string,
  recipients: readonly R[],
  preferences: ReadonlyMap<string, DeliveryPreference>,
  alwaysImmediate: readonly string[],
): { now: R[]; digest: R[] } {
  if (alwaysImmediate.includes(kind)) return { now: [...recipients], digest: [] };
  const digest = recipients.filter((r) => preferences.get(r.email.toLowerCase())?.mode === 'digest');
  return { now: recipients.filter((r) => !digest.includes(r)), digest };
}
