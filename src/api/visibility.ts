// Who may see which task: an agency what it leads or coordinates, everyone else everything; a task
// one may not see answers exactly like a missing one.
import type { Queryable } from '../db/database';
import { taskAgencies } from '../db/registrations';
import { maySee, type Principal } from './auth';
import { notFound } from './errors';

export async function requireVisible(db: Queryable, p: Principal, id: string): Promise<void> {
  const scope = await taskAgencies(db, id);
  if (!scope || !maySee(p, scope.lead, scope.coordinating)) throw notFound(`nhiệm vụ ${id}`, `task ${id}`);
}
