// The daily digest: notices held for the recipients who take one, and the one mail a day, at their
// hour on working days, that groups them (new tasks, due soon, overdue, decisions waiting, changes)
// with a link to each task's page. A notice is held or sent, never both; a digest is sent once per
// recipient and day (its key), and a retry after a crash sends the same notices, none dropped.
import { currentCalendar } from '../db/current-calendar';
import type { Queryable } from '../db/database';
import { readSetting } from '../db/settings';
import { claimDigestItems, digestRecipientsDue, preferencesFor, queueDigestItems, type DigestItem } from '../db/digests';
import { WorkingCalendar, formatVietnamese, type LocalDate } from '../domain/calendar';
import { DEFAULT_ALWAYS_IMMEDIATE, DIGEST_SECTIONS, digestSectionOf, splitRecipients } from '../domain/delivery';
import type { Recipient } from '../domain/task';
import type { NotificationRequest } from '../workflows/contract';

/** The administrator's delivery settings: which kinds always go out at once. */
export async function deliverySettings(db: Queryable): Promise<{ alwaysImmediate: string[] }> {
  return (await readSetting<{ alwaysImmediate: string[] }>(db, 'delivery')) ?? { alwaysImmediate: [...DEFAULT_ALWAYS_IMMEDIATE] };
}

export interface DigestDue {
  /** The digest's day (the city's calendar) and hour. */
  day: LocalDate;
  hour: number;
  workingDay: boolean;
  recipients: { email: string; name: string }[];
}

export class DigestQueue {
  constructor(
    private readonly db: Queryable,
    /** The web app's address, for the links to task pages. */
    private readonly appUrl: string,
  ) {}

  /**
   * Holds the notice for the recipients who take a digest (unless its kind always goes at once) and
   * answers who gets it now. Holding twice (a retried activity) holds it once.
   */
  async hold(request: NotificationRequest, subject: string, now: number): Promise<{ to: Recipient[]; cc: Recipient[]; held: number }> {
    const everyone = [...request.to, ...request.cc];
    const preferences = await preferencesFor(this.db, everyone.map((r) => r.email));
    if (preferences.size === 0) return { to: request.to, cc: request.cc, held: 0 };
    const { alwaysImmediate } = await deliverySettings(this.db);
    const to = splitRecipients(request.kind, request.to, preferences, alwaysImmediate);
    const cc = splitRecipients(request.kind, request.cc, preferences, alwaysImmediate);
    const held = [...new Map([...to.digest, ...cc.digest].map((r) => [r.email.toLowerCase(), r])).values()];
    const queuedAt = new Date(request.dueAt ?? now).toISOString(); // when it fell due: the digest of that day's hour takes it
    await queueDigestItems(this.db, held.map((r) => ({
      noticeKey: request.key, email: r.email, name: r.name, kind: request.kind, taskId: request.task.id, taskCode: request.task.code, taskTitle: request.task.title,
      subject, queuedAt,
    })));
    return { to: to.now, cc: cc.now, held: held.length };
  }

  /** Who gets a digest at this instant (the schedule's intended time): none on a day off. */
  async due(at: number): Promise<DigestDue> {
    const calendar = new WorkingCalendar(await currentCalendar(this.db));
    const day = calendar.localDateOf(at);
    const hour = Math.floor((at - calendar.instantAt(day, 0)) / 3_600_000);
    const workingDay = calendar.isWorkingDay(day);
    return { day, hour, workingDay, recipients: workingDay ? await digestRecipientsDue(this.db, hour, new Date(at).toISOString()) : [] };
  }

  /** The digest's notices: claimed under its key (again, on a retry), oldest first. */
  claim(email: string, key: string, cutoff: number): Promise<DigestItem[]> {
    return claimDigestItems(this.db, email, key, new Date(cutoff).toISOString());
  }

  render(to: Recipient, day: LocalDate, items: readonly DigestItem[]): { subject: string; text: string; html: string } {
    const link = (i: DigestItem) => `${this.appUrl}/tasks/${encodeURIComponent(i.taskId)}`;
    const sections = DIGEST_SECTIONS.map((s) => ({ title: s.title, items: items.filter((i) => digestSectionOf(i.kind).id === s.id) })).filter((s) => s.items.length);
    const subject = `[Đôn Đốc] Tổng hợp ngày ${formatVietnamese(day)}: ${items.length} thông báo`;
    const greeting = `Kính gửi: ${to.name}`;
    const intro = `Trong ngày có ${items.length} thông báo về nhiệm vụ của quý cơ quan, tổng hợp dưới đây thay cho từng thư riêng lẻ.`;
    const footer = 'Thư này được gửi tự động từ hệ thống Đôn Đốc; thay đổi cách nhận thư trong mục Cài đặt nhận thông báo.';
    const text = [
      greeting, '', intro, '',
      ...sections.flatMap((s) => [`${s.title} (${s.items.length})`, ...s.items.map((i) => `- ${i.subject}: ${i.taskTitle} — ${link(i)}`), '']),
      '--', footer,
    ].join('\n');
    const esc = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    const html = [
      '<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">',
      `<p>${esc(greeting)}</p>`, `<p>${esc(intro)}</p>`,
      ...sections.flatMap((s) => [
        `<h3>${esc(s.title)} (${s.items.length})</h3>`, '<ul>',
        ...s.items.map((i) => `<li><a href="${esc(link(i))}">${esc(i.subject)}</a>: ${esc(i.taskTitle)}</li>`),
        '</ul>',
      ]),
      `<hr><p style="color:#666;font-size:12px">${esc(footer)}</p>`, '</body></html>',
    ].join('\n');
    return { subject, text, html };
  }
}

/** A digest's idempotency key: one per recipient and day. */
export const digestKey = (email: string, day: LocalDate) => `digest/${email.toLowerCase()}/${day}`;
