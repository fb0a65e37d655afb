import type { DossierImport } from '../../domain/dossier';
import { IMPORTED_TABLES, canonicalJson, dossierToRows, rowsToDossier, type TableName } from '../../domain/tables';
import { recordAudit } from './audit';
import { lockDossier, readLiveRows, setDossierVersion, tombstoneRows, upsertRows, type Db } from './rows';
import { appointmentStarts, followAppointments } from './attendance';
import { enqueuePush } from './pushSubscriptions';
import { randomToken } from './secrets';
import type { PushKind } from '../../domain/webPush';

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

/** A fresh dossier epoch: devices that saw another one start this dossier over (syncCookie.ts). */
export const newEpoch = (): string => randomToken(12);

/**
 * Why an import was refused (nothing changed):
 * - 'wrong-gemeente': the id is a dossier of another municipality (a dossier never moves);
 * - 'dossier-created-in-app': a consulent created this id in the app, and the import did not say
 *   that it adopts it (a case system must never silently put its person into a dossier whose
 *   devices belong to someone else).
 */
export class ImportRefused extends Error {
  constructor(readonly code: 'wrong-gemeente' | 'dossier-created-in-app') {
    super(code);
  }
}

export interface ImportOptions {
  /** The import takes over a dossier created in the app (`?adopt=1`): its devices are signed out. */
  adopt?: boolean;
  now?: Date;
}

/**
 * Upserts a dossier from the case system, in one transaction. Only rows whose canonical JSON
 * changed get the new version, so devices download only what changed; items left out are
 * tombstoned; the inburgeraar's own rows (attendance, questions) are never touched. A re-import
 * with nothing changed changes nothing, not even the version.
 */
export async function importDossier(db: Db, dossier: DossierImport, { adopt = false, now = new Date() }: ImportOptions = {}): Promise<ImportResult> {
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('dossier')
      .values({ id: dossier.id, gemeente: dossier.gemeente, version: 0, created_at: now.toISOString(), origin: 'import', epoch: newEpoch() })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    const current = await lockDossier(trx, dossier.id);
    if (current === undefined) throw new Error(`dossier ${dossier.id} vanished during import`);
    const stored = await trx.selectFrom('dossier').select(['gemeente', 'origin']).where('id', '=', dossier.id).executeTakeFirstOrThrow();
    if (stored.gemeente !== dossier.gemeente) throw new ImportRefused('wrong-gemeente');
    if (stored.origin === 'app') {
      if (!adopt) throw new ImportRefused('dossier-created-in-app');
      await signOutPerson(trx, dossier.id, now);
      await recordAudit(trx, { actor: 'admin', action: 'dossier.adopt', dossierId: dossier.id }, now);
    }

    const storedRows = await trx
      .selectFrom('row')
      .select(['tbl', 'key', 'value', 'deleted'])
      .where('dossier_id', '=', dossier.id)
      .where('tbl', 'in', IMPORTED_TABLES)
      .execute();
    const previous = new Map(storedRows.map((r) => [slot(r.tbl, r.key), r]));
    const startsBefore = appointmentStarts(storedRows);

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
      await upsertRows(trx, dossier.id, result.version, writes);
      await tombstoneRows(trx, dossier.id, result.version, removed);
      await followAppointments(trx, dossier.id, result.version, startsBefore, writes, removed);
      for (const kind of notifiedKinds(writes, removed)) await enqueuePush(trx, dossier.id, 'person', kind, now);
      // Only imports that changed something: a nightly full export must not flood the trail.
      const { created, updated, deleted, version } = result;
      await recordAudit(trx, { actor: 'admin', action: 'dossier.import', dossierId: dossier.id, detail: { created, updated, deleted, version } }, now);
    }
    return result;
  });
}

/**
 * What an import tells the person's devices (issue 13): an appointment added, moved or cancelled
 * (removed too), a step planned or changed, a payment that failed. One notification per kind.
 */
function notifiedKinds(writes: { table: TableName; json: string }[], removed: { table: string }[]): Set<PushKind> {
  const kinds = new Set<PushKind>();
  for (const { table, json } of writes) {
    if (table === 'appointments') kinds.add('appointment');
    if (table === 'steps') kinds.add('step');
    if (table === 'payments' && (JSON.parse(json) as { status?: string }).status === 'failed') kinds.add('payment');
  }
  if (removed.some((r) => r.table === 'appointments')) kinds.add('appointment');
  return kinds;
}

/**
 * A dossier created in the app is taken over by the case system: whoever's devices were bound to
 * it are signed out (inburgeraar and helpers), unused codes and the calendar feed die, and a new
 * epoch makes every staff device start this dossier over. In the import's transaction, so no
 * device can pull the imported person's rows on its old session.
 */
async function signOutPerson(trx: Db, dossierId: string, now: Date): Promise<void> {
  await trx.updateTable('session').set({ revoked_at: now.toISOString() }).where('dossier_id', '=', dossierId).where('revoked_at', 'is', null).execute();
  await trx.deleteFrom('activation_code').where('dossier_id', '=', dossierId).execute();
  await trx.deleteFrom('calendar_feed').where('dossier_id', '=', dossierId).execute();
  await trx.updateTable('dossier').set({ origin: 'import', epoch: newEpoch() }).where('id', '=', dossierId).execute();
}

/** What the case system sent (as stored), or null for an unknown dossier or one of another municipality. */
export async function getDossier(db: Db, gemeente: string, dossierId: string): Promise<DossierImport | null> {
  if (!(await dossierExists(db, gemeente, dossierId))) return null;
  const rows = await readLiveRows(db, dossierId, IMPORTED_TABLES);
  return rowsToDossier(rows);
}

/** The dossier's `language` as imported, or null for an unknown dossier. */
export async function dossierLanguage(db: Db, dossierId: string): Promise<string | null> {
  const [row] = await readLiveRows(db, dossierId, ['dossiers']);
  const language = (row?.value as { language?: unknown } | undefined)?.language;
  return typeof language === 'string' ? language : null;
}

/** Does this municipality have this dossier? Another municipality's dossier answers false, as an absent one. */
export async function dossierExists(db: Db, gemeente: string, dossierId: string): Promise<boolean> {
  const found = await db.selectFrom('dossier').select('id').where('id', '=', dossierId).where('gemeente', '=', gemeente).executeTakeFirst();
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
export async function deleteDossier(db: Db, gemeente: string, dossierId: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if ((await lockDossier(trx, dossierId)) === undefined) return false;
    const stored = await trx.selectFrom('dossier').select('gemeente').where('id', '=', dossierId).executeTakeFirstOrThrow();
    if (stored.gemeente !== gemeente) return false;
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
    await trx.deleteFrom('push_subscription').where('session_id', 'in', sessionIds).execute();
    await trx.deleteFrom('session').where('dossier_id', '=', dossierId).execute();
    await trx.deleteFrom('row').where('dossier_id', '=', dossierId).execute();
    await trx.deleteFrom('question_photo').where('dossier_id', '=', dossierId).execute();
    await trx.deleteFrom('calendar_feed').where('dossier_id', '=', dossierId).execute();
    await trx.deleteFrom('push_event').where('dossier_id', '=', dossierId).execute();
    await trx.deleteFrom('push_once').where('dossier_id', '=', dossierId).execute();
    // Off every caseload: staff devices drop the dossier at their next pull.
    await trx.deleteFrom('caseload').where('dossier_id', '=', dossierId).execute();
    await trx.deleteFrom('dossier').where('id', '=', dossierId).execute();
    // The trail of a deleted dossier stays (ids only), ending with its deletion.
    await recordAudit(trx, { actor: 'admin', action: 'dossier.delete', dossierId, gemeente });
    return true;
  });
}
