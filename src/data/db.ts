import { Dexie, type EntityTable, type Table } from 'dexie';
import type { ShareSection, StaffRole } from '../domain/access';
import type { ErrorBody, Mutation } from '../domain/sync';
import type { TableName, TableRows } from '../domain/tables';
import type { SeenEntry } from '../domain/seenPrints';
import { NEXT_RELEASE_FIXTURE, NEXT_RELEASE_UPGRADE_META } from './nextReleaseFixture';

/** A synced row as the device stores it: the sync key plus the row's fields. */
export type Stored<T extends TableName> = TableRows[T] & { key: string };

/** A change made on this device that the server has not acknowledged yet. No expiry. */
export interface OutboxEntry extends Mutation {
  createdAt: string;
}

/** A photo (of a letter) asked with a question, waiting on the phone until the question is delivered. */
export interface WaitingPhoto {
  questionId: string;
  dossierId: string;
  type: 'image/jpeg' | 'image/png';
  /** The bytes, not a Blob: an ArrayBuffer survives IndexedDB in every browser (and in tests). */
  bytes: ArrayBuffer;
}

/** A change the server refused; kept until the user has seen it. */
export interface RejectedEntry extends Mutation {
  error: ErrorBody;
  rejectedAt: string;
}

export interface MetaEntry {
  key:
    | 'clientId'
    | 'cookie'
    | 'nextMutationId'
    | 'dossierId'
    | 'lastSyncedAt'
    | 'calendarFeedUrl'
    | 'session'
    | 'appPin'
    | 'appPinTries'
    /** The restore secret of this device's session (restore.ts); absent on a staff device. */
    | 'restoreSecret'
    /** SHA-256 of the code this device was activated with: the same link opened again asks nothing (activationCheck.ts). */
    | 'activationCode'
    /** The staff device's public key is registered with the server (staffStore.ts). */
    | 'deviceKeyRegistered'
    /** What came with the first pull is recorded as seen ("What changed", seen.ts). */
    | 'seenBaseline';
  value: unknown;
}

type SyncedTables = { [T in TableName]: Table<Stored<T>, string> };

/**
 * What kind of device this is, from the activation answer (meta `session`). A device activated
 * before kinds existed has no `session` row and is an inburgeraar's.
 */
export type DeviceSession =
  | { kind: 'inburgeraar' }
  | { kind: 'helper'; shareId: string; sections: ShareSection[]; expiresAt: string }
  | { kind: 'staff'; staffId: string; role: StaffRole; dossiers: string[] };

export type AppDb = Dexie &
  SyncedTables & {
    outbox: EntityTable<OutboxEntry, 'id'>;
    rejected: EntityTable<RejectedEntry, 'id'>;
    meta: EntityTable<MetaEntry, 'key'>;
    /** What the person last saw of each watched row (src/domain/whatChanged.ts). */
    seen: EntityTable<SeenEntry, 'key'>;
    /** Photos waiting to be sent with their question (question photos, api.md): deleted once sent. */
    photos: EntityTable<WaitingPhoto, 'questionId'>;
  };

import { DB_NAME } from './storageKeys';

/** The database names are in storageKeys.ts; a staff device's sealed caseload is STAFF_DB_NAME (staffVault.ts). */
export { DB_NAME, STAFF_DB_NAME } from './storageKeys';

/**
 * Opens the device database. Writes are committed with strict durability: a change the UI has
 * confirmed must survive the browser being killed a moment later (Chromium's default is relaxed).
 */
export function openDb(name = DB_NAME): AppDb {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as AppDb;
  db.version(1).stores({
    dossiers: 'key',
    ontzorgen: 'key',
    steps: 'key, dossierId',
    contacts: 'key, dossierId',
    appointments: 'key, dossierId, start',
    payments: 'key, dossierId, month',
    checklist: 'key, dossierId',
    attendance: 'key, dossierId',
    questions: 'key, dossierId',
    outbox: 'id',
    rejected: 'id',
    meta: 'key',
  });
  // Helper shares (the inburgeraar's own) and visit notes (staff devices only).
  db.version(2).stores({ shares: 'key, dossierId', visitNotes: 'key, dossierId' });
  // "What changed": a print per watched row of what the person last saw. A new table only, so the
  // upgrade keeps every existing row; the first pull after it records the baseline (seen.ts).
  db.version(3).stores({ seen: 'key' });
  // Question photos (issue 16): the bytes wait beside the outbox until their question is delivered.
  // A new table only: the upgrade keeps every existing row and waiting change.
  db.version(4).stores({ photos: 'questionId' });
  // The "next release" test build only (nextReleaseFixture.ts): one more version whose upgrade
  // runs on the phone's existing data, as a real release's would (it would also rewrite waiting
  // changes whose shape the new sync schema changed; docs/api.md "Sync schema versions").
  if (NEXT_RELEASE_FIXTURE) {
    db.version(5)
      .stores({ nextReleaseFixture: 'key' })
      .upgrade(async (tx) => {
        const outbox = await tx.table('outbox').count();
        await tx.table('meta').put({ key: NEXT_RELEASE_UPGRADE_META, value: { outbox } });
      });
  }
  return db;
}
