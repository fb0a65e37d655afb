import { normaliseActivationCode, randomActivationCode, sha256 } from './secrets';
import { createSession, type Session } from './sessions';
import type { Db } from './rows';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ActivationCode {
  /** Shown once (QR, paper); only its hash is stored. */
  code: string;
  expiresAt: string;
}

/** A single-use code for one device of this dossier; null if the dossier does not exist. */
export async function createActivationCode(
  db: Db,
  dossierId: string,
  { ttlDays = 14, now = new Date() }: { ttlDays?: number; now?: Date } = {},
): Promise<ActivationCode | null> {
  const exists = await db.selectFrom('dossier').select('id').where('id', '=', dossierId).executeTakeFirst();
  if (!exists) return null;
  const code = randomActivationCode();
  const expiresAt = new Date(now.getTime() + ttlDays * DAY_MS).toISOString();
  await db
    .insertInto('activation_code')
    .values({
      code_hash: sha256(normaliseActivationCode(code)),
      dossier_id: dossierId,
      kind: 'dossier',
      expires_at: expiresAt,
      used_at: null,
      created_at: now.toISOString(),
    })
    .execute();
  return { code, expiresAt };
}

/**
 * Exchanges a code for a new session. Unknown, used and expired codes all give null, so a caller
 * learns nothing about which codes exist. Marking the code used and creating the session happen
 * in one transaction; the conditional UPDATE makes two simultaneous redeems yield one session.
 */
export async function redeemActivationCode(
  db: Db,
  input: string,
  now = new Date(),
): Promise<{ token: string; session: Session } | null> {
  const codeHash = sha256(normaliseActivationCode(input));
  return db.transaction().execute(async (trx) => {
    const claimed = await trx
      .updateTable('activation_code')
      .set({ used_at: now.toISOString() })
      .where('code_hash', '=', codeHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now.toISOString())
      .where('kind', '=', 'dossier')
      .returning(['dossier_id'])
      .executeTakeFirst();
    if (!claimed?.dossier_id) return null;
    return createSession(trx, { kind: 'dossier', dossierId: claimed.dossier_id }, now);
  });
}
