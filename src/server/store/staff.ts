import type { StaffRole } from '../../domain/access';
import type { StaffBody, StaffResponse } from '../../domain/adminApi';
import { recordAudit } from './audit';
import { lockDossier, type Db } from './rows';
import type { StaffGrant } from './sessionAccess';

// Staff members (begeleiders, consulenten) and their caseloads, kept by the admin API. A staff
// device reads what its caseload holds *now*: sessions load the caseload on every request, so a
// dossier taken off a caseload disappears from the device at its next pull.

export type StaffUpsertResult =
  | { ok: true; created: boolean; staff: StaffResponse }
  | { ok: false; code: 'unknown-dossier'; dossiers: string[] }
  /** The id is a staff member of another municipality: a staff member never moves. */
  | { ok: false; code: 'staff-of-other-gemeente' };

export async function caseloadOf(db: Db, staffId: string): Promise<string[]> {
  // Joined with dossier: a deleted dossier is never part of anyone's caseload.
  const rows = await db
    .selectFrom('caseload')
    .innerJoin('dossier', 'dossier.id', 'caseload.dossier_id')
    .select('caseload.dossier_id')
    .where('caseload.staff_id', '=', staffId)
    .orderBy('caseload.dossier_id')
    .execute();
  return rows.map((r) => r.dossier_id);
}

/** The staff member's role and caseload for a session; undefined once they were deleted. */
export async function loadStaffGrant(db: Db, staffId: string): Promise<StaffGrant | undefined> {
  const staff = await db.selectFrom('staff').select(['id', 'role']).where('id', '=', staffId).executeTakeFirst();
  if (!staff) return undefined;
  return { id: staff.id, role: staff.role as StaffRole, caseload: await caseloadOf(db, staffId) };
}

/** The staff member as stored, or null when unknown or of another municipality than `gemeente`. */
export async function getStaff(db: Db, gemeente: string, staffId: string): Promise<StaffResponse | null> {
  const staff = await db.selectFrom('staff').selectAll().where('id', '=', staffId).where('gemeente', '=', gemeente).executeTakeFirst();
  if (!staff) return null;
  return {
    id: staff.id,
    name: staff.name,
    role: staff.role as StaffRole,
    gemeente: staff.gemeente,
    dossiers: await caseloadOf(db, staffId),
  };
}

/** A refusal inside the transaction: thrown to roll it back, returned to the caller. */
class Refused extends Error {
  constructor(readonly result: StaffUpsertResult) {
    super('refused');
  }
}

/**
 * Creates or replaces a staff member and their whole caseload. Every dossier must exist and be of
 * the staff member's municipality: a caseload never reaches into another municipality's dossiers.
 * Each dossier that joins or leaves the caseload gets an audit entry, so a dossier's trail shows
 * who could see it from when to when.
 */
export async function upsertStaff(db: Db, staffId: string, body: StaffBody, now = new Date()): Promise<StaffUpsertResult> {
  try {
    return await db.transaction().execute(async (trx) => {
      // Write first: SQLite then takes its write lock now instead of upgrading a read lock later.
      const at = now.toISOString();
      const inserted = await trx
        .insertInto('staff')
        .values({ id: staffId, name: body.name, role: body.role, gemeente: body.gemeente, created_at: at, updated_at: at })
        .onConflict((oc) =>
          oc
            .column('id')
            .doUpdateSet({ name: body.name, role: body.role, updated_at: at })
            // A staff member never moves to another municipality: then nothing is updated.
            .where('staff.gemeente', '=', body.gemeente),
        )
        .returning(['created_at'])
        .executeTakeFirst();
      if (!inserted) throw new Refused({ ok: false, code: 'staff-of-other-gemeente' });
      const created = inserted.created_at === at;
      await checkCaseload(trx, body);

      const before = new Set(
        (await trx.selectFrom('caseload').select('dossier_id').where('staff_id', '=', staffId).execute()).map((r) => r.dossier_id),
      );
      const added = body.dossiers.filter((id) => !before.has(id)).sort();
      const removed = [...before].filter((id) => !body.dossiers.includes(id)).sort();
      // Lock each new dossier (sorted, like every writer; see rows.ts), so a concurrent delete of
      // that dossier waits for us and then removes our caseload row with it.
      for (const id of added) {
        if ((await lockDossier(trx, id)) === undefined) throw new Refused({ ok: false, code: 'unknown-dossier', dossiers: [id] });
      }
      if (removed.length) await trx.deleteFrom('caseload').where('staff_id', '=', staffId).where('dossier_id', 'in', removed).execute();
      if (added.length) await trx.insertInto('caseload').values(added.map((id) => ({ staff_id: staffId, dossier_id: id }))).execute();

      await recordAudit(trx, { actor: 'admin', action: 'staff.upsert', staffId, detail: { role: body.role, created } }, now);
      for (const id of added) await recordAudit(trx, { actor: 'admin', action: 'caseload.add', staffId, dossierId: id }, now);
      for (const id of removed) await recordAudit(trx, { actor: 'admin', action: 'caseload.remove', staffId, dossierId: id }, now);
      const dossiers = [...body.dossiers].sort();
      return { ok: true, created, staff: { id: staffId, name: body.name, role: body.role, gemeente: body.gemeente, dossiers } };
    });
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}

async function checkCaseload(trx: Db, body: StaffBody): Promise<void> {
  if (!body.dossiers.length) return;
  const found = await trx.selectFrom('dossier').select(['id', 'gemeente']).where('id', 'in', body.dossiers).execute();
  const known = new Map(found.map((d) => [d.id, d.gemeente]));
  // Another municipality's dossier is answered as unknown: its existence is none of our business.
  const unknown = body.dossiers.filter((id) => known.get(id) !== body.gemeente);
  if (unknown.length) throw new Refused({ ok: false, code: 'unknown-dossier', dossiers: unknown });
}

/**
 * Removes a staff member: their devices are revoked (401 at the next sync, and the device wipes
 * itself), unused codes deleted, the caseload emptied. Their past changes stay in the audit trail.
 */
export async function deleteStaff(db: Db, gemeente: string, staffId: string, now = new Date()): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const staff = await trx.selectFrom('staff').select('id').where('id', '=', staffId).where('gemeente', '=', gemeente).executeTakeFirst();
    if (!staff) return false;
    await trx.deleteFrom('activation_code').where('kind', '=', 'staff').where('staff_id', '=', staffId).execute();
    await trx
      .updateTable('session')
      .set({ revoked_at: now.toISOString() })
      .where('staff_id', '=', staffId)
      .where('revoked_at', 'is', null)
      .execute();
    const caseload = await trx.selectFrom('caseload').select('dossier_id').where('staff_id', '=', staffId).execute();
    await trx.deleteFrom('caseload').where('staff_id', '=', staffId).execute();
    await trx.deleteFrom('staff').where('id', '=', staffId).execute();
    await recordAudit(trx, { actor: 'admin', action: 'staff.delete', staffId, gemeente }, now);
    for (const { dossier_id } of caseload) {
      await recordAudit(trx, { actor: 'admin', action: 'caseload.remove', staffId, dossierId: dossier_id }, now);
    }
    return true;
  });
}
