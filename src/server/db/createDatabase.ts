import { mkdirSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config';
import type { Database } from './schema';

export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  close(): Promise<void>;
}

function openSqlite(file: string, dataDir: string): Kysely<Database> {
  // Owner-only: the database holds personal data (a no-op when the folder already exists).
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const sqlite = new BetterSqlite3(file);
  // WAL lets readers run beside the writer; FULL makes a committed sync survive a power cut;
  // busy_timeout waits for another process (a CLI) instead of failing at once.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

function openPostgres(connectionString: string): Kysely<Database> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle connection that drops (a PostgreSQL restart, a failover) emits 'error' on the pool;
  // unhandled, that would crash the server. The pool replaces the connection on the next query.
  pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** PostgreSQL when DATABASE_URL is set, else an SQLite file in DATA_DIR. Run migrations next. */
export function createDatabase(config: Pick<Config, 'databaseUrl' | 'sqliteFile' | 'dataDir'>): DatabaseHandle {
  const dialect: Dialect = config.databaseUrl ? 'postgres' : 'sqlite';
  const db = config.databaseUrl ? openPostgres(config.databaseUrl) : openSqlite(config.sqliteFile, config.dataDir);
  return { db, dialect, close: () => db.destroy() };
}
