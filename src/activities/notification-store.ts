// Where delivered notifications are recorded under their idempotency key. With no SMTP configured
// this is the outbox people read; with SMTP it is the record of what was sent.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Queryable } from '../db/database';
import type { Recipient } from '../domain/task';

export interface StoredNotification {
  key: string;
  kind: string;
  /** Null for a digest, which gathers many tasks' notices. */
  taskId: string | null;
  to: Recipient[];
  cc: Recipient[];
  subject: string;
  text: string;
  html: string;
  /** 'sent' over SMTP, 'stored' in the outbox when no SMTP server is configured, 'queued' for every recipient's digest. */
  status: 'sent' | 'stored' | 'queued';
  recordedAt: string;
  /** When the notice fell due (a timed event's scheduled instant, or the action's); null when not known. */
  dueAt: string | null;
}

export interface NotificationStore {
  get(key: string): Promise<StoredNotification | undefined>;
  /** Records a notification once; 'exists' when its key was recorded before. */
  put(notification: StoredNotification): Promise<'created' | 'exists'>;
  list(): Promise<StoredNotification[]>;
}

/** One JSON file per notification, named by its key; created exclusively, so a key is recorded once. */
export class FileNotificationStore implements NotificationStore {
  constructor(private readonly dir: string) {}

  async get(key: string): Promise<StoredNotification | undefined> {
    try {
      return fromFile(await readFile(this.fileFor(key), 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async put(notification: StoredNotification): Promise<'created' | 'exists'> {
    await mkdir(this.dir, { recursive: true });
    try {
      await writeFile(this.fileFor(notification.key), JSON.stringify(notification, null, 2), { flag: 'wx' });
      return 'created';
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
      throw error;
    }
  }

  async list(): Promise<StoredNotification[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const items = await Promise.all(
      names.filter((n) => n.endsWith('.json')).map(async (n) => fromFile(await readFile(path.join(this.dir, n), 'utf8'))),
    );
    return items.sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.key.localeCompare(b.key));
  }

  private fileFor(key: string): string {
    return path.join(this.dir, `${encodeURIComponent(key)}.json`);
  }
}

/** A file written before notices carried their due instant has none. */
function fromFile(json: string): StoredNotification {
  const stored = JSON.parse(json) as StoredNotification;
  return { ...stored, dueAt: stored.dueAt ?? null };
}

interface NotificationRow {
  key: string;
  task_id: string | null;
  kind: string;
  recipients: Recipient[];
  cc: Recipient[];
  subject: string;
  body_text: string;
  body_html: string;
  status: 'sent' | 'stored' | 'queued';
  recorded_at: Date | string;
  due_at: Date | string | null;
}

function fromRow(r: NotificationRow): StoredNotification {
  return {
    key: r.key, kind: r.kind, taskId: r.task_id, to: r.recipients, cc: r.cc, subject: r.subject, text: r.body_text, html: r.body_html,
    status: r.status, recordedAt: new Date(r.recorded_at).toISOString(), dueAt: r.due_at === null ? null : new Date(r.due_at).toISOString(),
  };
}

/** The register's notifications table: the outbox the app shows, one row per key (the primary key). */
export class DatabaseNotificationStore implements NotificationStore {
  constructor(private readonly db: Queryable) {}

  async get(key: string): Promise<StoredNotification | undefined> {
    const { rows } = await this.db.query<NotificationRow>('SELECT * FROM notifications WHERE key = $1', [key]);
    return rows[0] ? fromRow(rows[0]) : undefined;
  }

  async put(n: StoredNotification): Promise<'created' | 'exists'> {
    const { affectedRows } = await this.db.query(
      `INSERT INTO notifications (key, task_id, kind, recipients, cc, subject, body_text, body_html, status, recorded_at, due_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (key) DO NOTHING`,
      [n.key, n.taskId, n.kind, JSON.stringify(n.to), JSON.stringify(n.cc), n.subject, n.text, n.html, n.status, n.recordedAt, n.dueAt],
    );
    return affectedRows === 1 ? 'created' : 'exists';
  }

  /** Oldest first: every notification, or one task's. */
  async list(filter: { taskId?: string } = {}): Promise<StoredNotification[]> {
    const { rows } = await this.db.query<NotificationRow>('SELECT * FROM notifications WHERE $1::text IS NULL OR task_id = $1 ORDER BY recorded_at, key', [filter.taskId ?? null]);
    return rows.map(fromRow);
  }

  /** The latest `limit` notifications, newest first: the outbox as people read it. */
  async recent(limit: number): Promise<StoredNotification[]> {
    const { rows } = await this.db.query<NotificationRow>('SELECT * FROM notifications ORDER BY recorded_at DESC, key LIMIT $1', [limit]);
    return rows.map(fromRow);
  }
}
