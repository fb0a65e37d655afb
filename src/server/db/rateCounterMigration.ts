import { PostgresAdapter, sql, type Kysely, type Migration } from 'kysely';

/**
 * Rate-limit and failure counters shared by every server instance (http/counters.ts): one row per
 * (scope, key) and fixed window. On PostgreSQL the table is UNLOGGED: a counter is worth no WAL
 * write or fsync, and losing the counts in a crash only resets the windows. SQLite runs one
 * instance and keeps its counters in memory, but gets the table too, so the schema is one.
 */
export const rateCounterMigration: Migration = {
  async up(db: Kysely<unknown>) {
    const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
    let table = db.schema.createTable('rate_counter');
    if (postgres) table = table.modifyFront(sql`unlogged`);
    await table
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      /** ISO 8601 end of the counted window; a new window starts the count again. */
      .addColumn('window_end', 'text', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('rate_counter_pk', ['scope', 'key'])
      .execute();
    // Expired windows are deleted by this column.
    await db.schema.createIndex('rate_counter_window_end').on('rate_counter').column('window_end').execute();
    // A repeated refusal finds the audit entry of the device's previous mutation (store/audit.ts).
    await db.schema.createIndex('audit_client_mutation').on('audit').columns(['client_id', 'mutation_id']).execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('audit_client_mutation').execute();
    await db.schema.dropTable('rate_counter').execute();
  },
};
