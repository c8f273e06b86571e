// Delivers a notification at most once per idempotency key: a retried activity or a restarted worker
// finds the key recorded and sends nothing. The one window left is a crash after the SMTP server
// accepted the mail and before the key was recorded; the retry then resends it (same Message-ID).
import type { NotificationRequest } from '../workflows/contract';
import type { MailTransport } from './mail-transport';
import type { NotificationStore } from './notification-store';
import { renderNotification } from './templates';

export interface Delivery {
  key: string;
  status: 'sent' | 'stored';
  duplicate: boolean;
}

export class Notifier {
  constructor(
    private readonly store: NotificationStore,
    /** Absent: notifications stay in the store (the outbox). */
    private readonly transport?: MailTransport,
  ) {}

  async deliver(request: NotificationRequest): Promise<Delivery> {
    const earlier = await this.store.get(request.key);
    if (earlier) return { key: request.key, status: earlier.status, duplicate: true };
    const mail = renderNotification(request);
    if (this.transport) await this.transport.send({ key: request.key, to: request.to, cc: request.cc, ...mail, dueAt: request.dueAt });
    const status = this.transport ? 'sent' : 'stored';
    const outcome = await this.store.put({
      key: request.key,
      kind: request.kind,
      taskId: request.task.id,
      to: request.to,
      cc: request.cc,
      ...mail,
      status,
      recordedAt: new Date().toISOString(),
      dueAt: request.dueAt === undefined ? null : new Date(request.dueAt).toISOString(),
    });
    return { key: request.key, status, duplicate: outcome === 'exists' };
  }
}
