// The embedded mail outbox: one JSON file per notification, named by its idempotency key, so a
// retried activity finds its earlier delivery and writes nothing twice.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Notification } from './notification';

export interface Delivery {
  key: string;
  deliveredAt: string;
  duplicate: boolean;
}

export interface Mailer {
  deliver(notification: Notification): Promise<Delivery>;
}

export class FileOutbox implements Mailer {
  constructor(private readonly dir: string) {}

  async deliver(notification: Notification): Promise<Delivery> {
    await mkdir(this.dir, { recursive: true });
    const file = this.fileFor(notification.key);
    const deliveredAt = new Date().toISOString();
    try {
      await writeFile(file, JSON.stringify({ ...notification, deliveredAt }, null, 2), { flag: 'wx' });
      return { key: notification.key, deliveredAt, duplicate: false };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const earlier = JSON.parse(await readFile(file, 'utf8')) as { deliveredAt: string };
      return { key: notification.key, deliveredAt: earlier.deliveredAt, duplicate: true };
    }
  }

  async list(): Promise<(Notification & { deliveredAt: string })[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const items = await Promise.all(
      names.filter((n) => n.endsWith('.json')).map(async (n) => JSON.parse(await readFile(path.join(this.dir, n), 'utf8'))),
    );
    return items.sort((a, b) => a.deliveredAt.localeCompare(b.deliveredAt));
  }

  private fileFor(key: string): string {
    return path.join(this.dir, `${encodeURIComponent(key)}.json`);
  }
}
