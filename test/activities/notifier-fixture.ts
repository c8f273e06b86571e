// Re-exports for the notification tests, and the activities outside a worker (they only log through
// the activity context, which MockActivityEnvironment provides).
import { MockActivityEnvironment } from '@temporalio/testing';
import { createActivities, type Notifier } from '../../src/activities';
import type { Database } from '../../src/db/database';
import type { TaskEventBatch } from '../../src/db/event-log';
import type { NotificationRequest } from '../../src/workflows/contract';

export { FileNotificationStore, Notifier, smtpTransport, type MailTransport } from '../../src/activities';

export function createActivitiesForTest(notifier: Notifier, register: Database) {
  const activities = createActivities({ notifier, register });
  const env = new MockActivityEnvironment();
  return {
    sendNotification: (input: NotificationRequest) => env.run(activities.sendNotification, input),
    recordTaskEvents: (input: TaskEventBatch) => env.run(activities.recordTaskEvents, input),
  };
}
