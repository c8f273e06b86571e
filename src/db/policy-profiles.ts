// Named follow-up policies in the register, and which one a new task runs under: the one named for it,
// else the most specific active profile for its source and priority, else the default profile.
import type { Queryable } from './database';
import type { Priority, TaskPolicy, TaskSource } from '../domain/task';

export interface PolicyProfile {
  id: string;
  name: string;
  description: string;
  policy: TaskPolicy;
  /** Default for tasks from these sources (empty: any source). */
  sources: TaskSource[];
  /** …and of these priorities (empty: any priority). */
  priorities: Priority[];
  active: boolean;
}

/** The profile every task falls back to; shipped by migration 006 and editable like any other. */
export const DEFAULT_PROFILE_ID = 'mac-dinh';

interface ProfileRow {
  id: string;
  name: string;
  description: string;
  policy: TaskPolicy;
  sources: TaskSource[];
  priorities: Priority[];
  active: boolean;
}

const profileOf = (r: ProfileRow): PolicyProfile => ({
  id: r.id, name: r.name, description: r.description, policy: r.policy, sources: r.sources, priorities: r.priorities, active: r.active,
});

export async function listPolicyProfiles(q: Queryable): Promise<PolicyProfile[]> {
  return (await q.query<ProfileRow>('SELECT * FROM policy_profiles ORDER BY id')).rows.map(profileOf);
}

export async function findPolicyProfile(q: Queryable, id: string): Promise<PolicyProfile | undefined> {
  const { rows } = await q.query<ProfileRow>('SELECT * FROM policy_profiles WHERE id = $1', [id]);
  return rows[0] ? profileOf(rows[0]) : undefined;
}

/**
 * The profile a task from `source` with `priority` runs under when none is named: among the active
 * profiles whose sources and priorities admit it, the one that names both, then one, then the default.
 * Read once per registration or import and reused for every task (`chooser`).
 */
export async function policyChooser(q: Queryable): Promise<(source: TaskSource, priority: Priority) => PolicyProfile | undefined> {
  const profiles = (await listPolicyProfiles(q)).filter((p) => p.active);
  const specificity = (p: PolicyProfile) => (p.sources.length ? 2 : 0) + (p.priorities.length ? 1 : 0);
  const ranked = profiles.filter((p) => p.id !== DEFAULT_PROFILE_ID && specificity(p) > 0).sort((a, b) => specificity(b) - specificity(a) || a.id.localeCompare(b.id));
  const fallback = profiles.find((p) => p.id === DEFAULT_PROFILE_ID);
  return (source, priority) =>
    ranked.find((p) => (!p.sources.length || p.sources.includes(source)) && (!p.priorities.length || p.priorities.includes(priority))) ?? fallback;
}

export async function insertPolicyProfile(q: Queryable, p: PolicyProfile): Promise<void> {
  await q.query('INSERT INTO policy_profiles (id, name, description, policy, sources, priorities, active) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
    p.id, p.name, p.description, JSON.stringify(p.policy), JSON.stringify(p.sources), JSON.stringify(p.priorities), p.active,
  ]);
}

export async function updatePolicyProfile(q: Queryable, p: PolicyProfile): Promise<void> {
  await q.query('UPDATE policy_profiles SET name = $2, description = $3, policy = $4, sources = $5, priorities = $6, active = $7, updated_at = now() WHERE id = $1', [
    p.id, p.name, p.description, JSON.stringify(p.policy), JSON.stringify(p.sources), JSON.stringify(p.priorities), p.active,
  ]);
}
