// The planner's statistics for PGlite, which has no autovacuum to gather them: without them it guesses
// row counts and may read a whole table where an index serves (the task list's plans depend on it).
import type { Database } from './database';

/** ANALYZE on PGlite (a few hundred ms for 100,000 tasks, so at start, before requests); PostgreSQL's autovacuum does it there. */
export async function refreshPlannerStatistics(db: Database): Promise<void> {
  if (db.engine === 'pglite') await db.exec('ANALYZE');
}
