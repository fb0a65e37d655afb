import { mutators } from '../../domain/mutators';
import { canonicalJson, rowKey, type ShareRow } from '../../domain/tables';
import { insertActivationCode } from './codes';
import type { BufferedMutationTx } from './mutationTx';
import { setDossierVersion, upsertRows, type Db } from './rows';
import type { HelperShare } from './sessionAccess';

// The server's part of taalmaatje shares. The phone's `share.create` writes the share row; here
// the server adds an activation code to that row in the same transaction, so the phone receives
// it with its next pull and shows it as QR and link.
//
// A share code is single use: one share is one helper's device. That keeps "who can see this"
// exact (the inburgeraar revokes one helper without touching another), and a photographed or
// forwarded QR is worthless once the taalmaatje has scanned it. A second device or helper gets
// its own share.
//
// Stored as a hash only, like activation codes: the code stands in the share row only until the
// first pull that delivers that row to the inburgeraar's phone (normally the pull right after the
// push), and is then taken out of the stored row (forgetDeliveredShareCodes). Taken out without a
// new version: the phone that got it keeps its copy, and is not sent the row again for it.

const DAY_MS = 24 * 60 * 60 * 1000;
/** An unused share code stops working after this, or when the share ends if that is sooner. */
const SHARE_CODE_DAYS = 14;

/** The share a helper session is bound to, if it still exists, is not revoked and has not ended. */
export async function liveShare(db: Db, dossierId: string, shareId: string, now: Date): Promise<ShareRow | undefined> {
  const row = await db
    .selectFrom('row')
    .select('value')
    .where('tbl', '=', 'shares')
    .where('key', '=', rowKey(dossierId, shareId))
    .where('deleted', '=', 0)
    .executeTakeFirst();
  if (!row?.value) return undefined;
  const share = JSON.parse(row.value) as ShareRow;
  return share.revokedAt || share.expiresAt <= now.toISOString() ? undefined : share;
}

export function helperShareOf(share: ShareRow): HelperShare {
  return { dossierId: share.dossierId, id: share.id, sections: share.sections, expiresAt: share.expiresAt };
}

/** Server-only effects of a mutation that was just applied, inside its transaction. */
export async function afterMutation(trx: Db, tx: BufferedMutationTx, name: string, args: unknown, now: Date): Promise<void> {
  if (name === 'share.create') {
    const { id } = mutators['share.create'].args.parse(args);
    await issueShareCode(trx, tx, id, now);
  } else if (name === 'share.revoke') {
    const { id } = mutators['share.revoke'].args.parse(args);
    await endShare(trx, tx.dossierId, id, now);
  }
}

async function issueShareCode(trx: Db, tx: BufferedMutationTx, shareId: string, now: Date): Promise<void> {
  const key = rowKey(tx.dossierId, shareId);
  const share = await tx.get('shares', key);
  // A repeated share.create keeps the first share and its one code.
  if (!share || share.revokedAt || share.codeExpiresAt || share.activatedAt) return;
  const latest = new Date(now.getTime() + SHARE_CODE_DAYS * DAY_MS).toISOString();
  const codeExpiresAt = share.expiresAt < latest ? share.expiresAt : latest;
  const code = await insertActivationCode(trx, { kind: 'share', dossierId: tx.dossierId, shareId, expiresAt: codeExpiresAt }, now);
  await tx.put('shares', key, { ...share, code, codeExpiresAt });
}

/** A revoked share: its helper's device is locked out, an unused code dies. */
async function endShare(trx: Db, dossierId: string, shareId: string, now: Date): Promise<void> {
  await trx
    .updateTable('session')
    .set({ revoked_at: now.toISOString() })
    .where('kind', '=', 'helper')
    .where('dossier_id', '=', dossierId)
    .where('share_id', '=', shareId)
    .where('revoked_at', 'is', null)
    .execute();
  await trx
    .deleteFrom('activation_code')
    .where('kind', '=', 'share')
    .where('dossier_id', '=', dossierId)
    .where('share_id', '=', shareId)
    .where('used_at', 'is', null)
    .execute();
}

/**
 * After a pull: the share rows it delivered with a code lose that code in the database (only its
 * hash stays, in activation_code). Same version, and only if the row is still exactly what was
 * delivered, so a concurrent change of the share is never overwritten. Staff and helpers never
 * read shares, so only the inburgeraar's own devices ever see a code, and only one of them once.
 * Returns whether any delivered row carried a code (such an answer is not cached: fullPullCache.ts).
 */
export async function forgetDeliveredShareCodes(
  db: Db,
  dossierId: string,
  delivered: readonly { tbl: string; key: string; value: string | null; version: number; deleted: number }[],
): Promise<boolean> {
  let carried = false;
  for (const r of delivered) {
    if (r.tbl !== 'shares' || r.deleted || !r.value) continue;
    const share = JSON.parse(r.value) as ShareRow;
    if (share.code === undefined) continue;
    carried = true;
    const { code: _code, ...rest } = share;
    await db
      .updateTable('row')
      .set({ value: canonicalJson(rest) })
      .where('dossier_id', '=', dossierId)
      .where('tbl', '=', 'shares')
      .where('key', '=', r.key)
      .where('version', '=', r.version)
      .where('value', '=', r.value)
      .execute();
  }
  return carried;
}

/**
 * Share codes no phone ever pulled (the phone was lost right after `share.create`) leave their
 * rows once they can no longer be used; run by the daily retention (retention.ts). Returns how many.
 */
export async function forgetExpiredShareCodes(trx: Db, now: Date): Promise<number> {
  // Stored rows are canonical JSON, so a row with a code contains exactly this text.
  const withCode = await trx
    .selectFrom('row')
    .select(['dossier_id', 'key', 'value', 'version', 'tbl', 'deleted'])
    .where('tbl', '=', 'shares')
    .where('deleted', '=', 0)
    .where('value', 'like', '%"code":"%')
    .execute();
  const expired = withCode.filter((r) => {
    const share = JSON.parse(r.value ?? '{}') as ShareRow;
    return share.code !== undefined && (share.codeExpiresAt ?? share.expiresAt) <= now.toISOString();
  });
  for (const r of expired) await forgetDeliveredShareCodes(trx, r.dossier_id, [r]);
  return expired.length;
}

/**
 * A helper's device has used the share's code: the code leaves the row and `activatedAt` tells
 * the inburgeraar's phone that the share is in use. The caller holds the dossier lock (at
 * `version`). Undefined when the share has ended or was revoked meanwhile.
 */
export async function markShareActivated(
  trx: Db,
  dossierId: string,
  shareId: string,
  version: number,
  now: Date,
): Promise<HelperShare | undefined> {
  const share = await liveShare(trx, dossierId, shareId, now);
  if (!share) return undefined;
  const { code: _code, ...rest } = share;
  const next = version + 1;
  await setDossierVersion(trx, dossierId, next);
  await upsertRows(trx, dossierId, next, [
    { table: 'shares', key: rowKey(dossierId, shareId), json: canonicalJson({ ...rest, activatedAt: now.toISOString() }) },
  ]);
  return helperShareOf(share);
}
