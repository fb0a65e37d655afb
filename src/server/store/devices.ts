import type { Device } from '../../domain/adminApi';
import { recordAudit } from './audit';
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
export async function revokeDevice(db: Db, sessionId: string, now = new Date()): Promise<'revoked' | 'already' | 'not-found'> {
  return db.transaction().execute(async (trx) => {
    const revoked = await trx
      .updateTable('session')
      .set({ revoked_at: now.toISOString() })
      .where('id', '=', sessionId)
      .where('revoked_at', 'is', null)
      .returning(['kind', 'dossier_id', 'staff_id'])
      .executeTakeFirst();
    if (!revoked) {
      const exists = await trx.selectFrom('session').select('id').where('id', '=', sessionId).executeTakeFirst();
      return exists ? 'already' : 'not-found';
    }
    await recordAudit(
      trx,
      { actor: 'admin', action: 'device.revoke', sessionId, dossierId: revoked.dossier_id, staffId: revoked.staff_id, detail: { kind: KIND[revoked.kind] ?? revoked.kind } },
      now,
    );
    return 'revoked';
  });
}
