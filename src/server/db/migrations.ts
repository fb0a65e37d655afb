import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { activityMigration } from './activityMigration';
import { deviceRestoreMigration } from './deviceRestoreMigration';
import { feedbackMigration } from './feedbackMigration';
import { helpersMigration } from './helpersMigration';
import { isolationMigration } from './isolationMigration';
import { pushMigration } from './pushMigration';
import { questionPhotoMigration } from './questionPhotoMigration';
import { rateCounterMigration } from './rateCounterMigration';
import { staffDeviceKeysMigration } from './staffDeviceKeysMigration';

// One set of migrations for SQLite and PostgreSQL: only the schema builder and portable column
// types (text, integer). Never edit a migration that has shipped; add a new one.

const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('dossier')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('gemeente', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('row')
      .addColumn('dossier_id', 'text', (c) => c.notNull().references('dossier.id'))
      .addColumn('tbl', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('value', 'text')
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('row_pk', ['tbl', 'key'])
      .execute();
    // Pull reads "rows of this dossier newer than the cookie's version".
    await db.schema.createIndex('row_dossier_version').on('row').columns(['dossier_id', 'version']).execute();

    await db.schema
      .createTable('activation_code')
      .addColumn('code_hash', 'text', (c) => c.primaryKey())
      .addColumn('dossier_id', 'text', (c) => c.references('dossier.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('activation_code_dossier').on('activation_code').column('dossier_id').execute();

    await db.schema
      .createTable('session')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('dossier_id', 'text', (c) => c.references('dossier.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_seen_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema.createIndex('session_dossier').on('session').column('dossier_id').execute();

    await db.schema
      .createTable('client')
      .addColumn('client_id', 'text', (c) => c.primaryKey())
      .addColumn('session_id', 'text', (c) => c.notNull().references('session.id'))
      .addColumn('last_mutation_id', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.createIndex('client_session').on('client').column('session_id').execute();

    await db.schema
      .createTable('mutation')
      .addColumn('client_id', 'text', (c) => c.notNull())
      .addColumn('mutation_id', 'integer', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('args', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('error', 'text')
      .addColumn('dossier_id', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('mutation_pk', ['client_id', 'mutation_id'])
      .execute();
    await db.schema.createIndex('mutation_dossier').on('mutation').column('dossier_id').execute();
  },

  async down(db: Kysely<unknown>) {
    for (const table of ['mutation', 'client', 'session', 'activation_code', 'row', 'dossier']) {
      await db.schema.dropTable(table).execute();
    }
  },
};

/**
 * Private calendar subscription feeds: at most one per dossier, its token stored only as a hash.
 * Creating a new one replaces the old (the old URL then gives 404).
 */
const calendarFeed: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('calendar_feed')
      .addColumn('dossier_id', 'text', (c) => c.primaryKey().references('dossier.id'))
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('calendar_feed').execute();
  },
};

/** Every migration ever shipped, by name; they run in the order of their names. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001_initial': initial,
  '0002_calendar_feed': calendarFeed,
  '0003_helpers': helpersMigration,
  '0004_isolation': isolationMigration,
  '0005_abuse': rateCounterMigration,
  '0006_staff_device_keys': staffDeviceKeysMigration,
  '0007_device_restore': deviceRestoreMigration,
  '0009_push': pushMigration,
  '0010_activity': activityMigration,
  '0011_question_photo': questionPhotoMigration,
  '0012_feedback': feedbackMigration,
};

/**
 * Brings the database to the newest schema. All pending migrations run in ONE transaction (on
 * SQLite too, see createDatabase.ts), so a failing one leaves the database exactly as it was and
 * the caller (the server's start) stops with the error instead of serving a half-migrated schema.
 * Instances starting at once on one PostgreSQL take Kysely's advisory lock in turn: the first
 * migrates, the others then find nothing pending. (An SQLite file serves one instance.)
 */
export async function migrateToLatest<DB>(db: Kysely<DB>, migrations: Readonly<Record<string, Migration>> = MIGRATIONS): Promise<void> {
  // Migrations live in code (not in files found at run time), so tsx, bundles and tests agree.
  const provider: MigrationProvider = { getMigrations: () => Promise.resolve({ ...migrations }) };
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (!error) return;
  const failed = results?.find((r) => r.status === 'Error');
  throw new Error(`Migration ${failed?.migrationName ?? ''} failed; the database is unchanged`, { cause: error });
}
