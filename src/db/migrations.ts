// The register's schema, as ordered migrations. Pending ones run once, together in one transaction,
// under an advisory lock so two processes starting together do not both apply them.

import { ENGINE_MIGRATIONS } from './schema/engine';
import { PRACTICE_MIGRATIONS } from './schema/practice';

export interface Migration {
  id: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [...ENGINE_MIGRATIONS, ...PRACTICE_MIGRATIONS];

const LOCK_KEY = 7_233_001; // any constant shared by every Đôn Đốc process

export async function migrate(db: import('./database').Database): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await tx.query('CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const { rows } = await tx.query<{ id: string }>('SELECT id FROM schema_migrations');
    const done = new Set(rows.map((r) => r.id));
    const applied: string[] = [];
    for (const migration of MIGRATIONS) {
      if (done.has(migration.id)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (id) VALUES ($1)', [migration.id]);
      applied.push(migration.id);
    }
    return applied;
  });
}
