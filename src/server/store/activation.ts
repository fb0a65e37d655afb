import { recordAudit } from './audit';
import { insertActivationCode } from './codes';
import { lockDossier, type Db } from './rows';
import { normaliseActivationCode, sha256 } from './secrets';
import { actorOf, createSession, staffIdOf, type NewSession } from './sessions';
import { markShareActivated } from './shares';
import { loadStaffGrant } from './staff';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ActivationCode {
  /** Shown once (QR, paper); only its hash is stored. */
  code: string;
  expiresAt: string;
}

/** `gemeente`: only for a dossier or staff member of this municipality (an admin token's own). */
type CodeOptions = { ttlDays?: number; now?: Date; gemeente?: string };

/** A single-use code for one device of this dossier; null if the dossier does not exist. */
export async function createActivationCode(db: Db, dossierId: string, { ttlDays = 14, now = new Date(), gemeente }: CodeOptions = {}): Promise<ActivationCode | null> {
  return db.transaction().execute(async (trx) => {
    // Locked like every writer of a dossier, so a concurrent delete takes this code with it.
    if ((await lockDossier(trx, dossierId)) === undefined) return null;
    if (gemeente !== undefined) {
      const stored = await trx.selectFrom('dossier').select('gemeente').where('id', '=', dossierId).executeTakeFirstOrThrow();
      if (stored.gemeente !== gemeente) return null;
    }
    const expiresAt = new Date(now.getTime() + ttlDays * DAY_MS).toISOString();
    const code = await insertActivationCode(trx, { kind: 'dossier', dossierId, expiresAt }, now);
    await recordAudit(trx, { actor: 'admin', action: 'activation-code.create', dossierId, detail: { kind: 'inburgeraar', expiresAt } }, now);
    return { code, expiresAt };
  });
}

/** A single-use code for one device of this staff member; null if they do not exist. */
export async function createStaffActivationCode(db: Db, staffId: string, { ttlDays = 14, now = new Date(), gemeente }: CodeOptions = {}): Promise<ActivationCode | null> {
  return db.transaction().execute(async (trx) => {
    const staff = await trx.selectFrom('staff').select(['id', 'gemeente']).where('id', '=', staffId).executeTakeFirst();
    if (!staff || (gemeente !== undefined && staff.gemeente !== gemeente)) return null;
    const expiresAt = new Date(now.getTime() + ttlDays * DAY_MS).toISOString();
    const code = await insertActivationCode(trx, { kind: 'staff', staffId, expiresAt }, now);
    await recordAudit(trx, { actor: 'admin', action: 'activation-code.create', staffId, detail: { kind: 'staff', expiresAt } }, now);
    return { code, expiresAt };
  });
}

/**
 * Exchanges a code for a new session: an inburgeraar's, a helper's (share code) or a staff
 * member's. Unknown, used and expired codes all give null, so a caller learns nothing about which
 * codes exist. Marking the code used and creating the session happen in one transaction; the
 * conditional UPDATE makes two simultaneous redeems yield one session.
 */
export async function redeemActivationCode(db: Db, input: string, now = new Date()): Promise<NewSession | null> {
  const codeHash = sha256(normaliseActivationCode(input));
  return db.transaction().execute(async (trx) => {
    // A share code changes its share row, so it locks the dossier first (before the code row),
    // in the order that delete uses, and only then claims the code.
    const peek = await trx.selectFrom('activation_code').select(['kind', 'dossier_id']).where('code_hash', '=', codeHash).executeTakeFirst();
    if (!peek) return null;
    const version = peek.kind === 'share' && peek.dossier_id ? await lockDossier(trx, peek.dossier_id) : undefined;
    const claimed = await trx
      .updateTable('activation_code')
      .set({ used_at: now.toISOString() })
      .where('code_hash', '=', codeHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now.toISOString())
      .returning(['kind', 'dossier_id', 'staff_id', 'share_id'])
      .executeTakeFirst();
    if (!claimed) return null;

    let redeemed: NewSession | null = null;
    if (claimed.kind === 'dossier' && claimed.dossier_id) {
      redeemed = await createSession(trx, { kind: 'dossier', dossierId: claimed.dossier_id }, now);
    } else if (claimed.kind === 'share' && claimed.dossier_id && claimed.share_id && version !== undefined) {
      const share = await markShareActivated(trx, claimed.dossier_id, claimed.share_id, version, now);
      if (share) redeemed = await createSession(trx, { kind: 'helper', dossierId: null, share }, now);
    } else if (claimed.kind === 'staff' && claimed.staff_id) {
      const staff = await loadStaffGrant(trx, claimed.staff_id);
      if (staff) redeemed = await createSession(trx, { kind: 'staff', dossierId: null, staff }, now);
    }
    if (!redeemed) return null;
    const { session } = redeemed;
    await recordAudit(
      trx,
      {
        actor: actorOf(session),
        action: 'device.activate',
        sessionId: session.id,
        staffId: staffIdOf(session),
        dossierId: claimed.dossier_id,
        ...(session.kind === 'helper' ? { detail: { shareId: session.share.id } } : {}),
      },
      now,
    );
    return redeemed;
  });
}

export type CodeHolder =
  | { kind: 'inburgeraar'; dossierId: string }
  | { kind: 'helper'; dossierId: string; shareId: string }
  | { kind: 'staff'; staffId: string };

/**
 * Whom a code would activate a device for, without using it: a device that is already activated
 * asks its owner before it becomes someone else's (src/data/activationCheck.ts). Null for a code
 * that redeeming would refuse as well (unknown, used, expired), so this tells a guesser no more
 * than activating would; it is rate limited and counted as an attempt like activation.
 */
export async function checkActivationCode(db: Db, input: string, now = new Date()): Promise<CodeHolder | null> {
  const code = await db
    .selectFrom('activation_code')
    .select(['kind', 'dossier_id', 'staff_id', 'share_id'])
    .where('code_hash', '=', sha256(normaliseActivationCode(input)))
    .where('used_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  if (code?.kind === 'dossier' && code.dossier_id) return { kind: 'inburgeraar', dossierId: code.dossier_id };
  if (code?.kind === 'share' && code.dossier_id && code.share_id) return { kind: 'helper', dossierId: code.dossier_id, shareId: code.share_id };
  if (code?.kind === 'staff' && code.staff_id) return { kind: 'staff', staffId: code.staff_id };
  return null;
}
