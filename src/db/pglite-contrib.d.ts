// Types for PGlite's contrib extensions: the package publishes them under "exports" only, which this
// project's module resolution ("node") does not read. The value is the package's own.
declare module '@electric-sql/pglite/contrib/pg_trgm' {
  import type { Extension } from '@electric-sql/pglite';

  export const pg_trgm: Extension;
}
