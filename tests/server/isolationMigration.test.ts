import { Migrator, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config';
import { createDatabase } from '../../src/server/db/createDatabase';
import { MIGRATIONS, migrateToLatest } from '../../src/server/db/migrations';
import { backends } from './backends';
import { ADMIN_TOKEN, SECURITY_CONTACT } from './harness';

// Migration 0004_isolation on a database with data from before it: every dossier gets an epoch
// and origin 'import', and the audit trail its municipality where its dossier or staff member
// names it, so an upgraded server shows each admin token its own trail (docs/threat-model.md).

describe.each(backends)('migration 0004_isolation over existing data ($name)', (backend) => {
  it('fills in epoch, origin and the audit trail’s municipality', async () => {
    const storage = await backend.create();
    const config = loadConfig({ STATIC_DIR: '/nonexistent', ADMIN_TOKEN, SECURITY_CONTACT, ...storage.env });
    const { db, close } = createDatabase(config);
    try {
      // The schema before 0004, with data written then.
      const { error } = await new Migrator({ db, provider: { getMigrations: () => Promise.resolve({ ...MIGRATIONS }) } }).migrateTo('0003_helpers');
      if (error) throw error;
      await sql`INSERT INTO dossier (id, gemeente, version, created_at) VALUES ('rw-1', 'rijswijk', 3, '2025-01-01T00:00:00.000Z')`.execute(db);
      await sql`INSERT INTO staff (id, name, role, gemeente, created_at, updated_at) VALUES ('zv-s1', 'S', 'begeleider', 'zevenaar', 'x', 'x')`.execute(db);
      for (const [id, column, value] of [['a1', 'dossier_id', 'rw-1'], ['a2', 'staff_id', 'zv-s1'], ['a3', 'dossier_id', 'rw-deleted']]) {
        await sql`INSERT INTO audit (id, at, actor, action, status, ${sql.ref(column ?? '')}) VALUES (${id}, 'x', 'admin', 'x', 'done', ${value})`.execute(db);
      }

      await migrateToLatest(db);
      expect(await db.selectFrom('dossier').select(['id', 'origin', 'epoch']).execute()).toEqual([{ id: 'rw-1', origin: 'import', epoch: '2025-01-01T00:00:00.000Z' }]);
      expect(await db.selectFrom('audit').select(['id', 'gemeente']).orderBy('id').execute()).toEqual([
        { id: 'a1', gemeente: 'rijswijk' },
        { id: 'a2', gemeente: 'zevenaar' },
        { id: 'a3', gemeente: null },
      ]);
    } finally {
      await close();
      await storage.drop();
    }
  });
});
