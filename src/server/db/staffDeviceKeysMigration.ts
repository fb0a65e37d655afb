import type { Kysely, Migration } from 'kysely';

/**
 * A staff device's public key, bound to its session (src/domain/deviceProof.ts): a column of the
 * session, so it goes wherever the session goes (revoked, expired, deleted by retention).
 */
export const staffDeviceKeysMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('session').addColumn('device_key', 'text').execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('session').dropColumn('device_key').execute();
  },
};
