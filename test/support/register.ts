// A migrated in-memory PGlite register for the test file that calls this (PGlite takes seconds to
// start, so one per file, shared by its tests; task ids are unique, so tests do not collide).
import { openPglite, type Database } from '../../src/db/database';
import { migrate } from '../../src/db/migrations';

export function registerPerFile(): () => Database {
  let db: Database | undefined;
  beforeAll(async () => {
    db = await openPglite();
    await migrate(db);
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });
  return () => {
    if (!db) throw new Error('the register is opened in beforeAll');
    return db;
  };
}
