// A mail transport for tests that records each mail and the simulated instant it went out: the
// server's time when the activity was scheduled (on the time-skipping server, the skipped-to time).
import { activityInfo } from '@temporalio/activity';
import type { MailTransport, OutgoingMail } from '../../src/activities';

export interface SentMail extends OutgoingMail {
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
