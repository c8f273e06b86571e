// The audit trail: every change made through the API, with who made it.
import type { Queryable } from '../db/database';
import type { Principal } from './auth';

export async function audit(q: Queryable, p: Principal, action: string, targetType: string, targetId: string, details: Record<string, unknown> = {}): Promise<void> {
  await q.query('INSERT INTO audit_log (actor_id, actor_role, action, target_type, target_id, details) VALUES ($1, $2, $3, $4, $5, $6)', [
    p.userId, p.role, action, targetType, targetId, JSON.stringify(details),
  ]);
}
