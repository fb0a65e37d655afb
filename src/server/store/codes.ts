import type { ActivationKind } from '../db/schema';
import type { Db } from './rows';
import { normaliseActivationCode, randomActivationCode, sha256 } from './secrets';

/** Stores a new activation code (its hash only) and returns the code itself, to be shown once. */
export async function insertActivationCode(
  trx: Db,
  fields: { kind: ActivationKind; dossierId?: string; staffId?: string; shareId?: string; expiresAt: string },
  now: Date,
): Promise<string> {
  const code = randomActivationCode();
  await trx
    .insertInto('activation_code')
    .values({
      code_hash: sha256(normaliseActivationCode(code)),
      dossier_id: fields.dossierId ?? null,
      staff_id: fields.staffId ?? null,
      share_id: fields.shareId ?? null,
      kind: fields.kind,
      expires_at: fields.expiresAt,
      used_at: null,
      created_at: now.toISOString(),
    })
    .execute();
  return code;
}
