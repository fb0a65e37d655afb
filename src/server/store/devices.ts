import type { Device } from '../../domain/adminApi';
import type { ExpressionBuilder } from 'kysely';
import type { Database } from '../db/schema';
import { recordAudit } from './audit';
import { endCalendarFeed } from './calendarFeeds';
import type { Db } from './rows';

// The devices (sessions) of a dossier or a staff member, for the admin: to see which phones have
// access, and to lock out a lost one. Never the token: only its hash is stored anyway.

const KIND: Record<string, Device['kind']> = { dossier: 'inburgeraar', helper: 'helper', staff: 'staff' };

function listSessions(db: Db, column: 'dossier_id' | 'staff_id', id: string): Promise<Device[]> {
  return db
    .selectFrom('session')
    .select(['id', 'kind', 'share_id', 'created_at', 'last_seen_at', 'revoked_at'])
    .where(column, '=', id)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
    .then((rows) =>
      rows.map((r) => ({
        id: r.id,
        kind: KIND[r.kind] ?? 'inburgeraar',
        ...(r.share_id ? { shareId: r.share_id } : {}),
        createdAt: r.created_at,
        lastSeenAt: r.last_seen_at,
        revokedAt: r.revoked_at,
      })),
    );
}

/** The inburgeraar's own devices and the helpers' devices of the dossier's shares. */
export function listDossierDevices(db: Db, dossierId: string): Promise<Device[]> {
  return listSessions(db, 'dossier_id', dossierId);
}

export function listStaffDevices(db: Db, staffId: string): Promise<Device[]> {
  return listSessions(db, 'staff_id', staffId);
}

/**
 * Revokes one device (a lost phone): its next pull or push gets 401 and the app wipes itself.
 * 'not-found' for an unknown session; revoking twice is harmless ('already').
 */
export async function revokeDevice(db: Db, gemeente: string, sessionId: string, now = new Date()): Promise<'revoked' | 'already' | 'not-found'> {
  return db.transaction().execute(async (trx) => {
    // Only a device of this municipality (of its dossier, or of its staff member); any other
    // session id is answered as unknown.
    const ofGemeente = (eb: ExpressionBuilder<Database, 'session'>) =>
      eb.or([
        eb('dossier_id', 'in', eb.selectFrom('dossier').select('id').where('gemeente', '=', gemeente)),
        eb('staff_id', 'in', eb.selectFrom('staff').select('id').where('gemeente', '=', gemeente)),
      ]);
    const revoked = await trx
      .updateTable('session')
      .set({ revoked_at: now.toISOString() })
      .where('id', '=', sessionId)
      .where('revoked_at', 'is', null)
      .where(ofGemeente)
      .returning(['kind', 'dossier_id', 'staff_id'])
      .executeTakeFirst();
    if (!revoked) {
      const exists = await trx.selectFrom('session').select('id').where('id', '=', sessionId).where(ofGemeente).executeTakeFirst();
      return exists ? 'already' : 'not-found';
    }
    if (revoked.kind === 'dossier' && revoked.dossier_id) await endCalendarFeed(trx, revoked.dossier_id);
    // Its notifications end with it (other ways a session ends are caught when sending: store/pushSubscriptions.ts).
    await trx.deleteFrom('push_subscription').where('session_id', '=', sessionId).execute();
    await recordAudit(
      trx,
      { actor: 'admin', action: 'device.revoke', sessionId, dossierId: revoked.dossier_id, staffId: revoked.staff_id, detail: { kind: KIND[revoked.kind] ?? revoked.kind } },
      now,
    );
    return 'revoked';
  });
}
