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

// The columns are named as the fields, and jsonb comes back parsed: a row is a profile as it is.
const COLUMNS = 'id, name, description, policy, sources, priorities, active';

export async function listPolicyProfiles(q: Queryable): Promise<PolicyProfile[]> {
  return (await q.query<PolicyProfile>(`SELECT ${COLUMNS} FROM policy_profiles ORDER BY id`)).rows;
}

export async function findPolicyProfile(q: Queryable, id: string): Promise<PolicyProfile | undefined> {
  return (await q.query<PolicyProfile>(`SELECT ${COLUMNS} FROM policy_profiles WHERE id = $1`, [id])).rows[0];
}

/** Which profile a new task runs under; read once per registration or import and used for every task. */
export interface ProfileChooser {
  /** A profile named for a task: undefined when there is no such active profile. */
  named(id: string): PolicyProfile | undefined;
  /**
   * The profile for a task that names none: among the active profiles whose sources and priorities
   * admit it, the one that names both, then one, then the default.
   */
  forTask(source: TaskSource, priority: Priority): PolicyProfile | undefined;
}

export async function profileChooser(q: Queryable): Promise<ProfileChooser> {
  const profiles = (await listPolicyProfiles(q)).filter((p) => p.active);
  const specificity = (p: PolicyProfile) => (p.sources.length ? 2 : 0) + (p.priorities.length ? 1 : 0);
  const ranked = profiles.filter((p) => p.id !== DEFAULT_PROFILE_ID && specificity(p) > 0).sort((a, b) => specificity(b) - specificity(a) || a.id.localeCompare(b.id));
  const fallback = profiles.find((p) => p.id === DEFAULT_PROFILE_ID);
  return {
    named: (id) => profiles.find((p) => p.id === id),
    forTask: (source, priority) =>
      ranked.find((p) => (!p.sources.length || p.sources.includes(source)) && (!p.priorities.length || p.priorities.includes(priority))) ?? fallback,
  };
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
