import type { Kysely, Migration } from 'kysely';

/**
 * A photo with a question (issue 16, "I got a letter I don't understand"): at most one per
 * question, bound to the question's dossier and id. Stored as base64 text, which both SQLite and
 * PostgreSQL hold alike; the size limit (domain/questionPhoto.ts) keeps that small. It goes with
 * the dossier (deleteDossier), with its question, and by age (store/retention.ts).
 */
export const questionPhotoMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('question_photo')
      .addColumn('dossier_id', 'text', (c) => c.notNull())
      .addColumn('question_id', 'text', (c) => c.notNull())
      .addColumn('content_type', 'text', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('question_photo_pk', ['dossier_id', 'question_id'])
      .execute();
    await db.schema.createIndex('question_photo_created').on('question_photo').column('created_at').execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('question_photo').execute();
  },
};
