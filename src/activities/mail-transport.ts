// Sends a rendered notification over SMTP (nodemailer).
import { createHash } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { Recipient } from '../domain/task';

export interface OutgoingMail {
  key: string;
  to: Recipient[];
  cc: Recipient[];
  subject: string;
  text: string;
  html: string;
  /** When the notice fell due (epoch ms), where known; for logs and tests, not a mail header. */
  dueAt?: number;
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export function smtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  const host = new URL(url).hostname || 'dondoc.local';
  return {
    async send(mail) {
      await transporter.sendMail({
        from,
        to: mail.to.map((r) => ({ name: r.name, address: r.email })),
        cc: mail.cc.map((r) => ({ name: r.name, address: r.email })),
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        // Derived from the idempotency key: a resend in the crash-after-send window carries the same
        // Message-ID, so mail clients and archives can tell it is the same notice.
        messageId: `<${createHash('sha256').update(mail.key).digest('hex').slice(0, 32)}@${host}>`,
      });
    },
    close: () => transporter.close(),
  };
}
