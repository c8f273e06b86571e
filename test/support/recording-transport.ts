// A mail transport for tests that records each mail with the instant it fell due (the notice's own
// `dueAt`, set by the workflow) and the instant it went out: the server's time when the activity was
// scheduled, which on a busy machine runs a second or more behind the skipped-to time. Assert on `dueAt`.
import { activityInfo } from '@temporalio/activity';
import type { MailTransport, OutgoingMail } from '../../src/activities';

export interface SentMail extends OutgoingMail {
  /** When it went out (simulated time on the time-skipping server): for ordering, not for exact instants. */
  at: number;
}

export class RecordingTransport implements MailTransport {
  readonly sent: SentMail[] = [];
  /** Makes the next `failures` sends throw, as an SMTP server that is down would. */
  failures = 0;

  constructor(private readonly now: () => number = () => activityInfo().currentAttemptScheduledTimestampMs) {}

  async send(mail: OutgoingMail): Promise<void> {
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error('421 service not available (simulated)');
    }
    this.sent.push({ ...mail, at: this.now() });
  }

  close(): void {}
}
