import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Isolation between municipalities and persons (docs/threat-model.md):
 * - `dossier.origin`: 'import' (the case system) or 'app' (a consulent's intake); an import onto an
 *   app-created dossier must say that it adopts it.
 * - `dossier.epoch`: new whenever the person behind a dossier id may have changed (a new dossier
 *   row, an adoption). Devices keep it in their sync cookie; a mismatch starts that dossier over.
 * - `audit.gemeente`: whose trail an entry is, so an admin token sees its own municipality's only.
 * Portable types only, one column per ALTER TABLE (SQLite).
 */
export const isolationMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('dossier').addColumn('origin', 'text', (c) => c.notNull().defaultTo('import')).execute();
    await db.schema.alterTable('dossier').addColumn('epoch', 'text', (c) => c.notNull().defaultTo('')).execute();
    // Existing dossiers: their creation time is a fine first epoch (each creation has its own).
    await sql`UPDATE dossier SET epoch = created_at`.execute(db);

    await db.schema.alterTable('audit').addColumn('gemeente', 'text').execute();
    await sql`UPDATE audit SET gemeente = (SELECT d.gemeente FROM dossier d WHERE d.id = audit.dossier_id) WHERE gemeente IS NULL`.execute(db);
    await sql`UPDATE audit SET gemeente = (SELECT s.gemeente FROM staff s WHERE s.id = audit.staff_id) WHERE gemeente IS NULL`.execute(db);
    await db.schema.createIndex('audit_gemeente_dossier').on('audit').columns(['gemeente', 'dossier_id']).execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('audit_gemeente_dossier').execute();
    await db.schema.alterTable('audit').dropColumn('gemeente').execute();
    await db.schema.alterTable('dossier').dropColumn('epoch').execute();
    await db.schema.alterTable('dossier').dropColumn('origin').execute();
  },
};
