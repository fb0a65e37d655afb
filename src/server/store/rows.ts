import type { Kysely } from 'kysely';
import type { AnyRow, TableName } from '../../domain/tables';
import type { Database } from '../db/schema';

export type Db = Kysely<Database>;

// Row writes and the dossier version counter. Every writer of a dossier first "locks" its dossier
// row with a no-op UPDATE: PostgreSQL then holds a row lock until commit, so writers of one dossier
// take turns and version numbers follow commit order; SQLite takes its database write lock at that
// moment, so a deferred transaction never has to upgrade a read lock later (SQLITE_BUSY). Being a
// plain UPDATE, it needs no dialect-specific `FOR UPDATE`.

/** Locks the dossier for this transaction; returns its version, or undefined if it does not exist. */
export async function lockDossier(trx: Db, dossierId: string): Promise<number | undefined> {
  const locked = await trx
    .updateTable('dossier')
    .set((eb) => ({ version: eb.ref('version') }))
    .where('id', '=', dossierId)
    .returning('version')
    .executeTakeFirst();
  return locked?.version;
}

export async function setDossierVersion(trx: Db, dossierId: string, version: number): Promise<void> {
  await trx.updateTable('dossier').set({ version }).where('id', '=', dossierId).execute();
}

// SQLite allows 32766 bound parameters per statement; 6 per row keeps far below it.
const CHUNK = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** Inserts or replaces rows (reviving tombstones) with the given version. Values are stored canonical. */
export async function upsertRows(
  trx: Db,
  dossierId: string,
  version: number,
  rows: readonly { table: TableName; key: string; json: string }[],
): Promise<void> {
  for (const batch of chunks(rows)) {
    await trx
      .insertInto('row')
      .values(batch.map((r) => ({ dossier_id: dossierId, tbl: r.table, key: r.key, value: r.json, version, deleted: 0 })))
      .onConflict((oc) =>
        oc
          .columns(['tbl', 'key'])
          .doUpdateSet((eb) => ({
            value: eb.ref('excluded.value'),
            version: eb.ref('excluded.version'),
            deleted: 0,
          }))
          // Keys start with the dossier id, so this never fails; it guards one dossier's rows anyway.
          .where('row.dossier_id', '=', dossierId),
      )
      .execute();
  }
}

/** Turns rows into tombstones: the value is dropped (data minimisation), the version bumped. */
export async function tombstoneRows(
  trx: Db,
  dossierId: string,
  version: number,
  rows: readonly { table: TableName | string; key: string }[],
): Promise<void> {
  const byTable = new Map<string, string[]>();
  for (const r of rows) byTable.set(r.table, [...(byTable.get(r.table) ?? []), r.key]);
  for (const [table, keys] of byTable) {
    for (const batch of chunks(keys)) {
      await trx
        .updateTable('row')
        .set({ deleted: 1, value: null, version })
        .where('dossier_id', '=', dossierId)
        .where('tbl', '=', table)
        .where('key', 'in', batch)
        .execute();
    }
  }
}

/** The live (non-deleted) rows of a dossier in the given tables, in a stable order. */
export async function readLiveRows(db: Db, dossierId: string, tables: readonly TableName[]): Promise<AnyRow[]> {
  const rows = await db
    .selectFrom('row')
    .select(['tbl', 'key', 'value'])
    .where('dossier_id', '=', dossierId)
    .where('deleted', '=', 0)
    .where('tbl', 'in', tables)
    .orderBy('tbl')
    .orderBy('key')
    .execute();
  return rows.map((r) => ({
    table: r.tbl as TableName,
    key: r.key,
    value: JSON.parse(r.value ?? '{}') as Record<string, unknown>,
  }));
}
