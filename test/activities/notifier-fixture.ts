// Re-exports for the notification tests, and the activities outside a worker (they only log through
// the activity context, which MockActivityEnvironment provides).
import { MockActivityEnvironment } from '@temporalio/testing';
import { createActivities, type Notifier } from '../../src/activities';
import type { NotificationRequest } from '../../src/workflows/contract';

export { FileNotificationStore, Notifier, smtpTransport, type MailTransport } from '../../src/activities';

export function createActivitiesForTest(notifier: Notifier) {
  const activities = createActivities({ notifier });
  const env = new MockActivityEnvironment();
  return { sendNotification: (input: NotificationRequest) => env.run(activities.sendNotification, input) };
}
