// The daily digest's register: recipients' delivery preferences, the notices held for their digests,
// and the claim a digest makes on them. A digest takes the waiting notices of its recipient in one
// UPDATE under its key, so a retried digest finds the same notices and a notice is in one digest only.
import type { DeliveryMode, DeliveryPreference } from '../domain/delivery';
import type { Queryable } from './database';

export interface PreferenceRecord extends DeliveryPreference {
  name: string;
  updatedBy: string;
  updatedAt: string;
}

interface PreferenceRow {
  email: string;
  name: string;
  mode: DeliveryMode;
  digest_hour: number;
  updated_by: string;
  updated_at: Date | string;
}

const fromRow = (r: PreferenceRow): PreferenceRecord => ({
  email: r.email, name: r.name, mode: r.mode, digestHour: r.digest_hour, updatedBy: r.updated_by, updatedAt: new Date(r.updated_at).toISOString(),
});

/** The preferences of these addresses (lower case), by address; an address without one takes every notice at once. */
export async function preferencesFor(db: Queryable, emails: readonly string[]): Promise<Map<string, DeliveryPreference>> {
  if (emails.length === 0) return new Map();
  const { rows } = await db.query<PreferenceRow>('SELECT * FROM delivery_preferences WHERE email = ANY($1::text[])', [emails.map((e) => e.toLowerCase())]);
  return new Map(rows.map((r) => [r.email, fromRow(r)]));
}

/** Every stored preference, or those of these addresses, by address. */
export async function listPreferences(db: Queryable, emails?: readonly string[]): Promise<PreferenceRecord[]> {
  const { rows } = await db.query<PreferenceRow>(
    'SELECT * FROM delivery_preferences WHERE $1::text[] IS NULL OR email = ANY($1::text[]) ORDER BY email',
    [emails ? emails.map((e) => e.toLowerCase()) : null],
  );
  return rows.map(fromRow);
}

export async function savePreference(db: Queryable, p: { email: string; name: string; mode: DeliveryMode; digestHour: number; updatedBy: string }): Promise<PreferenceRecord> {
  const { rows } = await db.query<PreferenceRow>(
    `INSERT INTO delivery_preferences (email, name, mode, digest_hour, updated_by) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name, mode = EXCLUDED.mode, digest_hour = EXCLUDED.digest_hour, updated_by = EXCLUDED.updated_by, updated_at = now()
     RETURNING *`,
    [p.email.toLowerCase(), p.name, p.mode, p.digestHour, p.updatedBy],
  );
  return fromRow(rows[0]!);
}

export interface DigestItem {
  noticeKey: string;
  email: string;
  name: string;
  kind: string;
  taskId: string;
  taskCode: string;
  taskTitle: string;
  subject: string;
  queuedAt: string;
}

/** Holds a notice for each of these recipients' digests; a retried notice adds nothing. */
export async function queueDigestItems(db: Queryable, items: readonly DigestItem[]): Promise<void> {
  if (items.length === 0) return;
  await db.query(
    `INSERT INTO digest_items (notice_key, email, name, kind, task_id, task_code, task_title, subject, queued_at)
     SELECT x.notice_key, x.email, x.name, x.kind, x.task_id, x.task_code, x.task_title, x.subject, x.queued_at
     FROM jsonb_to_recordset($1::jsonb) AS x(notice_key text, email text, name text, kind text, task_id text, task_code text, task_title text, subject text, queued_at timestamptz)
     ON CONFLICT (notice_key, email) DO NOTHING`,
    [JSON.stringify(items.map((i) => ({
      notice_key: i.noticeKey, email: i.email.toLowerCase(), name: i.name, kind: i.kind, task_id: i.taskId, task_code: i.taskCode, task_title: i.taskTitle, subject: i.subject, queued_at: i.queuedAt,
    })))],
  );
}

/** The recipients whose digest falls at this hour and who have notices waiting from before `cutoff`. */
export async function digestRecipientsDue(db: Queryable, hour: number, cutoff: string): Promise<{ email: string; name: string }[]> {
  const { rows } = await db.query<{ email: string; name: string }>(
    `SELECT p.email, p.name FROM delivery_preferences p
     WHERE p.mode = 'digest' AND p.digest_hour = $1
       AND EXISTS (SELECT 1 FROM digest_items i WHERE i.email = p.email AND i.digest_key IS NULL AND i.queued_at < $2::timestamptz)
     ORDER BY p.email`,
    [hour, cutoff],
  );
  return rows;
}

/**
 * The notices of one digest: those it claimed before (a retry after a crash) and those still waiting
 * from before `cutoff`, claimed now under its key. Oldest first.
 */
export async function claimDigestItems(db: Queryable, email: string, digestKey: string, cutoff: string): Promise<DigestItem[]> {
  await db.query(
    `UPDATE digest_items SET digest_key = $2 WHERE email = $1 AND digest_key IS NULL AND queued_at < $3::timestamptz`,
    [email.toLowerCase(), digestKey, cutoff],
  );
  const { rows } = await db.query<{ notice_key: string; email: string; name: string; kind: string; task_id: string; task_code: string; task_title: string; subject: string; queued_at: Date | string }>(
    'SELECT * FROM digest_items WHERE digest_key = $1 ORDER BY queued_at, notice_key',
    [digestKey],
  );
  return rows.map((r) => ({
    noticeKey: r.notice_key, email: r.email, name: r.name, kind: r.kind, taskId: r.task_id, taskCode: r.task_code, taskTitle: r.task_title, subject: r.subject,
    queuedAt: new Date(r.queued_at).toISOString(),
  }));
}
