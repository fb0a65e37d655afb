import { randomUUID } from 'node:crypto';
import { randomToken, sha256 } from './secrets';
import type { SessionGrant, Session } from './sessionAccess';
import { helperShareOf, liveShare } from './shares';
import { loadStaffGrant } from './staff';
import type { Db } from './rows';

// Device sessions of three kinds: 'dossier' (the inburgeraar's own phone), 'helper' (a
// taalmaatje, bound to one share) and 'staff' (bound to a staff member and their caseload).
// What each may read and write is in sessionAccess.ts; pull and push ask only that.

export {
  actorOf,
  homeDossier,
  readableDossiers,
  readableTablesOf,
  staffIdOf,
  writableDossiers,
  type Session,
  type SessionGrant,
} from './sessionAccess';

/**
 * Whether a device of this kind gets a restore secret. Not a staff device: its caseload is sealed
 * under the staff member's PIN, and a secret in its plain database would open a session (and the
 * caseload in plain text) to anyone who can read that database. A staff device that lost its
 * cookie keeps its sealed vault and waiting changes and is activated again with a new code.
 */
export const mayRestore = (grant: SessionGrant): boolean => grant.kind !== 'staff';

export interface NewSession {
  token: string;
  session: Session;
  /** For the phone's IndexedDB (restore.ts); only its hash is stored. Absent for staff. */
  restoreSecret?: string;
}

/** Creates a session inside the caller's transaction; the raw token goes only into the cookie. */
export async function createSession(trx: Db, grant: SessionGrant, now: Date): Promise<NewSession> {
  const token = randomToken();
  const restoreSecret = mayRestore(grant) ? randomToken() : undefined;
  const id = randomUUID();
  const at = now.toISOString();
  await trx
    .insertInto('session')
    .values({
      id,
      token_hash: sha256(token),
      dossier_id: grant.kind === 'dossier' ? grant.dossierId : grant.kind === 'helper' ? grant.share.dossierId : null,
      staff_id: grant.kind === 'staff' ? grant.staff.id : null,
      share_id: grant.kind === 'helper' ? grant.share.id : null,
      kind: grant.kind,
      created_at: at,
      last_seen_at: at,
      revoked_at: null,
      restore_hash: restoreSecret === undefined ? null : sha256(restoreSecret),
      restore_prev_hash: null,
    })
    .execute();
  return { token, session: { ...grant, id, lastSeenAt: at }, ...(restoreSecret === undefined ? {} : { restoreSecret }) };
}

/**
 * The live session for a cookie token: not revoked, and what it is bound to still there — the
 * dossier (inburgeraar), a share that is neither revoked nor ended (helper), the staff member
 * (staff). Loaded per request, so a revocation or caseload change counts at the next request.
 */
export function findSession(db: Db, token: string, now = new Date()): Promise<Session | undefined> {
  return findLiveSession(db, 'session.token_hash', sha256(token), now);
}

type SessionColumn = 'session.token_hash' | 'session.restore_hash' | 'session.restore_prev_hash' | 'session.id';

function liveSessionQuery(db: Db, column: SessionColumn, value: string) {
  return db
    .selectFrom('session')
    .leftJoin('dossier', 'dossier.id', 'session.dossier_id')
    .select(['session.id', 'session.kind', 'session.dossier_id', 'session.staff_id', 'session.share_id', 'session.last_seen_at'])
    .select('dossier.id as live_dossier')
    .where(column, '=', value)
    .where('session.revoked_at', 'is', null);
}

type LiveSessionRow = { id: string; kind: string; staff_id: string | null; share_id: string | null; last_seen_at: string; live_dossier: string | null };

async function sessionOf(db: Db, row: LiveSessionRow, now: Date): Promise<Session | undefined> {
  const base = { id: row.id, lastSeenAt: row.last_seen_at };
  if (row.kind === 'dossier' && row.live_dossier) return { ...base, kind: 'dossier', dossierId: row.live_dossier };
  if (row.kind === 'helper' && row.live_dossier && row.share_id) {
    const share = await liveShare(db, row.live_dossier, row.share_id, now);
    return share ? { ...base, kind: 'helper', dossierId: null, share: helperShareOf(share) } : undefined;
  }
  if (row.kind === 'staff' && row.staff_id) {
    const staff = await loadStaffGrant(db, row.staff_id);
    return staff ? { ...base, kind: 'staff', dossierId: null, staff } : undefined;
  }
  return undefined;
}

/** As findSession, by any column that identifies one session (its token's or restore secret's hash, its id). */
export async function findLiveSession(db: Db, column: SessionColumn, value: string, now = new Date()): Promise<Session | undefined> {
  const row = await liveSessionQuery(db, column, value).executeTakeFirst();
  return row ? sessionOf(db, row, now) : undefined;
}

/** What a pull reads besides the session, when read in the same statement (pull.ts). */
export interface PullPrefetch {
  /** The clientId's record, if the client is known. */
  client: { sessionId: string; lastMutationId: number } | undefined;
  /** The version and epoch of the one dossier an inburgeraar or helper reads; undefined for staff. */
  dossier: { version: number; epoch: string } | undefined;
}

/**
 * findSession for a pull: the session, the client's record and the dossier's version and epoch in
 * one statement, one round trip to PostgreSQL instead of three (docs/benchmarks.md). One
 * statement also reads them from one snapshot, so lastMutationId never acknowledges a mutation
 * whose rows are above the version read.
 */
export async function findPullSession(db: Db, token: string, clientId: string, now = new Date()): Promise<{ session: Session; prefetch: PullPrefetch } | undefined> {
  const row = await liveSessionQuery(db, 'session.token_hash', sha256(token))
    .leftJoin('client', (join) => join.on('client.client_id', '=', clientId))
    .select(['client.session_id as client_session', 'client.last_mutation_id', 'dossier.version as dossier_version', 'dossier.epoch as dossier_epoch'])
    .executeTakeFirst();
  const session = row ? await sessionOf(db, row, now) : undefined;
  if (!row || !session) return undefined;
  const client = row.client_session === null || row.last_mutation_id === null ? undefined : { sessionId: row.client_session, lastMutationId: row.last_mutation_id };
  const dossier = session.kind === 'staff' || row.dossier_version === null || row.dossier_epoch === null ? undefined : { version: row.dossier_version, epoch: row.dossier_epoch };
  return { session, prefetch: { client, dossier } };
}

// A device pulls often; writing last_seen_at on every pull would turn reads into fsyncs. Once an
// hour: a phone syncing 20 times a day then writes on about half its pulls instead of on every one
// (a pull rarely comes within a minute of the last), and a session can only end up to an hour
// *earlier* than its idle limit (180 days, staff 14), never later (docs/benchmarks.md).
export const TOUCH_INTERVAL_MS = 60 * 60_000;

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
  // Its notifications end with it (a revoked session's subscription would never be used anyway).
  await db.deleteFrom('push_subscription').where('session_id', '=', sessionId).execute();
  return result.numUpdatedRows > 0n;
}

/**
 * May this session use a clientId first seen with `ownerSessionId`? Yes for its own, and for one
 * of another session with the same grant: the same kind bound to the same thing (the same
 * dossier, the same share, the same staff member). A phone that is activated again (a second QR,
 * a lost cookie) keeps its clientId and its waiting changes (src/data/device.ts), and must not
 * lose them. A clientId of any other grant is refused (push.ts, pull.ts: 409 `client-id-taken`):
 * taking it over would hand one device's change numbering, and its record, to another.
 */
export async function mayUseClient(db: Db, ownerSessionId: string, session: Session): Promise<boolean> {
  if (ownerSessionId === session.id) return true;
  const owner = await db
    .selectFrom('session')
    .select(['kind', 'dossier_id', 'staff_id', 'share_id'])
    .where('id', '=', ownerSessionId)
    .executeTakeFirst();
  if (!owner || owner.kind !== session.kind) return false;
  if (session.kind === 'staff') return owner.staff_id === session.staff.id;
  if (session.kind === 'helper') return owner.share_id === session.share.id && owner.dossier_id === session.share.dossierId;
  return owner.dossier_id !== null && owner.dossier_id === session.dossierId;
}

/** The refusal of a clientId that belongs to a device of another grant (see mayUseClient). */
export const CLIENT_ID_TAKEN = { status: 409, code: 'client-id-taken', message: 'This clientId belongs to another device; start a new one.' } as const;
