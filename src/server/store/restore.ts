import { sessionExpired } from '../http/sessionLifetime';
import { recordAudit } from './audit';
import type { Db } from './rows';
import { randomToken, sha256 } from './secrets';
import { actorOf, findLiveSession, staffIdOf, type NewSession, type Session } from './sessions';

// A lost cookie must not cost a trip to the desk (README "Sessions"). Chromium writes cookies to
// disk lazily, so a phone whose browser is killed shortly after activation comes back without its
// session cookie. At activation the phone also got a restore secret (sessions.ts createSession),
// kept in its IndexedDB; with it, the phone gets a fresh cookie for the SAME session: a new token
// hash on the same row, so its clientId, last mutation id, device list entry and audit trail stay.
// Revoking the device, deleting its dossier, ending its share or 180 days unused end the restore
// secret with the session: findLiveSession and sessionExpired decide, exactly as for a cookie.
//
// Rotation. Every restore hands out a new secret. The one just used stays valid as the previous
// one until the new one has been used once: when the answer is lost on its way (or the phone dies
// before it writes the new secret), the phone still holds the old one, which still works. A used
// current secret becomes the previous one; a used previous secret keeps its place (the current one
// it replaces was never seen by the phone). So at most two secrets open a session, and the older
// one only until the phone shows it has the newer.

export type Restored = NewSession & { restoreSecret: string };

/**
 * A new cookie token and restore secret for the session this restore secret belongs to; null when
 * it belongs to none that is still live (unknown, revoked, expired, or what it was bound to is
 * gone), so a caller learns nothing about which secrets once existed.
 */
export async function restoreSession(db: Db, restoreSecret: string, now = new Date()): Promise<Restored | null> {
  const hash = sha256(restoreSecret);
  return db.transaction().execute(async (trx) => {
    const live =
      (await findLiveSession(trx, 'session.restore_hash', hash, now)) ?? (await findLiveSession(trx, 'session.restore_prev_hash', hash, now));
    if (!live || sessionExpired(live.lastSeenAt, live.kind, now)) return null;
    // Lock the row and read its secrets again under the lock: two restores at once rotate in turn.
    const row = await trx
      .updateTable('session')
      .set({ last_seen_at: now.toISOString() })
      .where('id', '=', live.id)
      .where('revoked_at', 'is', null)
      .returning(['restore_hash', 'restore_prev_hash'])
      .executeTakeFirst();
    if (!row || (row.restore_hash !== hash && row.restore_prev_hash !== hash)) return null;
    const token = randomToken();
    const next = randomToken();
    await trx
      .updateTable('session')
      .set({
        token_hash: sha256(token),
        restore_hash: sha256(next),
        restore_prev_hash: row.restore_hash === hash ? hash : row.restore_prev_hash,
      })
      .where('id', '=', live.id)
      .execute();
    const session: Session = { ...live, lastSeenAt: now.toISOString() };
    await recordAudit(
      trx,
      {
        actor: actorOf(session),
        action: 'device.restore',
        sessionId: session.id,
        staffId: staffIdOf(session),
        dossierId: session.kind === 'dossier' ? session.dossierId : session.kind === 'helper' ? session.share.dossierId : null,
        ...(session.kind === 'helper' ? { detail: { shareId: session.share.id } } : {}),
      },
      now,
    );
    return { token, session, restoreSecret: next };
  });
}
