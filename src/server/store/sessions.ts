import { randomUUID } from 'node:crypto';
import { randomToken, sha256 } from './secrets';
import type { Db } from './rows';

/** A device's signed-in state. Only inburgeraar ("dossier") sessions exist so far. */
export interface Session {
  id: string;
  kind: 'dossier';
  dossierId: string | null;
  lastSeenAt: string;
}

// What a session may read and write is a list, so staff sessions with a caseload (DESIGN.md,
// "Helpers") fit without changing pull or push.

export function readableDossiers(session: Session): string[] {
  return session.kind === 'dossier' && session.dossierId ? [session.dossierId] : [];
}

export function writableDossiers(session: Session): string[] {
  return readableDossiers(session);
}

/** Creates a session inside the caller's transaction; the raw token goes only into the cookie. */
export async function createSession(
  trx: Db,
  fields: { kind: 'dossier'; dossierId: string | null },
  now: Date,
): Promise<{ token: string; session: Session }> {
  const token = randomToken();
  const id = randomUUID();
  const at = now.toISOString();
  await trx
    .insertInto('session')
    .values({
      id,
      token_hash: sha256(token),
      dossier_id: fields.dossierId,
      kind: fields.kind,
      created_at: at,
      last_seen_at: at,
      revoked_at: null,
    })
    .execute();
  return { token, session: { id, kind: fields.kind, dossierId: fields.dossierId, lastSeenAt: at } };
}

/** The live session for a cookie token: not revoked, and its dossier still exists. */
export async function findSession(db: Db, token: string): Promise<Session | undefined> {
  const row = await db
    .selectFrom('session')
    .innerJoin('dossier', 'dossier.id', 'session.dossier_id')
    .select(['session.id', 'session.kind', 'session.dossier_id', 'session.last_seen_at'])
    .where('session.token_hash', '=', sha256(token))
    .where('session.revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row || row.kind !== 'dossier') return undefined;
  return { id: row.id, kind: 'dossier', dossierId: row.dossier_id, lastSeenAt: row.last_seen_at };
}

// A device pulls often; writing last_seen_at on every pull would turn reads into fsyncs.
const TOUCH_INTERVAL_MS = 60_000;

/** True when it wrote: the sliding expiry moved on, so the cookie is renewed too (sessionCookie.ts). */
export async function touchSession(db: Db, session: Session, now = new Date()): Promise<boolean> {
  if (now.getTime() - Date.parse(session.lastSeenAt) < TOUCH_INTERVAL_MS) return false;
  await db.updateTable('session').set({ last_seen_at: now.toISOString() }).where('id', '=', session.id).execute();
  return true;
}

/** Ends one device's access (a lost phone); its next sync gets 401. */
export async function revokeSession(db: Db, sessionId: string, now = new Date()): Promise<boolean> {
  const result = await db
    .updateTable('session')
    .set({ revoked_at: now.toISOString() })
    .where('id', '=', sessionId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * May this session use a clientId first seen with `ownerSessionId`? Yes for its own, and for one
 * of another session of the same dossier: a phone that is activated again for the same dossier
 * (a second QR, an expired cookie) keeps its clientId and its waiting changes (src/data/device.ts),
 * and must not lose them. A clientId of another dossier's device is refused.
 */
export async function mayUseClient(db: Db, ownerSessionId: string, session: Session): Promise<boolean> {
  if (ownerSessionId === session.id) return true;
  const owner = await db
    .selectFrom('session')
    .select(['kind', 'dossier_id'])
    .where('id', '=', ownerSessionId)
    .executeTakeFirst();
  return owner !== undefined && owner.kind === session.kind && owner.dossier_id !== null && owner.dossier_id === session.dossierId;
}
