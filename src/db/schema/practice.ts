// Migrations 009–014: the rest of the practice — the next notice on a task's row, daily digests,
// inspection plans, delegation, reporting regimes. (007 and 008 were never used.)
import type { Migration } from '../migrations';

export const PRACTICE_MIGRATIONS: Migration[] = [
  {
    id: '009_next_notice',
    sql: `
      -- The next notice each open task's workflow will send, written with its row ("Việc của tôi" shows it).
      ALTER TABLE tasks ADD COLUMN next_notice_at timestamptz;
      ALTER TABLE tasks ADD COLUMN next_notice_kind text;
    `,
  },
  {
    id: '010_delivery_digests',
    sql: `
      -- Each recipient's delivery: immediate mail, or one digest a day at an hour, on working days.
      CREATE TABLE delivery_preferences (
        email       text        PRIMARY KEY,
        name        text        NOT NULL,
        mode        text        NOT NULL CHECK (mode IN ('immediate', 'digest')),
        digest_hour integer     NOT NULL DEFAULT 16 CHECK (digest_hour BETWEEN 0 AND 23),
        updated_by  text        NOT NULL,
        updated_at  timestamptz NOT NULL DEFAULT now()
      );
      -- A notice held for one recipient's digest; digest_key names the digest that took it (null: still waiting).
      CREATE TABLE digest_items (
        notice_key  text        NOT NULL,
        email       text        NOT NULL,
        name        text        NOT NULL,
        kind        text        NOT NULL,
        task_id     text        NOT NULL,
        task_code   text        NOT NULL,
        task_title  text        NOT NULL,
        subject     text        NOT NULL,
        queued_at   timestamptz NOT NULL,
        digest_key  text,
        PRIMARY KEY (notice_key, email)
      );
      CREATE INDEX digest_items_waiting ON digest_items (email, queued_at) WHERE digest_key IS NULL;
      CREATE INDEX digest_items_by_digest ON digest_items (digest_key) WHERE digest_key IS NOT NULL;
      -- A digest is a notification of no single task; a notice every recipient takes in a digest is 'queued'.
      ALTER TABLE notifications ALTER COLUMN task_id DROP NOT NULL;
      ALTER TABLE notifications DROP CONSTRAINT notifications_status_check;
      ALTER TABLE notifications ADD CONSTRAINT notifications_status_check CHECK (status IN ('sent', 'stored', 'queued'));
    `,
  },
  {
    id: '011_open_without_deadline',
    sql: `
      -- Open tasks without a deadline sort last by deadline ('infinity'): the category "no deadline" reads
      -- them here in the list's order (by task id) instead of filtering its way through every other task.
      CREATE INDEX tasks_open_no_deadline ON tasks (task_id) WHERE deadline_at IS NULL AND completed_at IS NULL AND withdrawn_at IS NULL;
    `,
  },
  {
    id: '012_inspections',
    sql: `
      -- Inspection plans (kế hoạch kiểm tra): a year's purpose and period, its teams (a leader, members, a
      -- secretary) and the agencies to inspect; visits scheduled inside the period; a visit's conclusions,
      -- registered as a directive whose recommendations are ordinary tasks.
      CREATE SEQUENCE inspection_numbers;
      CREATE TABLE inspection_plans (
        id          text        PRIMARY KEY,
        year        integer     NOT NULL,
        title       text        NOT NULL,
        purpose     text        NOT NULL DEFAULT '',
        period_from date        NOT NULL,
        period_to   date        NOT NULL CHECK (period_to >= period_from),
        teams       jsonb       NOT NULL,
        agencies    jsonb       NOT NULL,
        created_by  text        NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX inspection_plans_by_year ON inspection_plans (year);
      CREATE TABLE inspection_visits (
        id          text        PRIMARY KEY,
        plan_id     text        NOT NULL REFERENCES inspection_plans (id),
        team_id     text        NOT NULL,
        agency_id   text        NOT NULL REFERENCES agencies (id),
        visit_date  date        NOT NULL,
        unannounced boolean     NOT NULL DEFAULT false,
        proposal    text,
        decided_by  text,
        status      text        NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled', 'concluded')),
        created_by  text        NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX inspection_visits_by_plan ON inspection_visits (plan_id, visit_date);
      CREATE INDEX inspection_visits_by_agency ON inspection_visits (agency_id);
      CREATE TABLE inspection_conclusions (
        visit_id         text        PRIMARY KEY REFERENCES inspection_visits (id),
        number           text        NOT NULL,
        date             date        NOT NULL,
        findings         text        NOT NULL,
        directive_number text        NOT NULL,
        created_by       text        NOT NULL,
        created_at       timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
  {
    id: '013_delegations',
    sql: `
      -- Delegation (ủy quyền): a named power of one user, held by another for a date range, until revoked.
      -- It does not cascade: a delegate acts only for the delegator's own items (src/db/delegations.ts).
      CREATE TABLE delegations (
        id           bigserial   PRIMARY KEY,
        delegator_id text        NOT NULL REFERENCES users (id),
        delegate_id  text        NOT NULL REFERENCES users (id),
        power        text        NOT NULL CHECK (power IN ('decide_extension', 'review_completion')),
        from_day     date        NOT NULL,
        to_day       date        NOT NULL CHECK (to_day >= from_day),
        reason       text        NOT NULL DEFAULT '',
        created_by   text        NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        revoked_at   timestamptz,
        revoked_by   text,
        CHECK (delegate_id <> delegator_id)
      );
      CREATE INDEX delegations_to_delegate ON delegations (delegate_id, power) WHERE revoked_at IS NULL;
      CREATE INDEX delegations_from_delegator ON delegations (delegator_id, power) WHERE revoked_at IS NULL;
    `,
  },
  {
    id: '014_reporting_regimes',
    sql: `
      -- Periodic reports (chế độ báo cáo định kỳ): a regime, its agencies, frequency and due rule; each period's
      -- report is an ordinary task of each agency, registered once per (regime, agency, period).
      ALTER TABLE tasks ADD COLUMN kind text NOT NULL DEFAULT 'task';
      CREATE INDEX tasks_reports ON tasks (task_id) WHERE kind = 'report';
      CREATE TABLE reporting_regimes (
        id                  text        PRIMARY KEY,
        title               text        NOT NULL,
        content             text        NOT NULL DEFAULT '',
        agencies            jsonb       NOT NULL,
        frequency           text        NOT NULL CHECK (frequency IN ('monthly', 'quarterly', 'half_yearly', 'yearly')),
        due                 jsonb       NOT NULL,
        directive_number    text        NOT NULL REFERENCES directives (number),
        assigning_leader_id text        NOT NULL REFERENCES leaders (id),
        status              text        NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'ended')),
        created_by          text        NOT NULL,
        created_at          timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE report_tasks (
        regime_id  text NOT NULL REFERENCES reporting_regimes (id),
        agency_id  text NOT NULL,
        period     text NOT NULL,
        task_id    text NOT NULL UNIQUE,
        PRIMARY KEY (regime_id, agency_id, period)
      );
    `,
  },
  {
    id: '015_status_deadline',
    sql: `
      -- A status filter on the deadline sort (the default list): open statuses have deadlines ahead, so
      -- reading tasks_sort_deadline from the earliest deadline and filtering by status read 60,000 rows
      -- of finished work first. With status leading, each status is one range in deadline order; several
      -- statuses are one such range each, merged (listTasksSql). It serves status alone too.
      CREATE INDEX tasks_status_deadline ON tasks (status, (COALESCE(deadline_at, 'infinity'::timestamptz)), task_id);
      DROP INDEX tasks_by_status;
    `,
  },
  {
    id: '016_search_text_statistics',
    sql: `
      -- Free text: the planner reads the sort's index in order and filters when the words are common, and
      -- collects the matches from the trigram index and sorts them when they are rare. It judges which
      -- from search_text's histogram, 100 entries by default: estimates for a phrase in a twelfth of
      -- 100,000 titles then ranged from 41 to 2,600 rows from one ANALYZE to the next, and one in five
      -- chose to collect and sort 8,000 rows (35 ms instead of 1). A thousand entries keep it steady.
      ALTER TABLE tasks ALTER COLUMN search_text SET STATISTICS 1000;
    `,
  },
];
