import { randomUUID } from 'node:crypto';
import { PUSH_PATHS, type PushKind, type PushSubscriptionJson } from '../../domain/webPush';
import type { ShareSection } from '../../domain/enums';
import type { Db } from './rows';
import { findLiveSession, type Session } from './sessions';

// Web Push subscriptions (one per device session) and the queue of what to send (db/pushMigration.ts).

/** Stores this session's subscription; an endpoint moves to the newest session that names it. */
export async function saveSubscription(db: Db, sessionId: string, subscription: PushSubscriptionJson, now = new Date()): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('push_subscription').where((eb) => eb.or([eb('endpoint', '=', subscription.endpoint), eb('session_id', '=', sessionId)])).execute();
    await trx
      .insertInto('push_subscription')
      .values({ session_id: sessionId, endpoint: subscription.endpoint, p256dh: subscription.keys.p256dh, auth: subscription.keys.auth, created_at: now.toISOString() })
      .execute();
  });
}

export async function deleteSubscriptionOfSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom('push_subscription').where('session_id', '=', sessionId).execute();
}

export async function deleteSubscriptionByEndpoint(db: Db, endpoint: string): Promise<void> {
  await db.deleteFrom('push_subscription').where('endpoint', '=', endpoint).execute();
}

export type PushAudience = 'person' | 'staff';

/** Queues a notification in the caller's transaction, so it exists exactly when the change does. */
export async function enqueuePush(trx: Db, dossierId: string, audience: PushAudience, kind: PushKind, now = new Date()): Promise<void> {
  await trx
    .insertInto('push_event')
    .values({ id: randomUUID(), dossier_id: dossierId, audience, kind, created_at: now.toISOString(), claimed_by: null, claimed_at: null })
    .execute();
}

/** Which helpers' devices hear of a kind: only those whose share holds that part of the dossier. */
const HELPER_SECTION: Partial<Record<PushKind, ShareSection>> = {
  appointment: 'agenda',
  step: 'traject',
  payment: 'money',
  'term-end-6': 'traject',
  'term-end-3': 'traject',
  'term-end-1': 'traject',
};

export interface Recipient {
  sessionId: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  session: Session;
}

function hears(session: Session, dossierId: string, audience: PushAudience, kind: PushKind): boolean {
  if (audience === 'staff') return session.kind === 'staff' && session.staff.caseload.includes(dossierId);
  if (session.kind === 'dossier') return session.dossierId === dossierId;
  if (session.kind === 'helper') {
    const section = HELPER_SECTION[kind];
    return session.share.dossierId === dossierId && section !== undefined && session.share.sections.includes(section);
  }
  return false;
}

/**
 * The subscriptions of the devices that hear of this event. Every candidate's session is loaded as
 * a request would load it: a revoked session, an ended share, a staff member off the caseload gets
 * nothing, and the subscription of a session that ended is deleted on the way.
 */
export async function recipientsOf(db: Db, dossierId: string, audience: PushAudience, kind: PushKind): Promise<Recipient[]> {
  const query = db
    .selectFrom('push_subscription')
    .innerJoin('session', 'session.id', 'push_subscription.session_id')
    .select(['push_subscription.session_id', 'push_subscription.endpoint', 'push_subscription.p256dh', 'push_subscription.auth']);
  const rows =
    audience === 'staff'
      ? await query
          .where('session.kind', '=', 'staff')
          .where('session.staff_id', 'in', db.selectFrom('caseload').select('staff_id').where('dossier_id', '=', dossierId))
          .execute()
      : await query.where('session.dossier_id', '=', dossierId).where('session.kind', 'in', ['dossier', 'helper']).execute();
  const recipients: Recipient[] = [];
  for (const row of rows) {
    const session = await findLiveSession(db, 'session.id', row.session_id);
    if (!session) {
      await deleteSubscriptionOfSession(db, row.session_id);
      continue;
    }
    if (hears(session, dossierId, audience, kind)) {
      recipients.push({ sessionId: row.session_id, endpoint: row.endpoint, p256dh: row.p256dh, auth: row.auth, session });
    }
  }
  return recipients;
}

export const pushPathOf = (kind: PushKind): string => PUSH_PATHS[kind];
