import type { Appointment } from '../../domain/dossier';
import { lockDossier, readLiveRows, type Db } from './rows';
import { randomToken, sha256 } from './secrets';

// Private calendar subscriptions. The token is the only key to the feed (calendar apps send no
// cookie), so it is long and random and stored only as a hash; one feed per dossier, and a new
// one replaces the old. The feed is read-only and holds the dossier's appointments only.

/** A new feed token for the dossier; the previous one stops working. Null for an unknown dossier. */
export async function createCalendarFeed(db: Db, dossierId: string, now = new Date()): Promise<string | null> {
  return db.transaction().execute(async (trx) => {
    // Lock the dossier first, as every writer does (see rows.ts), so a concurrent delete waits.
    if ((await lockDossier(trx, dossierId)) === undefined) return null;
    const token = randomToken();
    await trx.deleteFrom('calendar_feed').where('dossier_id', '=', dossierId).execute();
    await trx
      .insertInto('calendar_feed')
      .values({ dossier_id: dossierId, token_hash: sha256(token), created_at: now.toISOString() })
      .execute();
    return token;
  });
}

/** Stops the dossier's feed; false when it had none. */
export async function revokeCalendarFeed(db: Db, dossierId: string): Promise<boolean> {
  const result = await db.deleteFrom('calendar_feed').where('dossier_id', '=', dossierId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/**
 * The feed ends with the device (docs/threat-model.md): when an inburgeraar's device is signed out
 * or revoked, the dossier's feed is revoked too, since the address may sit in that phone's
 * calendar app, which would go on reading the agenda after the app itself was wiped. A remaining
 * device makes a new address. Inside the caller's transaction.
 */
export async function endCalendarFeed(trx: Db, dossierId: string): Promise<void> {
  await trx.deleteFrom('calendar_feed').where('dossier_id', '=', dossierId).execute();
}

/** The feed's dossier (id, municipality) and its appointments, or undefined for an unknown or revoked token. */
export async function readCalendarFeed(
  db: Db,
  token: string,
): Promise<{ dossierId: string; gemeente: string; appointments: Appointment[] } | undefined> {
  const feed = await db
    .selectFrom('calendar_feed')
    .innerJoin('dossier', 'dossier.id', 'calendar_feed.dossier_id')
    .select(['calendar_feed.dossier_id', 'dossier.gemeente'])
    .where('calendar_feed.token_hash', '=', sha256(token))
    .executeTakeFirst();
  if (!feed) return undefined;
  const rows = await readLiveRows(db, feed.dossier_id, ['appointments']);
  return { dossierId: feed.dossier_id, gemeente: feed.gemeente, appointments: rows.map((r) => r.value as unknown as Appointment) };
}
