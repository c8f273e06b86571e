// Migrations 001–006: the engine's register — the event log, the directory, directives and task
// registrations, the outbox, settings and audit, the city-scale indexes, policy profiles.
import type { Migration } from '../migrations';

export const ENGINE_MIGRATIONS: Migration[] = [
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
  {
    id: '002_register',
    sql: `
      -- Agencies: departments (sở), districts and communes, and the office; a parent makes the chain escalation climbs.
      CREATE TABLE agencies (
        id          text        PRIMARY KEY,
        name        text        NOT NULL,
        kind        text        NOT NULL CHECK (kind IN ('office', 'department', 'district', 'commune', 'other')),
        parent_id   text        REFERENCES agencies (id),
        email       text        NOT NULL,
        head_name   text        NOT NULL,
        head_email  text        NOT NULL,
        focal_name  text,
        focal_email text,
        focal_phone text,
        active      boolean     NOT NULL DEFAULT true,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX agencies_by_name ON agencies (lower(name));

      -- Leaders who assign tasks (the chairman and vice-chairmen) and the areas each oversees.
      CREATE TABLE leaders (
        id          text        PRIMARY KEY,
        name        text        NOT NULL,
        title       text        NOT NULL,
        email       text        NOT NULL,
        is_chairman boolean     NOT NULL DEFAULT false,
        areas       jsonb       NOT NULL DEFAULT '[]',
        active      boolean     NOT NULL DEFAULT true,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX one_chairman ON leaders (is_chairman) WHERE is_chairman AND active;

      CREATE TABLE users (
        id            text        PRIMARY KEY,
        name          text        NOT NULL,
        email         text        NOT NULL,
        role          text        NOT NULL CHECK (role IN ('admin', 'office', 'leader', 'agency_head', 'agency_officer')),
        agency_id     text        REFERENCES agencies (id),
        leader_id     text        REFERENCES leaders (id),
        password_hash text        NOT NULL,
        active        boolean     NOT NULL DEFAULT true,
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        CHECK ((role IN ('agency_head', 'agency_officer')) = (agency_id IS NOT NULL)),
        CHECK ((role = 'leader') = (leader_id IS NOT NULL))
      );

      -- Sign-in sessions: only a hash of the bearer token is kept.
      CREATE TABLE sessions (
        token_hash text        PRIMARY KEY,
        user_id    text        NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      );

      CREATE TABLE directives (
        number     text        PRIMARY KEY,
        date       date        NOT NULL,
        signer     text        NOT NULL,
        source     text        NOT NULL,
        title      text        NOT NULL,
        created_by text        NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      -- Each task as registered, with the exact workflow start input; started_at stays null until its workflow runs.
      CREATE TABLE task_registrations (
        task_id          text        PRIMARY KEY,
        directive_number text        NOT NULL REFERENCES directives (number),
        input            jsonb       NOT NULL,
        registered_by    text        NOT NULL,
        registered_at    timestamptz NOT NULL DEFAULT now(),
        started_at       timestamptz
      );
      CREATE SEQUENCE task_numbers;

      ALTER TABLE tasks ADD COLUMN coordinating_agency_ids jsonb;
      ALTER TABLE tasks ADD COLUMN priority text;
      ALTER TABLE tasks ADD COLUMN search_text text;

      -- Reports and extension requests, projected from the event log in the same transaction.
      CREATE TABLE reports (
        task_id    text        NOT NULL,
        seq        integer     NOT NULL,
        kind       text        NOT NULL CHECK (kind IN ('progress', 'completion')),
        number     integer,
        at         timestamptz NOT NULL,
        actor_id   text        NOT NULL,
        actor_name text        NOT NULL,
        percent    integer,
        text       text        NOT NULL,
        documents  jsonb       NOT NULL DEFAULT '[]',
        outcome    text        CHECK (outcome IN ('accepted', 'returned')),
        outcome_at timestamptz,
        outcome_reason text,
        PRIMARY KEY (task_id, seq)
      );

      CREATE TABLE extension_requests (
        task_id           text        NOT NULL,
        proposal          integer     NOT NULL,
        proposed_at       timestamptz NOT NULL,
        proposed_by       text        NOT NULL,
        reason            text        NOT NULL,
        plan              text        NOT NULL,
        proposed_deadline date        NOT NULL,
        decision          text        CHECK (decision IN ('approved', 'rejected', 'dropped')),
        decided_at        timestamptz,
        decided_by        text,
        new_deadline      date,
        comment           text,
        PRIMARY KEY (task_id, proposal)
      );

      -- Every notification under its idempotency key: the outbox without SMTP, the record of what was sent with it.
      CREATE TABLE notifications (
        key         text        PRIMARY KEY,
        task_id     text        NOT NULL,
        kind        text        NOT NULL,
        recipients  jsonb       NOT NULL,
        cc          jsonb       NOT NULL,
        subject     text        NOT NULL,
        body_text   text        NOT NULL,
        body_html   text        NOT NULL,
        status      text        NOT NULL CHECK (status IN ('sent', 'stored')),
        recorded_at timestamptz NOT NULL
      );
      CREATE INDEX notifications_by_task ON notifications (task_id, recorded_at);

      CREATE TABLE calendar_corrections (
        id         bigserial   PRIMARY KEY,
        calendar   jsonb       NOT NULL,
        reason     text        NOT NULL,
        actor_id   text        NOT NULL,
        batch_job  text,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE settings (
        key        text        PRIMARY KEY,
        value      jsonb       NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      -- Who changed what, when: every change made through the API.
      CREATE TABLE audit_log (
        id          bigserial   PRIMARY KEY,
        at          timestamptz NOT NULL DEFAULT now(),
        actor_id    text        NOT NULL,
        actor_role  text        NOT NULL,
        action      text        NOT NULL,
        target_type text        NOT NULL,
        target_id   text        NOT NULL,
        details     jsonb       NOT NULL DEFAULT '{}'
      );
      CREATE INDEX audit_by_target ON audit_log (target_type, target_id, at);

      -- A retried POST with the same Idempotency-Key gets the first answer back and creates nothing twice.
      CREATE TABLE idempotency_keys (
        user_id      text        NOT NULL,
        key          text        NOT NULL,
        request_hash text        NOT NULL,
        status_code  integer,
        response     jsonb,
        created_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, key)
      );
    `,
  },
  {
    id: '003_notification_due_at',
    sql: `
      -- When each notice fell due (a timed event's scheduled instant, or the action's), next to when it was recorded:
      -- recorded_at minus due_at is how late it went out. Null for notices recorded before this column.
      ALTER TABLE notifications ADD COLUMN due_at timestamptz;
    `,
  },
  {
    id: '004_calendar_changes',
    sql: `
      -- A correction made as one change (add or remove a day off or a make-up day) records it, so the history reads as changes.
      ALTER TABLE calendar_corrections ADD COLUMN year integer;
      ALTER TABLE calendar_corrections ADD COLUMN change jsonb;
      CREATE INDEX calendar_corrections_by_year ON calendar_corrections (year, id);
    `,
  },
  {
    id: '005_city_scale',
    sql: `
      -- Free-text search (search_text LIKE '%word%') is served by a trigram index (PGlite loads pg_trgm at open).
      -- The extension is one per database: it goes to public, not to the register's own schema (which tests drop),
      -- and its operator class is named with the schema it is in, whatever the search_path.
      DO $$
      DECLARE trgm_schema text;
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
          CREATE EXTENSION pg_trgm SCHEMA public;
        END IF;
        SELECT n.nspname INTO trgm_schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm';
        EXECUTE format('CREATE INDEX tasks_by_search_text ON tasks USING gin (search_text %I.gin_trgm_ops)', trgm_schema);
      END $$;

      -- A number per row that never changes: PGlite computes statistics in slices of it (src/db/statistics.ts),
      -- so no single statement holds the one shared connection (and the event loop) for long.
      ALTER TABLE tasks ADD COLUMN row_no bigint GENERATED ALWAYS AS IDENTITY;
      CREATE UNIQUE INDEX tasks_by_row_no ON tasks (row_no);

      -- One index per list sort, on exactly the ORDER BY expression and the task id tie-break (src/db/task-list.ts):
      -- a page is read in order, and a cursor is a range condition on it, at any depth.
      CREATE INDEX tasks_sort_deadline ON tasks ((COALESCE(deadline_at, 'infinity'::timestamptz)), task_id);
      CREATE INDEX tasks_sort_assigned ON tasks (assigned_at, task_id);
      CREATE INDEX tasks_sort_updated ON tasks (updated_at, task_id);
      CREATE INDEX tasks_sort_escalation ON tasks (escalation_level, task_id);
      CREATE INDEX tasks_sort_code ON tasks (code, task_id);

      -- One per filter, for the selective ones, where reading in sort order would pass over most rows.
      CREATE INDEX tasks_by_status ON tasks (status);
      CREATE INDEX tasks_by_source ON tasks (source);
      CREATE INDEX tasks_by_leader ON tasks (assigning_leader_id);
      CREATE INDEX tasks_by_directive ON tasks (directive_number);
      CREATE INDEX tasks_by_deadline_day ON tasks (deadline);
      CREATE INDEX tasks_by_coordinating ON tasks USING gin (coordinating_agency_ids jsonb_path_ops);

      -- The task's row as registration wrote it, before its workflow recorded an event: the rebuild restores it.
      ALTER TABLE task_registrations ADD COLUMN initial_row jsonb;
      -- The duplicate rule (same directive, same title), and the registrations whose workflow has not started.
      CREATE INDEX task_registrations_by_title ON task_registrations (directive_number, (input->>'title'));
      CREATE INDEX task_registrations_not_started ON task_registrations (task_id) WHERE started_at IS NULL;
    `,
  },
  {
    id: '006_policy_profiles',
    sql: `
      -- Named follow-up policies (reminder offsets, the escalation ladder, …), chosen per task or by default per
      -- source and priority: the most specific active profile whose sources and priorities match (empty = any).
      CREATE TABLE policy_profiles (
        id          text        PRIMARY KEY,
        name        text        NOT NULL,
        description text        NOT NULL DEFAULT '',
        policy      jsonb       NOT NULL,
        sources     jsonb       NOT NULL DEFAULT '[]',
        priorities  jsonb       NOT NULL DEFAULT '[]',
        active      boolean     NOT NULL DEFAULT true,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now()
      );
      INSERT INTO policy_profiles (id, name, description, policy) VALUES
        ('mac-dinh', 'Mặc định', 'Nhắc trước 7, 3, 1, 0 ngày làm việc; báo cáo cấp trên sau 1, 3, 5, 10 ngày làm việc quá hạn', '{"reminderOffsets":[7,3,1,0],"noticeHour":8,"acknowledgementWorkingDays":2,"reviewWorkingDays":3,"decisionWorkingDays":3,"escalation":[{"afterWorkingDays":1,"to":"agency_head"},{"afterWorkingDays":3,"to":"office"},{"afterWorkingDays":5,"to":"assigning_leader"},{"afterWorkingDays":10,"to":"chairman"}],"overdueNoticeEveryDays":7,"dueSoonWorkingDays":3,"progressReportEvery":"month","continueAsNewAfterEvents":8000,"dayOffDeadline":"next"}');
      INSERT INTO policy_profiles (id, name, description, policy, sources) VALUES
        ('chinh-phu', 'Nhiệm vụ Chính phủ, Thủ tướng giao', 'Nhắc trước 10, 5, 3, 1, 0 ngày làm việc; báo cáo cấp trên sau 1, 2, 3, 5 ngày làm việc quá hạn', '{"reminderOffsets":[10,5,3,1,0],"noticeHour":8,"acknowledgementWorkingDays":2,"reviewWorkingDays":3,"decisionWorkingDays":3,"escalation":[{"afterWorkingDays":1,"to":"agency_head"},{"afterWorkingDays":2,"to":"office"},{"afterWorkingDays":3,"to":"assigning_leader"},{"afterWorkingDays":5,"to":"chairman"}],"overdueNoticeEveryDays":7,"dueSoonWorkingDays":3,"progressReportEvery":"month","continueAsNewAfterEvents":8000,"dayOffDeadline":"next"}', '["government"]');
    `,
  },
];
