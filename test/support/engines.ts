// The two engines the register runs on, for tests that must pass on both: PGlite in memory, and a
// fresh schema on the PostgreSQL server (dropped afterwards).
import { randomUUID } from 'node:crypto';
import { openPglite, openPostgres, type Database, type PostgresOptions } from '../../src/db/database';

export const POSTGRES_URL = process.env.DONDOC_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface Engine {
  open(): Promise<Database>;
  dispose(): Promise<void>;
}

export function pgliteEngine(): Engine {
  return { open: () => openPglite(), dispose: async () => undefined };
}

export function postgresEngine(): Engine {
  const schema = `dondoc_test_${randomUUID().replace(/-/g, '')}`;
  return {
    async open() {
      const admin = await openPostgres(POSTGRES_URL);
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await admin.close();
      return openPostgres(POSTGRES_URL, { searchPath: schema });
    },
    async dispose() {
      const admin = await openPostgres(POSTGRES_URL);
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.close();
    },
  };
}

/**
 * A PostgreSQL server the test owns (its whole default database), known only once the test started it:
 * `url` is read when the register opens. Disposing leaves the server to its owner.
 */
export function postgresServerEngine(url: () => string, options: PostgresOptions = {}): Engine {
  return { open: () => openPostgres(url(), options), dispose: async () => undefined };
}

export const ENGINES: [string, () => Engine][] = [
  ['PGlite', pgliteEngine],
  ['PostgreSQL', postgresEngine],
];
