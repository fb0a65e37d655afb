import type { Kysely, Migration } from 'kysely';

/**
 * Web Push (issue 13, item 4):
 * - `push_subscription`: one browser PushSubscription per device session. It ends with the
 *   session: a revoked or signed-out session's row is deleted, and a send never uses a session
 *   that is not live (store/pushSubscriptions.ts).
 * - `push_event`: what is to be sent, written in the transaction of the change itself; any
 *   instance may claim a row, exactly one does (claimed_by set where it was null), then sends and
 *   deletes it. The payload is a kind and a screen path only, never names or free text.
 * - `push_once`: what must be sent only once ever (the term's end 6, 3 and 1 months ahead); its
 *   primary key makes a second instance's insert a no-op.
 */
export const pushMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('push_subscription')
      .addColumn('session_id', 'text', (c) => c.primaryKey())
      .addColumn('endpoint', 'text', (c) => c.notNull().unique())
      .addColumn('p256dh', 'text', (c) => c.notNull())
      .addColumn('auth', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('push_event')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('dossier_id', 'text', (c) => c.notNull())
      /** 'person': the inburgeraar's and their helpers' devices; 'staff': the caseload's staff. */
      .addColumn('audience', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('claimed_by', 'text')
      .addColumn('claimed_at', 'text')
      .execute();
    await db.schema.createIndex('push_event_claimed').on('push_event').columns(['claimed_by', 'created_at']).execute();
    await db.schema
      .createTable('push_once')
      .addColumn('dossier_id', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('push_once_pk', ['dossier_id', 'key'])
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('push_once').execute();
    await db.schema.dropTable('push_event').execute();
    await db.schema.dropTable('push_subscription').execute();
  },
};
