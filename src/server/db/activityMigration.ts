import type { Kysely, Migration } from 'kysely';

/**
 * Local activities (issue 16), per municipality: the key is (gemeente, id), so one municipality's
 * admin token can never reach another's activity of the same id. The activity itself is one JSON
 * text, validated by `activityBodySchema` on the way in and `activitySchema` on the way out.
 */
export const activityMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('activity')
      .addColumn('gemeente', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('activity_pk', ['gemeente', 'id'])
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('activity').execute();
  },
};
