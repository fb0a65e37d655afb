import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

// The databases every server test runs against: always SQLite (a real file in a fresh DATA_DIR,
// not :memory:, so WAL and file handling are what production gets), and PostgreSQL when
// DATABASE_URL is set (a fresh database per suite, dropped afterwards).

export interface TestStorage {
  /** Environment for loadConfig / the server process: DATA_DIR, and DATABASE_URL for PostgreSQL. */
  env: { DATA_DIR: string; DATABASE_URL?: string };
  drop(): Promise<void>;
}

export interface Backend {
  name: 'sqlite' | 'postgres';
  create(): Promise<TestStorage>;
}

async function tempDataDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'tir-server-test-'));
}

const sqlite: Backend = {
  name: 'sqlite',
  async create() {
    const DATA_DIR = await tempDataDir();
    return { env: { DATA_DIR }, drop: () => rm(DATA_DIR, { recursive: true, force: true }) };
  },
};

/**
 * pg's Pool.end() resolves before its sockets have closed; DROP … WITH (FORCE) would then kill
 * those connections mid-goodbye and pg reports that as an uncaught error. So wait for them instead.
 */
async function dropWhenUnused(client: pg.Client, name: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await client.query(`DROP DATABASE IF EXISTS ${name}`);
      return;
    } catch (error) {
      const inUse = (error as { code?: string }).code === '55006';
      if (!inUse || attempt >= 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

function postgres(adminUrl: string): Backend {
  return {
    name: 'postgres',
    async create() {
      const name = `tir_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const DATA_DIR = await tempDataDir();
      return {
        env: { DATA_DIR, DATABASE_URL: url.toString() },
        async drop() {
          const dropper = new pg.Client({ connectionString: adminUrl });
          await dropper.connect();
          try {
            await dropWhenUnused(dropper, name);
          } finally {
            await dropper.end();
          }
          await rm(DATA_DIR, { recursive: true, force: true });
        },
      };
    },
  };
}

export const backends: Backend[] = process.env.DATABASE_URL
  ? [sqlite, postgres(process.env.DATABASE_URL)]
  : [sqlite];
