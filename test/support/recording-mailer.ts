// A mailer for tests that records what it was asked to deliver, and when: the server's time at which
// the activity was scheduled, which on the time-skipping server is the simulated instant.
import { activityInfo } from '@temporalio/activity';
import type { Delivery, Mailer, Notification } from '../../src/activities';

export class RecordingMailer implements Mailer {
  readonly delivered: (Notification & { at: number })[] = [];

  constructor(private readonly now: () => number = () => activityInfo().currentAttemptScheduledTimestampMs) {}

  async deliver(notification: Notification): Promise<Delivery> {
    const duplicate = this.delivered.some((d) => d.key === notification.key);
    if (!duplicate) this.delivered.push({ ...notification, at: this.now() });
    return { key: notification.key, deliveredAt: new Date(this.now()).toISOString(), duplicate };
  }
}
