// Activities: every side effect of a task workflow. Built by a factory that receives its dependencies.
import { ApplicationFailure, log } from '@temporalio/activity';
import type { Database } from '../db/database';
import { recordTaskEvents, type TaskEventBatch } from '../db/event-log';
import { NotificationRequestSchema, type NotificationRequest } from './notification';
import type { Delivery, Notifier } from './notifier';
import { TaskEventBatchSchema } from './task-event-batch';

export interface ActivityDependencies {
  notifier: Notifier;
  /** The register (PGlite or PostgreSQL), migrated. */
  register: Database;
}

export function createActivities({ notifier, register }: ActivityDependencies) {
  return {
    /** Appends the task's new history entries to the register's event log and updates its row. */
    async recordTaskEvents(input: TaskEventBatch): Promise<{ inserted: number }> {
      const parsed = TaskEventBatchSchema.safeParse(input);
      if (!parsed.success) {
        throw ApplicationFailure.nonRetryable(`invalid task event batch for ${input?.taskId}: ${parsed.error.message}`, 'INVALID_EVENT_BATCH');
      }
      return recordTaskEvents(register, input);
    },
    async sendNotification(input: NotificationRequest): Promise<Delivery> {
      const parsed = NotificationRequestSchema.safeParse(input);
      if (!parsed.success) {
        // A malformed request never becomes valid: do not retry it.
        throw ApplicationFailure.nonRetryable(`invalid notification ${input?.key}: ${parsed.error.message}`, 'INVALID_NOTIFICATION');
      }
      try {
        const delivery = await notifier.deliver(parsed.data);
        log.info('notification delivered', { key: delivery.key, status: delivery.status, duplicate: delivery.duplicate });
        return delivery;
      } catch (error) {
        log.warn('notification delivery failed; will retry', { key: input.key, error: (error as Error).message });
        throw error;
      }
    },
  };
}

export { Notifier, type Delivery } from './notifier';
export { FileNotificationStore, type NotificationStore, type StoredNotification } from './notification-store';
export { smtpTransport, type MailTransport, type OutgoingMail } from './mail-transport';
export { renderNotification } from './templates';
