import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/domain/sync';
import { loadConfig } from '../../src/server/config';
import { createDatabase, type DatabaseHandle } from '../../src/server/db/createDatabase';
import { MIGRATIONS, migrateToLatest } from '../../src/server/db/migrations';
import { findSession, pull } from '../../src/server/store';
import { sha256 } from '../../src/server/store/secrets';
import { backends } from './backends';
import { ADMIN_TOKEN, SECURITY_CONTACT } from './harness';

// Upgrades lose nothing: a database made by any released version, with data in it, migrates to
// the newest schema with every row still there and still served; a migration that fails leaves the
// database as it was; instances that start together migrate once.

type AnyDb = Kysely<Record<string, Record<string, unknown>>>;
type Fixture = Record<string, Record<string, unknown>[]>;

const AT = '2026-01-05T10:00:00.000Z';
const TOKEN = 'session-token-of-a-phone-before-the-upgrade';
const DOSSIER_ROW = { id: 'rw-old-0001', firstName: 'Amal', language: 'ar', leerroute: 'b1' };

/**
 * What each released migration's tables held, written as that version's server wrote them. A new
 * migration adds its entry here (the test below insists), so the next release is tested from it.
 */
const DATA_BY_MIGRATION: Record<string, Fixture> = {
  '0001_initial': {
    dossier: [{ id: 'rw-old-0001', gemeente: 'rijswijk', version: 3, created_at: AT }],
    row: [
      { dossier_id: 'rw-old-0001', tbl: 'dossiers', key: 'rw-old-0001', value: JSON.stringify(DOSSIER_ROW), version: 1, deleted: 0 },
      { dossier_id: 'rw-old-0001', tbl: 'checklist', key: 'k1', value: JSON.stringify({ id: 'k1', kind: 'huisarts', status: 'done' }), version: 2, deleted: 0 },
      { dossier_id: 'rw-old-0001', tbl: 'checklist', key: 'k2', value: null, version: 3, deleted: 1 },
    ],
    activation_code: [{ code_hash: sha256('ABCDEFGHJK'), dossier_id: 'rw-old-0001', kind: 'dossier', expires_at: '2026-01-19T10:00:00.000Z', used_at: AT, created_at: AT }],
    session: [{ id: 'session-old-1', token_hash: sha256(TOKEN), dossier_id: 'rw-old-0001', kind: 'dossier', created_at: AT, last_seen_at: AT, revoked_at: null }],
    client: [{ client_id: 'client-old-1', session_id: 'session-old-1', last_mutation_id: 7 }],
    mutation: [{ client_id: 'client-old-1', mutation_id: 7, name: 'checklist.setStatus', args: '{"itemId":"k1","status":"done"}', status: 'applied', error: null, dossier_id: 'rw-old-0001', created_at: AT }],
  },
  '0002_calendar_feed': {
    calendar_feed: [{ dossier_id: 'rw-old-0001', token_hash: sha256('feed-token'), created_at: AT }],
  },
  '0003_helpers': {
    staff: [{ id: 'staff-old-1', name: 'Youssef', role: 'begeleider', gemeente: 'rijswijk', created_at: AT, updated_at: AT }],
    caseload: [{ staff_id: 'staff-old-1', dossier_id: 'rw-old-0001' }],
    audit: [{ id: 'audit-old-1', at: AT, actor: 'admin', session_id: null, staff_id: null, dossier_id: 'rw-old-0001', action: 'dossier.import', status: 'applied', error_code: null, detail: null, client_id: null, mutation_id: null }],
  },
  '0004_isolation': {
    dossier: [{ id: 'zv-old-0002', gemeente: 'zevenaar', version: 0, created_at: AT, origin: 'app', epoch: 'epoch-of-zv-old-0002' }],
    audit: [{ id: 'audit-old-2', at: AT, actor: 'admin', session_id: null, staff_id: null, dossier_id: 'zv-old-0002', action: 'dossier.import', status: 'applied', error_code: null, detail: null, client_id: null, mutation_id: null, gemeente: 'zevenaar' }],
  },
  '0005_abuse': {
    rate_counter: [{ scope: 'activation-address', key: sha256('198.51.100.7'), window_end: '2026-01-05T10:01:00.000Z', count: 3 }],
  },
  '0006_staff_device_keys': {
    session: [{ id: 'session-old-staff', token_hash: sha256('staff-phone-token'), dossier_id: null, staff_id: 'staff-old-1', share_id: null, kind: 'staff', created_at: AT, last_seen_at: AT, revoked_at: null, device_key: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE-example-public-key' }],
  },
  '0007_device_restore': {
    session: [{ id: 'session-old-2', token_hash: sha256('second-phone-token'), dossier_id: 'rw-old-0001', kind: 'dossier', created_at: AT, last_seen_at: AT, revoked_at: null, restore_hash: sha256('restore-secret'), restore_prev_hash: null }],
  },
  '0009_push': {
    push_subscription: [{ session_id: 'session-old-2', endpoint: 'https://push.example.com/send/abc', p256dh: 'BNc-example-key', auth: 'auth-example', created_at: AT }],
    push_event: [{ id: 'push-old-1', dossier_id: 'rw-old-0001', audience: 'person', kind: 'appointment', created_at: AT, claimed_by: null, claimed_at: null }],
    push_once: [{ dossier_id: 'rw-old-0001', key: 'term-end-6', created_at: AT }],
  },
  '0010_activity': {
    activity: [{ gemeente: 'rijswijk', id: 'taalcafe-bieb', body: '{"kind":"taalcafe"}', created_at: AT, updated_at: AT }],
  },
  '0011_question_photo': {
    question_photo: [{ dossier_id: 'rw-old-0001', question_id: '00000000-0000-4000-8000-000000000011', content_type: 'image/jpeg', data: '/9j/4AAQ', created_at: AT }],
  },
  '0012_feedback': {
    feedback: [{ client_id: '7d3c1f0e-5b2a-4c8d-9e6f-0a1b2c3d4e5f', gemeente: 'rijswijk', page: 'geld', language: 'ar', choice: 'wrong-language', text: 'Het woord klopt niet', day: '2026-01-05' }],
  },
};

/** The data of every migration up to and including `last`, table by table. */
function fixtureUpTo(last: string): Fixture {
  const fixture: Fixture = {};
  for (const name of NAMES.filter((n) => n <= last)) {
    for (const [table, rows] of Object.entries(DATA_BY_MIGRATION[name] ?? {})) (fixture[table] ??= []).push(...rows);
  }
  return fixture;
}

const NAMES = Object.keys(MIGRATIONS).sort();
/** Every schema a released version left behind: after its last migration. */
const RELEASED = NAMES.filter((name) => name in DATA_BY_MIGRATION);

function provider(migrations: Readonly<Record<string, Migration>>) {
  return { getMigrations: () => Promise.resolve({ ...migrations }) };
}

async function migrateTo(db: AnyDb, name: string): Promise<void> {
  const { error } = await new Migrator({ db, provider: provider(MIGRATIONS) }).migrateTo(name);
  if (error) throw error;
}

async function tableNames(db: AnyDb): Promise<string[]> {
  const tables = await db.introspection.getTables();
  return tables.map((t) => t.name).sort();
}

async function columnsOf(db: AnyDb, table: string): Promise<string[]> {
  const tables = await db.introspection.getTables();
  return (tables.find((t) => t.name === table)?.columns ?? []).map((c) => c.name).sort();
}

/** Every fixture row is stored with every value it was written with, and no row more or less. */
async function expectAllThere(db: AnyDb, fixture: Fixture): Promise<void> {
  for (const [table, rows] of Object.entries(fixture)) {
    const stored = await db.selectFrom(table).selectAll().execute();
    expect(stored, table).toHaveLength(rows.length);
    expect(stored, table).toEqual(expect.arrayContaining(rows.map((row) => expect.objectContaining(row) as unknown)));
  }
}

describe('migration fixtures', () => {
  it('every migration has data to upgrade from', () => {
    expect(Object.keys(DATA_BY_MIGRATION).sort()).toEqual(NAMES);
  });
});

for (const backend of backends) {
  describe(`database migrations (${backend.name})`, () => {
    /** Fresh storage, and `instances` handles on it (instances of the server starting together). */
    async function withDatabase(instances: number, use: (...dbs: AnyDb[]) => Promise<void>): Promise<void> {
      const storage = await backend.create();
      const config = loadConfig({ STATIC_DIR: '/nonexistent', ADMIN_TOKEN, SECURITY_CONTACT, ...storage.env });
      const handles: DatabaseHandle[] = Array.from({ length: instances }, () => createDatabase(config));
      try {
        await use(...handles.map((h) => h.db as unknown as AnyDb));
      } finally {
        for (const handle of handles) await handle.close();
        await storage.drop();
      }
    }

    it.each(RELEASED)('a database last migrated by %s, with data, upgrades with nothing lost and keeps serving', async (released) => {
      await withDatabase(1, async (db) => {
        await migrateTo(db, released);
        const fixture = fixtureUpTo(released);
        for (const [table, rows] of Object.entries(fixture)) for (const row of rows) await db.insertInto(table).values(row).execute();

        await migrateToLatest(db);

        await expectAllThere(db, fixture);
        // Still served: the phone's old cookie finds its session, and a pull brings its rows.
        const session = await findSession(db as never, TOKEN);
        expect(session?.kind).toBe('dossier');
        const answer = await pull(db as never, session as NonNullable<typeof session>, { schemaVersion: SCHEMA_VERSION, clientId: 'client-old-1', cookie: null });
        expect(answer.lastMutationId).toBe(7);
        expect(answer.patch).toContainEqual({ op: 'put', table: 'dossiers', id: 'rw-old-0001', value: expect.objectContaining(DOSSIER_ROW) as unknown });
        expect(answer.patch).toContainEqual({ op: 'put', table: 'checklist', id: 'k1', value: expect.objectContaining({ status: 'done' }) as unknown });
      });
    });

    it('a failing migration leaves the database as it was, also the migrations before it in the same run', async () => {
      await withDatabase(1, async (db) => {
        const last = NAMES[NAMES.length - 1] as string;
        await migrateToLatest(db);
        const tablesBefore = await tableNames(db);
        const sessionColumnsBefore = await columnsOf(db, 'session');
        const next: Migration = {
          async up(trx: Kysely<unknown>) {
            await trx.schema.createTable('next_release_table').addColumn('id', 'text', (c) => c.primaryKey()).execute();
            await trx.schema.alterTable('session').addColumn('next_release_column', 'text').execute();
          },
        };
        const broken: Migration = {
          async up(trx: Kysely<unknown>) {
            await trx.schema.createTable('half_done').addColumn('id', 'text').execute();
            await sql`select * from a_table_that_does_not_exist`.execute(trx);
          },
        };
        const upgraded = { ...MIGRATIONS, [`${last}~1_next`]: next, [`${last}~2_broken`]: broken };

        await expect(migrateToLatest(db, upgraded)).rejects.toThrow(/~2_broken failed; the database is unchanged/);

        expect(await tableNames(db)).toEqual(tablesBefore);
        expect(await columnsOf(db, 'session')).toEqual(sessionColumnsBefore);
        const done = await db.selectFrom('kysely_migration').select('name').execute();
        expect(done.map((r) => r.name).sort()).toEqual(NAMES);
      });
    });

    if (backend.name === 'postgres') {
      it('two instances starting at once on one database migrate once, and both start', async () => {
        await withDatabase(2, async (first, second) => {
          await Promise.all([migrateToLatest(first), migrateToLatest(second)]);
          const done = await first.selectFrom('kysely_migration').select('name').execute();
          expect(done.map((r) => r.name).sort()).toEqual(NAMES);
          expect(await tableNames(second)).toEqual(expect.arrayContaining(['dossier', 'session', 'staff', 'audit']));
        });
      });
    }
  });
}
