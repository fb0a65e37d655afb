import type { Kysely, Migration } from 'kysely';

/**
 * A device's restore secret (README "Sessions"): given at activation to inburgeraars' and helpers'
 * phones, kept in the phone's IndexedDB, stored here only as a SHA-256 hash on the session row.
 * With it, a phone whose browser lost the session cookie gets a fresh cookie for the same session
 * (`POST /api/device/restore`). The previous secret stays valid until the newest one has been used
 * once, so an answer lost on the way never locks the phone out (src/server/store/restore.ts).
 */
export const deviceRestoreMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('session').addColumn('restore_hash', 'text').execute();
    await db.schema.alterTable('session').addColumn('restore_prev_hash', 'text').execute();
    await db.schema.createIndex('session_restore').on('session').column('restore_hash').execute();
    await db.schema.createIndex('session_restore_prev').on('session').column('restore_prev_hash').execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('session_restore_prev').execute();
    await db.schema.dropIndex('session_restore').execute();
    await db.schema.alterTable('session').dropColumn('restore_prev_hash').execute();
    await db.schema.alterTable('session').dropColumn('restore_hash').execute();
  },
};
