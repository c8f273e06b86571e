// The bare workflow's activities: a row written per recorded step and a notice stored once, in the
// same register engine the system under test uses.
import type { Database } from '../src/db/database';

export function bareActivities(db: Database, onRecorded: (id: string, seq: number) => void) {
  return {
    async record({ id, seq }: { id: string; seq: number }): Promise<void> {
      await db.transaction(async (tx) => {
        await tx.query('INSERT INTO bare_events (workflow_id, seq) VALUES ($1, $2) ON CONFLICT DO NOTHING', [id, seq]);
        await tx.query(
          'INSERT INTO bare_rows (workflow_id, seq) VALUES ($1, $2) ON CONFLICT (workflow_id) DO UPDATE SET seq = EXCLUDED.seq WHERE bare_rows.seq < EXCLUDED.seq',
          [id, seq],
        );
      });
      onRecorded(id, seq);
    },
    async notify({ key }: { id: string; key: string }): Promise<void> {
      await db.query('INSERT INTO bare_outbox (key) VALUES ($1) ON CONFLICT DO NOTHING', [key]);
    },
  };
}

export type BareActivities = ReturnType<typeof bareActivities>;

export const BARE_SCHEMA = `
  CREATE TABLE IF NOT EXISTS bare_events (workflow_id text NOT NULL, seq int NOT NULL, at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (workflow_id, seq));
  CREATE TABLE IF NOT EXISTS bare_rows (workflow_id text PRIMARY KEY, seq int NOT NULL, at timestamptz NOT NULL DEFAULT now());
  CREATE TABLE IF NOT EXISTS bare_outbox (key text PRIMARY KEY, at timestamptz NOT NULL DEFAULT now());
`;
