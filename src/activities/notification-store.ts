// Where delivered notifications are recorded under their idempotency key. With no SMTP configured
// this is the outbox people read; with SMTP it is the record of what was sent.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Recipient } from '../domain/task';

export interface StoredNotification {
  key: string;
  kind: string;
  taskId: string;
  to: Recipient[];
  cc: Recipient[];
  subject: string;
  text: string;
  html: string;
  /** 'sent' over SMTP, or 'stored' in the outbox when no SMTP server is configured. */
  status: 'sent' | 'stored';
  recordedAt: string;
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
      return JSON.parse(await readFile(this.fileFor(key), 'utf8')) as StoredNotification;
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
      names.filter((n) => n.endsWith('.json')).map(async (n) => JSON.parse(await readFile(path.join(this.dir, n), 'utf8')) as StoredNotification),
    );
    return items.sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.key.localeCompare(b.key));
  }

  private fileFor(key: string): string {
    return path.join(this.dir, `${encodeURIComponent(key)}.json`);
  }
}
