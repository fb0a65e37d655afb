import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteAdapter, SqliteDialect, type DialectAdapter, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import type { Config } from '../config';
import type { Database } from './schema';

export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  close(): Promise<void>;
}

/**
 * SQLite does run CREATE and ALTER TABLE inside a transaction, but Kysely's adapter says it does
 * not, so its Migrator would run migrations one statement at a time: a failure halfway would leave
 * a half-migrated file. This adapter says yes, so all pending migrations share one transaction.
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class MigratableSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

/** The database and its WAL and shared-memory files: personal data, owner-only. */
function restrictSqliteFiles(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
}

/** How many distinct statements stay prepared; past it the oldest is dropped first. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * Kysely prepares every query anew, and on a full pull preparing took as long as SQLite took to
 * run the queries (docs/benchmarks.md, "Where a pull's time goes"). better-sqlite3's statements can be run
 * again with other parameters, so each SQL text is prepared once and kept. Kysely's SQLite driver
 * runs one query at a time on its one connection, so a kept statement is never busy when it is
 * handed out again.
 */
export function withStatementCache(sqlite: BetterSqlite3.Database, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (statement) {
        // Most recently used last, so the first key is the one to drop.
        statements.delete(sql);
      } else {
        statement = sqlite.prepare(sql);
        if (statements.size >= size) statements.delete(statements.keys().next().value as string);
      }
      statements.set(sql, statement);
      return statement;
    },
    close: () => {
      statements.clear();
      sqlite.close();
    },
  };
}

function openSqlite(file: string, dataDir: string): Kysely<Database> {
  // Owner-only: the database holds personal data (a no-op when the folder already exists).
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // Created 0600 before SQLite opens it, whatever the umask; SQLite gives the -wal and -shm files
  // the database file's mode, and an existing, looser file is tightened here.
  closeSync(openSync(file, 'a', 0o600));
  restrictSqliteFiles(file);
  const sqlite = new BetterSqlite3(file);
  // WAL lets readers run beside the writer; FULL makes a committed sync survive a power cut;
  // busy_timeout waits for another process (a CLI) instead of failing at once.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  restrictSqliteFiles(file);
  return new Kysely<Database>({ dialect: new MigratableSqliteDialect({ database: withStatementCache(sqlite) }) });
}

function openPostgres(connectionString: string): Kysely<Database> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle connection that drops (a PostgreSQL restart, a failover) emits 'error' on the pool;
  // unhandled, that would crash the server. The pool replaces the connection on the next query.
  pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
  // A connection that drops while a request holds it (PostgreSQL stopped mid-transaction) emits
  // 'error' on its client, where the pool does not listen while the client is lent out: without a
  // listener that, too, would crash the server. The request's query fails with that error anyway
  // (a 503, see http/errorHandling.ts), and the pool discards the client when it comes back.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

// SQLSTATE classes and codes meaning "the database is not there right now", not "this request is
// wrong": 08 connection exception, 57P01–57P03 shut down / starting up, 53300 too many connections.
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123]|53300)$/;
const UNAVAILABLE_SOCKET = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * True for an error that says the database server cannot be reached (PostgreSQL stopped,
 * restarting, or the network to it gone): the request may succeed later, so it is a 503.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = 'code' in error && typeof error.code === 'string' ? error.code : '';
  if (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_SOCKET.has(code)) return true;
  // pg's own errors for a connection that ended under it carry no code.
  return /^Connection terminated|is not queryable|^timeout exceeded when trying to connect/.test(error.message);
}

/** PostgreSQL when DATABASE_URL is set, else an SQLite file in DATA_DIR. Run migrations next. */
export function createDatabase(config: Pick<Config, 'databaseUrl' | 'sqliteFile' | 'dataDir'>): DatabaseHandle {
  const dialect: Dialect = config.databaseUrl ? 'postgres' : 'sqlite';
  const db = config.databaseUrl ? openPostgres(config.databaseUrl) : openSqlite(config.sqliteFile, config.dataDir);
  return { db, dialect, close: () => db.destroy() };
}
