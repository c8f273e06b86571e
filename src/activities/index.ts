// Activities: every side effect of a task workflow. Built by a factory that receives its dependencies.
import { ApplicationFailure, log } from '@temporalio/activity';
import { z } from 'zod';
import type { Database } from '../db/database';
import { recordTaskEvents, type TaskEventBatch } from '../db/event-log';
import { markStarted } from '../db/registrations';
import { preparePeriod, type PreparedPeriod } from '../api/regime-periods';
import { describeUnstorableText, findUnstorableText } from '../domain/text';
import { NotificationRequestSchema, type NotificationRequest } from './notification';
import type { DigestDue } from './digests';
import type { Delivery, Notifier } from './notifier';
import { TaskEventBatchSchema } from './task-event-batch';

export interface ActivityDependencies {
  notifier: Notifier;
  /** The register (PGlite or PostgreSQL), migrated. */
  register: Database;
}

/** Checks an activity's input; a malformed one never becomes valid, so it fails without retries. */
function validated<T>(schema: z.ZodType<T>, input: unknown, type: string, what: string): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw ApplicationFailure.nonRetryable(`invalid ${what}: ${parsed.error.message}`, type);
  return parsed.data;
}

/**
 * Refuses, without retries, an input holding text PostgreSQL can never store (a NUL, a lone surrogate):
 * before any side effect, so no mail goes out whose key then cannot be recorded. The failure names the
 * fields (paths) and never repeats the text, so the workflow can note it in the task's history.
 */
function storable(input: unknown, what: string): void {
  const found = findUnstorableText(input);
  if (found.length === 0) return;
  throw ApplicationFailure.create({
    type: 'UNSTORABLE_TEXT',
    message: `${what} holds text that cannot be stored: ${describeUnstorableText(found)}`,
    details: [{ fields: found }],
    nonRetryable: true,
  });
}

const DigestInputSchema = z.object({ email: z.email(), name: z.string().min(1), day: z.iso.date(), at: z.number().int() });

export function createActivities({ notifier, register }: ActivityDependencies) {
  return {
    /** Appends the task's new history entries to the register's event log and updates its row. */
    async recordTaskEvents(input: TaskEventBatch): Promise<{ inserted: number }> {
      storable(input, 'task event batch');
      validated(TaskEventBatchSchema, input, 'INVALID_EVENT_BATCH', `task event batch for ${input?.taskId}`);
      return recordTaskEvents(register, input); // the schema checks the row's key fields; the row itself goes as the workflow built it
    },
    /** A reporting regime's period at this instant: its report tasks registered once, those not started yet returned to start. */
    async prepareReportPeriod(input: { regimeId: string; at: number }): Promise<PreparedPeriod> {
      const { regimeId, at } = validated(z.object({ regimeId: z.string().min(1).max(64), at: z.number().int() }), input, 'INVALID_REGIME_RUN', 'reporting regime run');
      return preparePeriod(register, regimeId, at);
    },
    /** Records the report tasks whose workflows the regime's run started. */
    async markReportsStarted(input: { taskIds: string[] }): Promise<void> {
      const { taskIds } = validated(z.object({ taskIds: z.array(z.string().min(1)).max(10_000) }), input, 'INVALID_REGIME_RUN', 'started report tasks');
      await markStarted(register, taskIds);
    },
    /** Who takes a digest at this instant (the schedule's intended time), on a working day. */
    async digestsDue(input: { at: number }): Promise<DigestDue> {
      const { at } = validated(z.object({ at: z.number().int() }), input, 'INVALID_DIGEST_INPUT', 'digest run');
      if (!notifier.digests) throw ApplicationFailure.nonRetryable('digests are not configured for this worker', 'DIGESTS_NOT_CONFIGURED');
      return notifier.digests.due(at);
    },
    /** One recipient's digest of the day: sent once; a retry sends what the first attempt took. */
    async sendDigest(input: { email: string; name: string; day: string; at: number }): Promise<Delivery & { notices: number }> {
      const d = validated(DigestInputSchema, input, 'INVALID_DIGEST_INPUT', `digest for ${input?.email}`);
      const delivery = await notifier.deliverDigest({ email: d.email, name: d.name }, d.day, d.at);
      log.info('digest delivered', { key: delivery.key, notices: delivery.notices, ...(delivery.duplicate ? { duplicate: true } : {}) });
      return delivery;
    },
    async sendNotification(input: NotificationRequest): Promise<Delivery> {
      storable(input, 'notification');
      const request = validated(NotificationRequestSchema, input, 'INVALID_NOTIFICATION', `notification ${input?.key}`);
      try {
        const delivery = await notifier.deliver(request);
        log.info('notification delivered', { key: delivery.key, status: delivery.status, ...(delivery.duplicate ? { duplicate: true } : {}) });
        return delivery;
      } catch (error) {
        log.warn('notification delivery failed; will retry', { key: input.key, error: (error as Error).message });
        throw error;
      }
    },
  };
}

export { Notifier, type Delivery } from './notifier';
export { DigestQueue } from './digests';
export { DelegationRouting } from './delegation-routing';
export { DatabaseNotificationStore, FileNotificationStore, type NotificationStore, type StoredNotification } from './notification-store';
export { smtpTransport, type MailTransport, type OutgoingMail } from './mail-transport';
export { renderNotification } from './templates';
