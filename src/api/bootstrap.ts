// The first administrator: a register without users gets one, so somebody can sign in at all.
import { randomBytes } from 'node:crypto';
import type { Database } from '../db/database';
import { hashPassword } from './auth';

/** Creates user `admin` when there are no users. Returns the password it was given, or null when users exist. */
export async function ensureAdmin(db: Database, password?: string): Promise<string | null> {
  const { rows } = await db.query('SELECT 1 FROM users LIMIT 1');
  if (rows.length) return null;
  const chosen = password ?? randomBytes(12).toString('base64url');
  await db.query(
    `INSERT INTO users (id, name, email, role, password_hash) VALUES ('admin', 'Quản trị hệ thống', 'admin@localhost', 'admin', $1) ON CONFLICT DO NOTHING`,
    [await hashPassword(chosen)],
  );
  return chosen;
}
