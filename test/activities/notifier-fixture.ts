// Re-exports for the notification tests, and the activities outside a worker (they only log through
// the activity context, which MockActivityEnvironment provides).
import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import { createActivities, type Notifier } from '../../src/activities';
import type { Database } from '../../src/db/database';
import type { TaskEventBatch } from '../../src/db/event-log';
import type { NotificationRequest } from '../../src/workflows/contract';

export { FileNotificationStore, Notifier, smtpTransport, type MailTransport } from '../../src/activities';

export function createActivitiesForTest(notifier: Notifier, register: Database) {
  const activities = createActivities({ notifier, register });
  // Quiet: the failures these tests provoke on purpose would otherwise each print a stack trace.
  const env = new MockActivityEnvironment(undefined, { logger: new DefaultLogger('ERROR') });
  return {
    sendNotification: (input: NotificationRequest) => env.run(activities.sendNotification, input),
    recordTaskEvents: (input: TaskEventBatch) => env.run(activities.recordTaskEvents, input),
  };
}
