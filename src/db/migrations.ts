// The register's schema, as ordered migrations. Pending ones run once, together in one transaction,
// under an advisory lock so two processes starting together do not both apply them.

export interface Migration {
  id: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    id: '001_task_events',
    sql: `
      -- Append-only log of every task event, in workflow order; (task_id, seq) makes a retried write a no-op.
      CREATE TABLE task_events (
        task_id     text        NOT NULL,
        seq         integer     NOT NULL CHECK (seq > 0),
        at          timestamptz NOT NULL,
        actor_id    text        NOT NULL,
        actor_role  text        NOT NULL,
        actor_name  text        NOT NULL,
        action      text        NOT NULL,
        details     jsonb       NOT NULL DEFAULT '{}',
        -- The task row after this event (kept on the last event of each write): the task table is rebuilt from these.
        snapshot    jsonb,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (task_id, seq)
      );

      -- One row per task, its state as of its latest recorded event.
      CREATE TABLE tasks (
        task_id             text        PRIMARY KEY,
        code                text        NOT NULL,
        title               text        NOT NULL,
        source              text        NOT NULL,
        directive_number    text        NOT NULL,
        lead_agency_id      text        NOT NULL,
        assigning_leader_id text        NOT NULL,
        status              text        NOT NULL,
        deadline            date,
        deadline_at         timestamptz,
        escalation_level    integer     NOT NULL,
        progress_percent    integer     NOT NULL,
        assigned_at         timestamptz NOT NULL,
        completed_at        timestamptz,
        completed_on_time   boolean,
        withdrawn_at        timestamptz,
        last_seq            integer     NOT NULL,
        updated_at          timestamptz NOT NULL
      );
      CREATE INDEX tasks_by_lead_agency ON tasks (lead_agency_id, status);
      CREATE INDEX tasks_by_deadline ON tasks (deadline_at);
    `,
  },
];

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
