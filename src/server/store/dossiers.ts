import type { DossierImport } from '../../domain/dossier';
import { IMPORTED_TABLES, canonicalJson, dossierToRows, rowsToDossier, type TableName } from '../../domain/tables';
import { recordAudit } from './audit';
import { lockDossier, readLiveRows, setDossierVersion, tombstoneRows, upsertRows, type Db } from './rows';

export interface ImportResult {
  id: string;
  /** The dossier's version after the import. */
  version: number;
  created: number;
  updated: number;
  deleted: number;
  unchanged: number;
}

const slot = (table: string, key: string) => `${table}\u0000${key}`;

/**
 * Upserts a dossier from the case system, in one transaction. Only rows whose canonical JSON
 * changed get the new version, so devices download only what changed; items left out are
 * tombstoned; the inburgeraar's own rows (attendance, questions) are never touched. A re-import
 * with nothing changed changes nothing, not even the version.
 */
export async function importDossier(db: Db, dossier: DossierImport, now = new Date()): Promise<ImportResult> {
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('dossier')
      .values({ id: dossier.id, gemeente: dossier.gemeente, version: 0, created_at: now.toISOString() })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    const current = await lockDossier(trx, dossier.id);
    if (current === undefined) throw new Error(`dossier ${dossier.id} vanished during import`);

    const stored = await trx
      .selectFrom('row')
      .select(['tbl', 'key', 'value', 'deleted'])
      .where('dossier_id', '=', dossier.id)
      .where('tbl', 'in', IMPORTED_TABLES)
      .execute();
    const previous = new Map(stored.map((r) => [slot(r.tbl, r.key), r]));

    const result: ImportResult = { id: dossier.id, version: current, created: 0, updated: 0, deleted: 0, unchanged: 0 };
    const writes: { table: TableName; key: string; json: string }[] = [];
    for (const row of dossierToRows(dossier)) {
      const json = canonicalJson(row.value);
      const before = previous.get(slot(row.table, row.key));
      previous.delete(slot(row.table, row.key));
      if (!before || before.deleted) result.created++;
      else if (before.value !== json) result.updated++;
      else {
        result.unchanged++;
        continue;
      }
      writes.push({ table: row.table, key: row.key, json });
    }
    const removed = [...previous.values()].filter((r) => !r.deleted).map((r) => ({ table: r.tbl, key: r.key }));
    result.deleted = removed.length;

    if (writes.length > 0 || removed.length > 0) {
      result.version = current + 1;
      await setDossierVersion(trx, dossier.id, result.version);
      await trx.updateTable('dossier').set({ gemeente: dossier.gemeente }).where('id', '=', dossier.id).execute();
      await upsertRows(trx, dossier.id, result.version, writes);
      await tombstoneRows(trx, dossier.id, result.version, removed);
      // Only imports that changed something: a nightly full export must not flood the trail.
      const { created, updated, deleted, version } = result;
      await recordAudit(trx, { actor: 'admin', action: 'dossier.import', dossierId: dossier.id, detail: { created, updated, deleted, version } }, now);
    }
    return result;
  });
}

/** What the case system sent (as stored), or null for an unknown dossier. */
export async function getDossier(db: Db, dossierId: string): Promise<DossierImport | null> {
  const rows = await readLiveRows(db, dossierId, IMPORTED_TABLES);
  return rowsToDossier(rows);
}

/** The dossier's `language` as imported, or null for an unknown dossier. */
export async function dossierLanguage(db: Db, dossierId: string): Promise<string | null> {
  const [row] = await readLiveRows(db, dossierId, ['dossiers']);
  const language = (row?.value as { language?: unknown } | undefined)?.language;
  return typeof language === 'string' ? language : null;
}

export async function dossierExists(db: Db, dossierId: string): Promise<boolean> {
  const found = await db.selectFrom('dossier').select('id').where('id', '=', dossierId).executeTakeFirst();
  return found !== undefined;
}

export async function countDossiers(db: Db): Promise<number> {
  const { count } = await db
    .selectFrom('dossier')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count); // PostgreSQL returns a bigint count as a string
}

/**
 * Removes a dossier and everything that belongs to it: rows, activation codes, its calendar feed,
 * its sessions (so its devices get 401 at their next sync and wipe themselves), their clients and
 * the mutation records.
 * Done explicitly rather than by cascades, so the order is visible and the same on both databases.
 */
export async function deleteDossier(db: Db, dossierId: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if ((await lockDossier(trx, dossierId)) === undefined) return false;
    // Codes first: a redeem running right now holds its code row, so we wait for it and then also
    // see (and delete) the session it created.
    await trx.deleteFrom('activation_code').where('dossier_id', '=', dossierId).execute();
    const sessionIds = trx.selectFrom('session').select('id').where('dossier_id', '=', dossierId);
    const clientIds = trx.selectFrom('client').select('client_id').where('session_id', 'in', sessionIds);
    await trx
      .deleteFrom('mutation')
      .where((eb) => eb.or([eb('dossier_id', '=', dossierId), eb('client_id', 'in', clientIds)]))
      .execute();
    await trx.deleteFrom('client').where('session_id', 'in', sessionIds).execute();
    await trx.deleteFrom('session').where('dossier_id', '=', dossierId).execute();
    await trx.deleteFrom('row').where('dossier_id', '=', dossierId).execute();
    await trx.deleteFrom('calendar_feed').where('dossier_id', '=', dossierId).execute();
    // Off every caseload: staff devices drop the dossier at their next pull.
    await trx.deleteFrom('caseload').where('dossier_id', '=', dossierId).execute();
    await trx.deleteFrom('dossier').where('id', '=', dossierId).execute();
    // The trail of a deleted dossier stays (ids only), ending with its deletion.
    await recordAudit(trx, { actor: 'admin', action: 'dossier.delete', dossierId });
    return true;
  });
}
