// A register of synthetic tasks written straight into `tasks` with one INSERT … generate_series: every
// status, deadlines past and future (and none), completions on time and late, withdrawals, coordinating
// agencies, searchable titles. Deterministic (hashes of the row number), so runs compare. Used by the
// benchmark (100,000 rows) and by the tests of query plans and statistics (a few thousand).
import type { Queryable } from '../src/db/database';

export interface SeedOptions {
  count: number;
  /** Lead and coordinating agencies are drawn from these. */
  agencies: readonly string[];
  leaders: readonly string[];
  /** "Now" for the data: deadlines fall up to ~2 years before it and ~1 year after. */
  now: number;
  /** Task ids are `${prefix}${n}` with n zero-padded to 6 digits. */
  prefix?: string;
  /** Where numbering starts (several seeds into one register). */
  from?: number;
}

const TITLES = [
  'giai phong mat bang du an vanh dai 3', 'chong ngap do thi khu trung tam', 'giai ngan von dau tu cong', 'cai tao via he tuyen duong chinh',
  'cap giay chung nhan quyen su dung dat', 'xu ly o nhiem kenh rach', 'chuyen doi so dich vu cong', 'ra soat quy hoach chung thanh pho',
  'nang cap benh vien tuyen quan', 'xay dung truong hoc dat chuan', 'phong chay chua chay nha cao tang', 'sap xep lai tru so co quan',
] as const;

/** Inserts `count` task rows; returns how many were written. */
export async function seedTasks(db: Queryable, o: SeedOptions): Promise<number> {
  const from = o.from ?? 1;
  // h(k): a stable pseudo-random integer in [0, 1000) per row and purpose k.
  const h = (k: number) => `(abs(hashtext(i::text || '/${k}')) % 1000)`;
  const result = await db.query(
    `WITH base AS (
       SELECT i,
         $1::text || lpad(i::text, 6, '0') AS task_id,
         ($2::text[])[1 + ${h(1)} % cardinality($2::text[])] AS lead,
         ($2::text[])[1 + ${h(2)} % cardinality($2::text[])] AS other,
         ($3::text[])[1 + ${h(3)} % cardinality($3::text[])] AS leader,
         (ARRAY['government','party_committee','peoples_council','peoples_committee','chairman'])[1 + ${h(4)} % 5] AS source,
         ($4::text[])[1 + ${h(5)} % cardinality($4::text[])] AS title,
         to_timestamp($5::double precision / 1000) - (${h(6)} * interval '17 hours') - (${h(7)} % 60) * interval '1 day' AS assigned_at,
         ${h(8)} AS fate, ${h(9)} AS spread, ${h(10)} AS coord
       FROM generate_series($6::int, $7::int) AS i
     ), dated AS (
       SELECT b.*, CASE WHEN spread < 150 THEN NULL ELSE (assigned_at AT TIME ZONE 'UTC' + interval '7 hours')::date + 20 + spread / 3 END AS deadline
       FROM base b
     ), timed AS (
       SELECT d.*,
         ((deadline + 1)::timestamp - interval '7 hours' - interval '1 millisecond') AT TIME ZONE 'UTC' AS deadline_at,
         CASE WHEN fate < 350 THEN assigned_at + (5 + fate % 200) * interval '1 day' END AS completed_at,
         CASE WHEN fate BETWEEN 350 AND 399 THEN assigned_at + (1 + fate % 40) * interval '1 day' END AS withdrawn_at
       FROM dated d
     ), placed AS (
       SELECT t.*,
         CASE WHEN completed_at > to_timestamp($5::double precision / 1000) THEN NULL ELSE completed_at END AS done_at,
         CASE WHEN withdrawn_at > to_timestamp($5::double precision / 1000) THEN NULL ELSE withdrawn_at END AS gone_at
       FROM timed t
     )
     INSERT INTO tasks (task_id, code, title, source, directive_number, lead_agency_id, coordinating_agency_ids, priority, assigning_leader_id, status,
                        deadline, deadline_at, escalation_level, progress_percent, assigned_at, completed_at, completed_on_time, withdrawn_at, last_seq, updated_at, search_text)
     SELECT task_id, task_id, 'Nhiệm vụ ' || title, source, 'CT-' || (i / 40) || '/UBND', lead,
       CASE WHEN coord < 400 AND other <> lead THEN jsonb_build_array(other) ELSE '[]'::jsonb END,
       (ARRAY['normal','normal','high','urgent'])[1 + coord % 4], leader,
       CASE
         WHEN done_at IS NOT NULL THEN CASE WHEN deadline_at IS NULL OR done_at <= deadline_at THEN 'completed_on_time' ELSE 'completed_late' END
         WHEN gone_at IS NOT NULL THEN 'withdrawn'
         WHEN fate BETWEEN 400 AND 429 THEN 'on_hold'
         WHEN fate BETWEEN 430 AND 469 THEN 'awaiting_review'
         WHEN fate BETWEEN 470 AND 479 THEN 'refused'
         WHEN deadline IS NULL THEN 'no_deadline'
         WHEN deadline_at < to_timestamp($5::double precision / 1000) THEN 'overdue'
         WHEN deadline_at < to_timestamp($5::double precision / 1000) + interval '4 days' THEN 'due_soon'
         WHEN fate % 3 = 0 THEN 'assigned'
         ELSE 'in_progress'
       END,
       deadline, deadline_at,
       CASE WHEN done_at IS NULL AND gone_at IS NULL AND deadline_at < to_timestamp($5::double precision / 1000) THEN 1 + fate % 4 ELSE 0 END,
       CASE WHEN done_at IS NOT NULL THEN 100 ELSE (fate * 7) % 100 END,
       assigned_at, done_at,
       CASE WHEN done_at IS NULL THEN NULL ELSE (deadline_at IS NULL OR done_at <= deadline_at) END,
       gone_at, 1 + fate % 9, COALESCE(done_at, gone_at, assigned_at),
       lower(task_id) || ' nhiem vu ' || title || ' ct-' || (i / 40) || '/ubnd'
     FROM placed`,
    [o.prefix ?? 'NV-', o.agencies, o.leaders, TITLES, o.now, from, from + o.count - 1],
  );
  return result.affectedRows;
}
