import type { Kysely, Migration } from 'kysely';

/**
 * Helpers (docs/architecture.md, "Who uses it: device kinds"): staff members and their caseloads, sessions and activation
 * codes bound to a staff member or a share, and the audit trail. Portable types only, like
 * migrations.ts; SQLite adds one column per ALTER TABLE.
 */
export const helpersMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('staff')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('gemeente', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('caseload')
      .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
      .addColumn('dossier_id', 'text', (c) => c.notNull().references('dossier.id'))
      .addPrimaryKeyConstraint('caseload_pk', ['staff_id', 'dossier_id'])
      .execute();
    await db.schema.createIndex('caseload_dossier').on('caseload').column('dossier_id').execute();

    // A staff session has no dossier; a helper session has its dossier and its share.
    await db.schema.alterTable('session').addColumn('staff_id', 'text').execute();
    await db.schema.alterTable('session').addColumn('share_id', 'text').execute();
    await db.schema.createIndex('session_staff').on('session').column('staff_id').execute();
    await db.schema.alterTable('activation_code').addColumn('staff_id', 'text').execute();
    await db.schema.alterTable('activation_code').addColumn('share_id', 'text').execute();

    // Who did what, when, on which dossier. Ids, names and outcomes only: never the arguments of
    // a change (they hold personal data, and stay in `mutation`, which goes with its dossier).
    await db.schema
      .createTable('audit')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('session_id', 'text')
      .addColumn('staff_id', 'text')
      .addColumn('dossier_id', 'text')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('error_code', 'text')
      .addColumn('detail', 'text')
      .addColumn('client_id', 'text')
      .addColumn('mutation_id', 'integer')
      .execute();
    await db.schema.createIndex('audit_dossier').on('audit').columns(['dossier_id', 'at']).execute();
    await db.schema.createIndex('audit_staff').on('audit').columns(['staff_id', 'at']).execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('audit').execute();
    for (const column of ['share_id', 'staff_id']) {
      await db.schema.alterTable('activation_code').dropColumn(column).execute();
    }
    await db.schema.dropIndex('session_staff').execute();
    for (const column of ['share_id', 'staff_id']) {
      await db.schema.alterTable('session').dropColumn(column).execute();
    }
    await db.schema.dropTable('caseload').execute();
    await db.schema.dropTable('staff').execute();
  },
};
