// One small interface over the two PostgreSQL engines the register runs on: PGlite in-process
// (the embedded default, files in the data folder) and a PostgreSQL server (DATABASE_URL).
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[]; affectedRows: number }>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  /** Runs `work` in one transaction: all of it commits, or none of it. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  readonly engine: 'pglite' | 'postgresql';
}

/** PGlite, with a second way in for work nobody is waiting on (see `Turns`). */
export interface PgliteDatabase extends Database {
  /**
   * The same database for the worker's activities: their statements wait while a request's are queued,
   * so a request never stands behind a directive's thousands of register writes. Closing it does nothing
   * (the database closes with the foreground).
   */
  readonly background: Database;
}

/** PGlite in a data folder, or in memory when no folder is given; with pg_trgm, which the task search's index needs. */
export async function openPglite(dataDir?: string): Promise<PgliteDatabase> {
  if (dataDir) mkdirSync(dataDir, { recursive: true }); // a fresh machine has no data folder yet
  const db = await PGlite.create({ ...(dataDir ? { dataDir } : {}), extensions: { pg_trgm } });
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await q.query<T>(sql, params);
      return { rows: result.rows, affectedRows: result.affectedRows ?? 0 };
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  });
  const direct = wrap(db);
  const turns = new Turns();
  const lane = (background: boolean): Database => ({
    engine: 'pglite',
    query: (sql, params) => turns.take(background, () => direct.query(sql, params)),
    exec: (sql) => turns.take(background, () => direct.exec(sql)),
    // Inside a transaction its statements go straight to it: the turn is the whole transaction.
    transaction: (work) => turns.take(background, () => db.transaction((tx) => work(wrap(tx)))),
    close: background ? async () => undefined : () => db.close(),
  });
  return { ...lane(false), background: lane(true) };
}

/** Where the worker's activities should reach the register: PGlite's background lane, or the database itself. */
export function backgroundLaneOf(db: Database): Database {
  return 'background' in db ? (db as PgliteDatabase).background : db;
}

/**
 * Whose turn it is at PGlite's one connection. A statement (or a whole transaction) runs alone; when
 * it ends, the event loop runs (requests arriving meanwhile are read and join the queue), then a waiting
 * request goes before waiting background work, except that background work gets every
 * BACKGROUND_EVERY-th turn while both wait, so a stream of requests cannot starve the worker.
 */
class Turns {
  private busy = false;
  private readonly waiting = { foreground: [] as (() => void)[], background: [] as (() => void)[] };
  private foregroundInARow = 0;

  /** When the event loop last came round (see `noteLoop`). */
  private loopSeenAt = performance.now();
  private noting = false;

  async take<T>(background: boolean, job: () => Promise<T>): Promise<T> {
    if (this.busy) await new Promise<void>((resolve) => this.waiting[background ? 'background' : 'foreground'].push(resolve));
    else {
      this.busy = true;
      // Statements issued one after another from promise callbacks (one finishes, its caller goes on and
      // sends the next) find the connection free and would run without the loop ever coming round.
      if (performance.now() - this.loopSeenAt > CHAIN_MS) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    this.noteLoop();
    try {
      return await job();
    } finally {
      this.next();
    }
  }

  private noteLoop(): void {
    if (this.noting) return;
    this.noting = true;
    setImmediate(() => {
      this.noting = false;
      this.loopSeenAt = performance.now();
    });
  }

  private next(): void {
    const { foreground, background } = this.waiting;
    const backgroundsTurn = background.length > 0 && (foreground.length === 0 || this.foregroundInARow >= BACKGROUND_EVERY);
    const wake = backgroundsTurn ? background.shift() : foreground.shift();
    if (!wake) {
      this.busy = false;
      this.foregroundInARow = 0;
      return;
    }
    this.foregroundInARow = backgroundsTurn ? 0 : this.foregroundInARow + 1;
    // The turn passes on (still busy) after the event loop has had its say. PGlite answers without real
    // I/O, so handing over within the same chain of promise callbacks ran thousands of queued activity
    // statements back to back while no timer fired and no request was even read (3.4 s, measured).
    setImmediate(wake);
  }
}
const BACKGROUND_EVERY = 8;
/** How long statements may follow one another before the event loop gets a turn. */
const CHAIN_MS = 10;

/** PostgreSQL server options; the bounds keep a request during an outage from hanging. */
export interface PostgresOptions {
  /** Confines the register to one schema (tests use a fresh one each). */
  searchPath?: string;
  /** How long getting a connection may take before the register counts as unavailable. Default 5 s. */
  connectTimeoutMs?: number;
  /** How long one statement may go unanswered (a server gone without a word). Migrations are not bounded. Default 30 s. */
  queryTimeoutMs?: number;
  /** Where a connection that dies while idle in the pool is reported (a server restart). Default: a warning line. */
  onConnectionError?: (error: Error) => void;
  /** Connections in the pool. Default 5. */
  poolSize?: number;
}

/** A PostgreSQL server. Connection failures (an outage, a restart) reject with `RegisterUnavailableError`. */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Database> {
  const queryTimeout = options.queryTimeoutMs ?? 30_000;
  const onConnectionError = options.onConnectionError ?? ((error: Error) => console.warn(`Đôn Đốc: kết nối PostgreSQL bị ngắt / a PostgreSQL connection was lost: ${error.message}`));
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 5,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    keepAlive: true,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
  });
  // An idle pooled connection that the server closes (restart, failover) is emitted here; without a
  // listener node would die of an unhandled 'error' event. The pool has already discarded the client.
  pool.on('error', onConnectionError);
  const probe = await pool.connect().catch(async (error: Error) => {
    await pool.end();
    throw new Error(`Không kết nối được PostgreSQL / cannot connect to PostgreSQL at ${redact(url)}: ${error.message}`, { cause: error });
  });
  probe.release();
  const wrap = (q: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []) {
      // pg accepts a per-statement query_timeout (its typings do not list it)
      const result = await q.query({ text: sql, values: params, query_timeout: queryTimeout } as pg.QueryConfig).catch(rethrow);
      return { rows: result.rows as T[], affectedRows: result.rowCount ?? 0 };
    },
    async exec(sql: string) {
      await q.query(sql).catch(rethrow);
    },
  });
  return {
    engine: 'postgresql',
    ...wrap(pool),
    async transaction(work) {
      const client = await pool.connect().catch(rethrow);
      // A checked-out client has no pool listener: a connection dying mid-transaction would otherwise
      // be an unhandled 'error' event. The failing statement rejects with it as well.
      let lost: Error | undefined;
      const onError = (error: Error) => {
        lost ??= error;
      };
      client.on('error', onError);
      let discard: Error | undefined;
      try {
        const tx = wrap(client);
        await tx.query('BEGIN');
        const result = await work(tx);
        await tx.query('COMMIT');
        return result;
      } catch (error) {
        // A broken or timed-out connection is not rolled back (it may never answer): discarding it ends
        // the transaction on the server. A failing ROLLBACK discards it too, and the first error is kept.
        discard = lost ?? (isRegisterConnectionError(error) ? (error as Error) : await rollback(client));
        throw error;
      } finally {
        client.removeListener('error', onError);
        client.release(discard); // with an error, the pool closes the client instead of reusing it
      }
    },
    close: () => pool.end(),
  };
}

async function rollback(client: pg.PoolClient): Promise<Error | undefined> {
  try {
    await client.query('ROLLBACK');
    return undefined;
  } catch (error) {
    return error as Error;
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/**
 * The register cannot be reached right now: the server is down, restarting or refusing connections,
 * or a connection died. Nothing about the request was wrong; the same request may succeed shortly.
 * Activities throw it as is, so Temporal retries them; the API answers 503.
 */
export class RegisterUnavailableError extends Error {
  override readonly name = 'RegisterUnavailableError';

  constructor(cause: unknown) {
    super(`register unavailable: ${(cause as Error)?.message ?? String(cause)}`, { cause });
  }
}

// SQLSTATE codes of a server that is going away or not accepting work yet.
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01', // admin_shutdown: terminating connection due to administrator command
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: the database system is starting up / shutting down / in recovery
  '53300', // too_many_connections: a restarting server's clients reconnecting all at once
]);
// Socket errors of a server that cannot be reached (ENOTFOUND: a container's name is gone while it restarts).
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// What pg and pg-pool say when a connection ends, times out or is unusable.
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/, // "… unexpectedly", "… due to connection timeout"
  /the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)/,
  /^timeout exceeded when trying to connect$/, // pg-pool's connectionTimeoutMillis
  /^Query read timeout$/, // our query_timeout
  /^Client has encountered a connection error and is not queryable$/,
  /^Connection ended unexpectedly$/,
];

/** Whether `error` (or what caused it) says the register cannot be reached, rather than that the request was wrong. */
export function isRegisterConnectionError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  if (error instanceof RegisterUnavailableError) return true;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string' && (e.code.startsWith('08') || UNAVAILABLE_SQLSTATES.has(e.code) || UNAVAILABLE_SOCKET_CODES.has(e.code))) return true;
  if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.some((m) => m.test(e.message as string))) return true;
  // Node's connect() reports every address it tried (IPv4 and IPv6) in an AggregateError.
  if (Array.isArray(e.errors) && e.errors.some((inner) => isRegisterConnectionError(inner, depth + 1))) return true;
  return isRegisterConnectionError(e.cause, depth + 1);
}

/** A connection failure becomes a `RegisterUnavailableError`; anything else is rethrown unchanged. */
function rethrow(error: unknown): never {
  throw isRegisterConnectionError(error) && !(error instanceof RegisterUnavailableError) ? new RegisterUnavailableError(error) : error;
}
