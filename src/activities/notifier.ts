// Delivers a notification at most once per idempotency key: a retried activity or a restarted worker
// finds the key recorded and sends nothing. The one window left is a crash after the SMTP server
// accepted the mail and before the key was recorded; the retry then resends it (same Message-ID).
// Recipients who take a daily digest get the notice in it instead (DigestQueue), never both.
import type { NotificationRequest } from '../workflows/contract';
import type { DelegationRouting } from './delegation-routing';
import { digestKey, type DigestQueue } from './digests';
import type { MailTransport } from './mail-transport';
import type { NotificationStore } from './notification-store';
import { renderNotification } from './templates';

export interface Delivery {
  key: string;
  /** 'queued': every recipient takes it in a digest. */
  status: 'sent' | 'stored' | 'queued';
  duplicate: boolean;
}

export class Notifier {
  constructor(
    private readonly store: NotificationStore,
    /** Absent: notifications stay in the store (the outbox). */
    private readonly transport?: MailTransport,
    /** Absent: every notice goes to every recipient at once. */
    readonly digests?: DigestQueue,
    /** Absent: notices go to their addressees, delegation or not. */
    private readonly routing?: DelegationRouting,
    private readonly now: () => number = Date.now,
  ) {}

  async deliver(original: NotificationRequest): Promise<Delivery> {
    const earlier = await this.store.get(original.key);
    if (earlier) return { key: original.key, status: earlier.status, duplicate: true };
    const request = this.routing ? await this.routing.route(original, this.now()) : original;
    const mail = renderNotification(request);
    let { to, cc } = request;
    if (this.digests) {
      const line = mail.subject.slice('[Đôn Đốc] '.length, mail.subject.length - `: ${request.task.title}`.length);
      ({ to, cc } = await this.digests.hold(request, line, this.now()));
    }
    if (to.length === 0) [to, cc] = [cc, []]; // those who take it now, when all the addressees wait for their digest
    const sendNow = to.length > 0;
    if (sendNow && this.transport) await this.transport.send({ key: request.key, to, cc, ...mail, dueAt: request.dueAt });
    const status = !sendNow ? 'queued' : this.transport ? 'sent' : 'stored';
    const outcome = await this.store.put({
      key: request.key,
      kind: request.kind,
      taskId: request.task.id,
      // The outbox shows who got it now; a notice held for everyone's digest shows its addressees.
      to: sendNow ? to : request.to,
      cc: sendNow ? cc : request.cc,
      ...mail,
      status,
      recordedAt: new Date(this.now()).toISOString(),
      dueAt: request.dueAt === undefined ? null : new Date(request.dueAt).toISOString(),
    });
    return { key: request.key, status, duplicate: outcome === 'exists' };
  }

  /**
   * Sends one recipient's digest of `day`, due at `at` (the schedule's intended instant): the notices
   * held for them before it. Once per recipient and day; a retry sends the notices the first attempt
   * claimed, and nothing when the digest was recorded.
   */
  async deliverDigest(recipient: { email: string; name: string }, day: string, at: number): Promise<Delivery & { notices: number }> {
    if (!this.digests) throw new Error('digests are not configured for this notifier');
    const key = digestKey(recipient.email, day);
    const earlier = await this.store.get(key);
    if (earlier) return { key, status: earlier.status, duplicate: true, notices: 0 };
    const items = await this.digests.claim(recipient.email, key, at);
    if (items.length === 0) return { key, status: 'stored', duplicate: false, notices: 0 };
    const to = [{ name: recipient.name, email: recipient.email }];
    const mail = this.digests.render(to[0]!, day, items);
    if (this.transport) await this.transport.send({ key, to, cc: [], ...mail, dueAt: at });
    const status = this.transport ? 'sent' : 'stored';
    const outcome = await this.store.put({
      key, kind: 'digest', taskId: null, to, cc: [], ...mail, status, recordedAt: new Date(this.now()).toISOString(), dueAt: new Date(at).toISOString(),
    });
    return { key, status, duplicate: outcome === 'exists', notices: items.length };
  }
}
