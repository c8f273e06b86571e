// Delegations (ủy quyền) in the register: who holds whose power, when. A delegate acts for the delegator
// only while the delegation is in its date range and not revoked, and only for the delegator's own
// items: a delegation held is never passed on (no cascade).
import type { Queryable } from './database';

export const POWERS = ['decide_extension', 'review_completion'] as const;
export type Power = (typeof POWERS)[number];

export interface DelegationRecord {
  id: string;
  power: Power;
  delegator: { userId: string; name: string; role: string; leaderId: string | null; email: string };
  delegate: { userId: string; name: string; role: string; leaderId: string | null; email: string };
  from: string;
  to: string;
  reason: string;
  createdBy: string;
  createdAt: string;
  revokedAt: string | null;
  revokedBy: string | null;
}

interface Row {
  id: string; power: Power; from_day: string; to_day: string; reason: string; created_by: string; created_at: Date | string; revoked_at: Date | string | null; revoked_by: string | null;
  a_id: string; a_name: string; a_role: string; a_leader: string | null; a_email: string; b_id: string; b_name: string; b_role: string; b_leader: string | null; b_email: string;
}

const SELECT = `SELECT d.id::text AS id, d.power, to_char(d.from_day, 'YYYY-MM-DD') AS from_day, to_char(d.to_day, 'YYYY-MM-DD') AS to_day, d.reason, d.created_by, d.created_at,
         d.revoked_at, d.revoked_by,
         a.id AS a_id, coalesce(la.title || ' ' || la.name, a.name) AS a_name, a.role AS a_role, a.leader_id AS a_leader, coalesce(la.email, a.email) AS a_email,
         b.id AS b_id, coalesce(lb.title || ' ' || lb.name, b.name) AS b_name, b.role AS b_role, b.leader_id AS b_leader, coalesce(lb.email, b.email) AS b_email
  FROM delegations d
  JOIN users a ON a.id = d.delegator_id LEFT JOIN leaders la ON la.id = a.leader_id
  JOIN users b ON b.id = d.delegate_id LEFT JOIN leaders lb ON lb.id = b.leader_id`;

const recordOf = (r: Row): DelegationRecord => ({
  id: r.id, power: r.power, from: r.from_day, to: r.to_day, reason: r.reason, createdBy: r.created_by, createdAt: new Date(r.created_at).toISOString(),
  revokedAt: r.revoked_at === null ? null : new Date(r.revoked_at).toISOString(), revokedBy: r.revoked_by,
  delegator: { userId: r.a_id, name: r.a_name, role: r.a_role, leaderId: r.a_leader, email: r.a_email },
  delegate: { userId: r.b_id, name: r.b_name, role: r.b_role, leaderId: r.b_leader, email: r.b_email },
});

export async function insertDelegation(q: Queryable, d: { delegatorId: string; delegateId: string; power: Power; from: string; to: string; reason: string; createdBy: string }): Promise<string> {
  const { rows } = await q.query<{ id: string }>(
    'INSERT INTO delegations (delegator_id, delegate_id, power, from_day, to_day, reason, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id::text AS id',
    [d.delegatorId, d.delegateId, d.power, d.from, d.to, d.reason, d.createdBy],
  );
  return rows[0]!.id;
}

export async function findDelegation(q: Queryable, id: string): Promise<DelegationRecord | undefined> {
  if (!/^\d{1,18}$/.test(id)) return undefined;
  const { rows } = await q.query<Row>(`${SELECT} WHERE d.id = $1::bigint`, [id]);
  return rows[0] ? recordOf(rows[0]) : undefined;
}

/** Delegations given or received by a user (all, for null), newest first. */
export async function listDelegations(q: Queryable, userId: string | null): Promise<DelegationRecord[]> {
  const { rows } = await q.query<Row>(`${SELECT} WHERE $1::text IS NULL OR d.delegator_id = $1 OR d.delegate_id = $1 ORDER BY d.created_at DESC, d.id DESC LIMIT 500`, [userId]);
  return rows.map(recordOf);
}

/** A delegation of the same power from the same delegator, not revoked, whose range meets [from, to]. */
export async function overlapping(q: Queryable, delegatorId: string, power: Power, from: string, to: string): Promise<DelegationRecord | undefined> {
  const { rows } = await q.query<Row>(`${SELECT} WHERE d.delegator_id = $1 AND d.power = $2 AND d.revoked_at IS NULL AND d.from_day <= $4::date AND d.to_day >= $3::date`, [delegatorId, power, from, to]);
  return rows[0] ? recordOf(rows[0]) : undefined;
}

/** The delegations in force on `day` that let `delegateId` use `power`, for whose items. */
export async function activeFor(q: Queryable, delegateId: string, power: Power, day: string): Promise<DelegationRecord[]> {
  const { rows } = await q.query<Row>(`${SELECT} WHERE d.delegate_id = $1 AND d.power = $2 AND d.revoked_at IS NULL AND d.from_day <= $3::date AND d.to_day >= $3::date`, [delegateId, power, day]);
  return rows.map(recordOf);
}

/** The acting approver for a leader's address on `day`: the delegate of their decide_extension power, if one is in force. */
export async function actingForAddresses(q: Queryable, emails: readonly string[], day: string): Promise<Map<string, DelegationRecord>> {
  if (emails.length === 0) return new Map();
  const { rows } = await q.query<Row>(
    `${SELECT} WHERE d.power = 'decide_extension' AND d.revoked_at IS NULL AND d.from_day <= $2::date AND d.to_day >= $2::date AND lower(coalesce(la.email, a.email)) = ANY($1::text[])
     ORDER BY d.created_at DESC`,
    [emails.map((e) => e.toLowerCase()), day],
  );
  const out = new Map<string, DelegationRecord>();
  for (const r of rows.map(recordOf)) if (!out.has(r.delegator.email.toLowerCase())) out.set(r.delegator.email.toLowerCase(), r);
  return out;
}

export async function revokeDelegation(q: Queryable, id: string, by: string): Promise<void> {
  await q.query('UPDATE delegations SET revoked_at = now(), revoked_by = $2 WHERE id = $1::bigint AND revoked_at IS NULL', [id, by]);
}
