import type { DossierImport } from '../../domain/dossier';
import { canonicalJson, dossierToRows } from '../../domain/tables';
import type { ActivationCode } from './activation';
import { recordAudit } from './audit';
import { insertActivationCode } from './codes';
import { newEpoch } from './dossiers';
import { lockDossier, setDossierVersion, upsertRows, type Db } from './rows';

// What a consulent does from their own work device, without the admin token: create a dossier at
// the intake (it joins their caseload at once) and hand out activation codes for the dossiers of
// their caseload. The route checks the session; these functions check the staff member as stored
// now, in the same transaction as the change, and write its audit entry there too.

const DAY_MS = 24 * 60 * 60 * 1000;

/** Who acts: the staff member and the device session they act from. */
export interface StaffActor {
  staffId: string;
  sessionId: string;
}

export type StaffDossierResult =
  | { ok: true; id: string; version: number; created: number }
  | { ok: false; code: 'not-consulent' | 'wrong-gemeente' | 'dossier-exists' };

/** A refusal inside the transaction: thrown to roll it back, returned to the caller. */
class Refused extends Error {
  constructor(readonly code: 'not-consulent' | 'wrong-gemeente' | 'dossier-exists') {
    super(code);
  }
}

/**
 * Creates a new dossier for a consulent of the dossier's municipality and adds it to their
 * caseload, in one transaction. An existing id is never touched (only the case system's import may
 * replace a dossier), so sending the same dossier twice creates it once.
 */
export async function createDossierByStaff(db: Db, by: StaffActor, dossier: DossierImport, now = new Date()): Promise<StaffDossierResult> {
  try {
    return await db.transaction().execute(async (trx) => {
      const at = now.toISOString();
      // Write first (SQLite then takes its write lock now, see rows.ts). The insert is also the
      // lock: a second creation of the same id waits for this one, then finds it.
      const inserted = await trx
        .insertInto('dossier')
        .values({ id: dossier.id, gemeente: dossier.gemeente, version: 0, created_at: at, origin: 'app', epoch: newEpoch() })
        .onConflict((oc) => oc.column('id').doNothing())
        .returning('id')
        .executeTakeFirst();
      const staff = await trx.selectFrom('staff').select(['role', 'gemeente']).where('id', '=', by.staffId).executeTakeFirst();
      if (staff?.role !== 'consulent') throw new Refused('not-consulent');
      if (staff.gemeente !== dossier.gemeente) throw new Refused('wrong-gemeente');
      if (!inserted) throw new Refused('dossier-exists');
      const rows = dossierToRows(dossier).map((r) => ({ table: r.table, key: r.key, json: canonicalJson(r.value) }));
      await setDossierVersion(trx, dossier.id, 1);
      await upsertRows(trx, dossier.id, 1, rows);
      await trx.insertInto('caseload').values({ staff_id: by.staffId, dossier_id: dossier.id }).execute();
      const who = { actor: 'consulent' as const, sessionId: by.sessionId, staffId: by.staffId, dossierId: dossier.id };
      await recordAudit(trx, { ...who, action: 'dossier.create', detail: { created: rows.length, version: 1 } }, now);
      await recordAudit(trx, { ...who, action: 'caseload.add' }, now);
      return { ok: true as const, id: dossier.id, version: 1, created: rows.length };
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, code: error.code };
    throw error;
  }
}

/**
 * A single-use activation code for an inburgeraar's device, asked for by a consulent; null when the
 * dossier is not (or no longer) in their caseload.
 */
export async function createActivationCodeByStaff(
  db: Db,
  by: StaffActor,
  dossierId: string,
  { ttlDays = 14, now = new Date() }: { ttlDays?: number; now?: Date } = {},
): Promise<ActivationCode | null> {
  return db.transaction().execute(async (trx) => {
    // Locked like every writer of a dossier, so a concurrent delete takes this code with it.
    if ((await lockDossier(trx, dossierId)) === undefined) return null;
    const mine = await trx
      .selectFrom('caseload')
      .innerJoin('staff', 'staff.id', 'caseload.staff_id')
      .select('caseload.dossier_id')
      .where('caseload.staff_id', '=', by.staffId)
      .where('caseload.dossier_id', '=', dossierId)
      .where('staff.role', '=', 'consulent')
      .executeTakeFirst();
    if (!mine) return null;
    const expiresAt = new Date(now.getTime() + ttlDays * DAY_MS).toISOString();
    const code = await insertActivationCode(trx, { kind: 'dossier', dossierId, expiresAt }, now);
    await recordAudit(
      trx,
      { actor: 'consulent', action: 'activation-code.create', sessionId: by.sessionId, staffId: by.staffId, dossierId, detail: { kind: 'inburgeraar', expiresAt } },
      now,
    );
    return { code, expiresAt };
  });
}
