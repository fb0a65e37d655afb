import type { Kysely, Migration } from 'kysely';

/**
 * Feedback on the informatiemap (issue 16, item 5): one row per piece of feedback, anonymous. The
 * phone's own random id (`client_id`) is the key, so a repeat is stored once. The day it arrived,
 * never a time; no address, session or device. Deleted after FEEDBACK_KEEP_DAYS (store/retention.ts).
 */
export const feedbackMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('feedback')
      .addColumn('client_id', 'text', (c) => c.primaryKey())
      .addColumn('gemeente', 'text', (c) => c.notNull())
      .addColumn('page', 'text', (c) => c.notNull())
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('choice', 'text', (c) => c.notNull())
      .addColumn('text', 'text')
      /** YYYY-MM-DD (UTC). */
      .addColumn('day', 'text', (c) => c.notNull())
      .execute();
    // The summary reads one municipality; the daily cap and the retention read by day.
    await db.schema.createIndex('feedback_gemeente_day').on('feedback').columns(['gemeente', 'day']).execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('feedback').execute();
  },
};
