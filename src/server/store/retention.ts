import { SESSION_IDLE_DAYS } from '../http/sessionLifetime';
import type { Db } from './rows';
import { purgeQuestionPhotos } from './questionPhotos';
import { forgetExpiredShareCodes } from './shares';

// Storage limitation (AVG art. 5(1)(e)): what has done its job is deleted, not kept "just in case".
// A dossier's rows stay until the municipality deletes the dossier (deleteDossier in dossiers.ts);
// here goes what ends by itself. The audit trail stays: it holds ids, names and outcomes only.
//
// Safe to run from several instances at once: plain DELETEs with a WHERE, in the same table order
// as deleteDossier (codes, mutation records, clients, sessions). A second run waits for the first
// one's row locks and then finds nothing left to delete.
//
// Nothing here is needed to answer a sync: a retried push is recognised by
// client.last_mutation_id alone (push.ts), never by reading the mutation records.

const DAY_MS = 86_400_000;

/** Used or expired codes answer nothing; a month lets a "my code did not work" at the desk still be looked into. */
export const CODE_KEEP_DAYS = 30;

/** An ended device stays in the admin's device list for a month, so staff can confirm a lost phone was locked out. */
export const SESSION_KEEP_DAYS = 30;

/** The record of each change (with its text) helps trace a reported sync problem for three months; idempotence does not need it. */
export const MUTATION_LOG_DAYS = 90;

/** Feedback on the informatiemap (store/feedback.ts) is read for half a year, then goes with its texts. */
export const FEEDBACK_KEEP_MONTHS = 6;

/** The first day (YYYY-MM-DD) of feedback that is kept: FEEDBACK_KEEP_MONTHS before today. */
export function feedbackCutoffDay(now: Date): string {
  const cutoff = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - FEEDBACK_KEEP_MONTHS, now.getUTCDate()));
  return cutoff.toISOString().slice(0, 10);
}
/** A photo of a letter helps answer the question; after a month it has done that (issue 16). */
export const QUESTION_PHOTO_KEEP_DAYS = 30;

export interface PurgeCounts {
  activation_code: number;
  session: number;
  client: number;
  mutation: number;
  calendar_feed: number;
  /** Share codes no phone ever pulled, past their end: taken out of their rows. */
  share_code: number;
  feedback: number;
  /** Photos sent with questions: older than QUESTION_PHOTO_KEEP_DAYS, or whose question is gone. */
  question_photo: number;
}

function daysBefore(now: Date, days: number): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString();
}

/**
 * Deletes, in one transaction: activation codes used or expired more than CODE_KEEP_DAYS ago;
 * sessions that ended (unused for SESSION_IDLE_DAYS, or revoked) more than SESSION_KEEP_DAYS ago,
 * with their clients and those clients' mutation records; and every mutation record older than
 * MUTATION_LOG_DAYS; and the calendar feeds of dossiers without a live inburgeraar's device; and
 * feedback older than FEEDBACK_KEEP_MONTHS. Returns
 * how many rows went, per table.
 *
 * The mutation records of a removed client go with it: a phone activated again keeps its clientId
 * and, finding the server no longer knows it, numbers its waiting changes from 1 again (sync.ts,
 * mutation-gap), which must not collide with an old record of the same number.
 */
export async function purgeExpired(db: Db, now = new Date()): Promise<PurgeCounts> {
  const codeCutoff = daysBefore(now, CODE_KEEP_DAYS);
  const revokedCutoff = daysBefore(now, SESSION_KEEP_DAYS);
  // A session expires SESSION_IDLE_DAYS after its last use, and is kept SESSION_KEEP_DAYS after that.
  const lastSeenCutoff = daysBefore(now, SESSION_IDLE_DAYS + SESSION_KEEP_DAYS);
  const logCutoff = daysBefore(now, MUTATION_LOG_DAYS);

  return db.transaction().execute(async (trx) => {
    const codes = await trx
      .deleteFrom('activation_code')
      .where((eb) => eb.or([eb('used_at', '<', codeCutoff), eb('expires_at', '<', codeCutoff)]))
      .executeTakeFirst();

    const endedSessions = trx
      .selectFrom('session')
      .select('id')
      .where((eb) => eb.or([eb('revoked_at', '<', revokedCutoff), eb('last_seen_at', '<', lastSeenCutoff)]));
    const theirClients = trx.selectFrom('client').select('client_id').where('session_id', 'in', endedSessions);

    const mutations = await trx
      .deleteFrom('mutation')
      .where((eb) => eb.or([eb('created_at', '<', logCutoff), eb('client_id', 'in', theirClients)]))
      .executeTakeFirst();
    const clients = await trx.deleteFrom('client').where('session_id', 'in', endedSessions).executeTakeFirst();
    const sessions = await trx
      .deleteFrom('session')
      .where((eb) => eb.or([eb('revoked_at', '<', revokedCutoff), eb('last_seen_at', '<', lastSeenCutoff)]))
      .executeTakeFirst();

    // The calendar address ends with the device (calendarFeeds.ts): once no inburgeraar's device of
    // the dossier is live any more (each unused for SESSION_IDLE_DAYS), its feed goes too.
    const liveOwnDevices = trx
      .selectFrom('session')
      .select('dossier_id')
      .where('kind', '=', 'dossier')
      .where('dossier_id', 'is not', null)
      .where('revoked_at', 'is', null)
      .where('last_seen_at', '>=', daysBefore(now, SESSION_IDLE_DAYS))
      .$narrowType<{ dossier_id: string }>();
    const feeds = await trx.deleteFrom('calendar_feed').where('dossier_id', 'not in', liveOwnDevices).executeTakeFirst();

    const shareCodes = await forgetExpiredShareCodes(trx, now);
    const feedback = await trx.deleteFrom('feedback').where('day', '<', feedbackCutoffDay(now)).executeTakeFirst();
    const photos = await purgeQuestionPhotos(trx, daysBefore(now, QUESTION_PHOTO_KEEP_DAYS));

    return {
      calendar_feed: Number(feeds.numDeletedRows),
      share_code: shareCodes,
      question_photo: photos,
      activation_code: Number(codes.numDeletedRows),
      session: Number(sessions.numDeletedRows),
      client: Number(clients.numDeletedRows),
      mutation: Number(mutations.numDeletedRows),
      feedback: Number(feedback.numDeletedRows),
    };
  });
}
