import { sql, type Kysely, type Migration } from 'kysely';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import { createDatabase } from '../../src/server/db/createDatabase';
import { MIGRATIONS, migrateToLatest } from '../../src/server/db/migrations';
import { NEXT_MIGRATION, NEXT_ONLY_SYNC_SCHEMAS } from '../server/nextSyncSchema';

// The server of a "next" release, for tests/e2e/release-upgrade.test.ts: the same start as
// src/server/main.ts (config → database → migrations → app → listen), with one extra migration
// and a sync schema one version up. It speaks only that version: it plays a release after the
// transition period, so an app of today gets 409 'schema-version' and must update itself.

const nextMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createTable('next_release_fixture').addColumn('id', 'integer', (c) => c.primaryKey()).execute();
    await sql`insert into next_release_fixture (id) values (1)`.execute(db);
  },
};

async function main(): Promise<void> {
  const config = loadConfig();
  const database = createDatabase(config);
  await migrateToLatest(database.db, { ...MIGRATIONS, [NEXT_MIGRATION]: nextMigration });
  const app = await buildApp({ ...database, config, syncSchemas: NEXT_ONLY_SYNC_SCHEMAS });
  const stop = () => void app.close().then(() => database.close()).then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await app.listen({ port: config.port, host: config.host });
  console.log(`Listening on http://localhost:${config.port} (database: ${database.dialect}, next release)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
