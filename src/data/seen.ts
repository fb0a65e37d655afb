import { snapshot, type WatchedRows } from '../domain/seenPrints';
import type { Change } from '../domain/whatChanged';
import type { AppDb } from './db';

// The phone's memory of what the person last saw (src/domain/whatChanged.ts), in Dexie so it
// survives reloads and works offline. Wiped with the rest when the device is reset.

/** The watched rows of one dossier on this phone. */
export async function watchedRows(db: AppDb, dossierId: string): Promise<WatchedRows> {
  const [appointments, steps, questions, payments] = await Promise.all([
    db.appointments.where('dossierId').equals(dossierId).toArray(),
    db.steps.where('dossierId').equals(dossierId).toArray(),
    db.questions.where('dossierId').equals(dossierId).toArray(),
    db.payments.where('dossierId').equals(dossierId).toArray(),
  ]);
  return { appointments, steps, questions, payments };
}

/**
 * Once per activation, inside the transaction of the first pull: everything that came with it is
 * recorded as seen, so home does not call the whole dossier "new". A staff device has no dossier
 * of its own on this database and records nothing.
 */
export async function recordBaseline(db: AppDb): Promise<void> {
  if ((await db.meta.get('seenBaseline'))?.value) return;
  const dossierId = (await db.meta.get('dossierId'))?.value;
  if (typeof dossierId !== 'string') return;
  await db.seen.bulkPut(snapshot(await watchedRows(db, dossierId)));
  await db.meta.put({ key: 'seenBaseline', value: true });
}

/** The person has seen these changes (opened the item or its screen). */
export async function markSeen(db: AppDb, changes: readonly Change[]): Promise<void> {
  if (changes.length === 0) return;
  await db.seen.bulkPut(changes.map(({ key, print }) => ({ key, print })));
}
