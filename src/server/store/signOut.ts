import { recordAudit, type AuditActor } from './audit';
import { endCalendarFeed } from './calendarFeeds';
import type { Db } from './rows';
import { sha256 } from './secrets';

// "Remove my data from this phone" (issue 6): the phone ends its own session, so the cookie it
// forgets can never be used again — not by someone who copied it, nor by the phone itself.

const ACTOR: Record<string, AuditActor> = { dossier: 'inburgeraar', helper: 'helper' };

/**
 * Revokes the session of this cookie token, as the admin's device revocation does, and records it
 * in the audit trail. 'signed-out' when it ended a live session; 'nothing' for an unknown or
 * already revoked token (signing out twice is harmless, and says nothing about the token).
 */
export async function signOutDevice(db: Db, token: string, now = new Date()): Promise<'signed-out' | 'nothing'> {
  return db.transaction().execute(async (trx) => {
    const revoked = await trx
      .updateTable('session')
      .set({ revoked_at: now.toISOString() })
      .where('token_hash', '=', sha256(token))
      .where('revoked_at', 'is', null)
      .returning(['id', 'kind', 'dossier_id', 'staff_id'])
      .executeTakeFirst();
    if (!revoked) return 'nothing';
    await trx.deleteFrom('push_subscription').where('session_id', '=', revoked.id).execute();
    if (revoked.kind === 'dossier' && revoked.dossier_id) await endCalendarFeed(trx, revoked.dossier_id);
    let actor = ACTOR[revoked.kind];
    if (!actor && revoked.staff_id) {
      const staff = await trx.selectFrom('staff').select('role').where('id', '=', revoked.staff_id).executeTakeFirst();
      actor = staff?.role === 'consulent' ? 'consulent' : 'begeleider';
    }
    await recordAudit(
      trx,
      { actor: actor ?? 'inburgeraar', action: 'device.signout', sessionId: revoked.id, dossierId: revoked.dossier_id, staffId: revoked.staff_id },
      now,
    );
    return 'signed-out';
  });
}
