import type { MutationTx, MutatorInput, MutatorName } from '../domain/mutators';
import { MutationError, targetDossier } from '../domain/refusal';
import type { ActivateResponse, PullResponse } from '../domain/sync';
import { TABLES, type TableName, type TableRows } from '../domain/tables';
import type { AppDb, DeviceSession, MetaEntry, Stored } from './db';
import { deviceProfile } from './profile';
import { recordBaseline } from './seen';
import { withMutators } from './schemasLoader';
import { addChange, applyPullTx, type LocalStore, type LocalTx } from './syncCore';

export { getSession } from './profile';

// Local writes on an inburgeraar's or helper's phone. Every user action is one Dexie transaction:
// the optimistic change and its outbox entry commit together or not at all. Pulls apply the
// server's patch and replay the changes still waiting in the outbox on top of it ("rebase"), also
// in one transaction. The protocol itself (numbering, settle, renumber, rebase) is syncCore.ts.

export const ALL_STORES = [...TABLES, 'outbox', 'rejected', 'meta', 'seen', 'photos'] as const;

export async function getMeta<T>(db: AppDb, key: MetaEntry['key']): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}

function dexieTx(db: AppDb, dossierId: string, now: string): MutationTx {
  return {
    dossierId,
    now,
    async get<T extends TableName>(table: T, key: string) {
      const row = await db.table<Stored<T>, string>(table).get(key);
      if (!row) return undefined;
      const { key: _rowKey, ...value } = row;
      return value as unknown as TableRows[T];
    },
    async put<T extends TableName>(table: T, key: string, value: TableRows[T]) {
      await db.table(table).put({ ...value, key });
    },
  };
}

/**
 * The device database as a local store for the sync core (syncCore.ts): one Dexie transaction over
 * the rows, the outbox, the refused changes and the meta.
 */
export function dexieStore(db: AppDb): LocalStore {
  const tx: LocalTx = {
    meta: <T>(key: MetaEntry['key']) => db.meta.get(key).then((entry) => entry?.value as T | undefined),
    setMeta: (entries) => db.meta.bulkPut(entries as MetaEntry[]).then(() => undefined),
    outbox: () => db.outbox.orderBy('id').toArray(),
    putOutbox: (entry) => db.outbox.put(entry).then(() => undefined),
    deleteOutbox: (id) => db.outbox.delete(id),
    putRejected: (entry) => db.rejected.put(entry).then(() => undefined),
    async applyPatch(patch) {
      for (const op of patch) {
        if (op.op === 'clear') await Promise.all(TABLES.map((t) => db.table(t).clear()));
        else if (op.op === 'put') await db.table(op.table).put({ ...op.value, key: op.id });
        else await db.table(op.table).delete(op.id);
      }
    },
    mutationTx: (dossierId, now) => dexieTx(db, dossierId, now),
  };
  // An async callback: Dexie follows native awaits inside it only then.
  return { transact: (fn) => withMutators(() => db.transaction('rw', [...ALL_STORES], async () => fn(tx))) };
}

/**
 * Applies a change on this device and queues it for the server.
 * Throws MutationError when the change is not possible (nothing is written then).
 */
export async function mutate<N extends MutatorName>(db: AppDb, name: N, args: MutatorInput<N>): Promise<number> {
  return dexieStore(db).transact(async (tx) => {
    const profile = await deviceProfile(db);
    if (profile.readOnly) throw new MutationError('read-only', 'A helper can only read.');
    // A staff device's changes are personal (visit notes): they go sealed through staffStore.ts.
    if (profile.store !== 'device') throw new MutationError('staff-vault', 'A staff change goes through the vault.');
    const ownDossier = await getMeta<string>(db, 'dossierId');
    const dossierId = targetDossier(args, ownDossier ?? null);
    if (!dossierId) throw new MutationError('not-activated', 'This device is not activated.');
    return addChange(tx, dossierId, name, args);
  });
}

export async function applyPull(db: AppDb, response: PullResponse): Promise<void> {
  await dexieStore(db).transact(async (tx) => {
    await applyPullTx(tx, response);
    await recordBaseline(db);
  });
}

/** The session an activation answer gives this device. */
export function sessionOf(activation: ActivateResponse): DeviceSession {
  if (activation.kind === 'helper') {
    const { shareId, sections, expiresAt } = activation;
    return { kind: 'helper', shareId, sections, expiresAt };
  }
  if (activation.kind === 'staff') {
    const { staffId, role, dossiers } = activation;
    return { kind: 'staff', staffId, role, dossiers };
  }
  return { kind: 'inburgeraar' };
}

/**
 * Starts the device over for a (new) activation: no rows, no outbox, a new client id. `null`
 * wipes it (signed out); a dossier id alone is an inburgeraar's activation.
 */
export async function resetDevice(db: AppDb, activation: string | ActivateResponse | null): Promise<void> {
  const answer: ActivateResponse | null =
    typeof activation === 'string' ? { kind: 'inburgeraar', dossierId: activation } : activation;
  await db.transaction('rw', [...ALL_STORES], async () => {
    await Promise.all(ALL_STORES.map((t) => db.table(t).clear()));
    if (answer) {
      await db.meta.bulkPut([
        // A staff device has no dossier of its own: every change it makes names its dossier.
        ...(answer.dossierId ? [{ key: 'dossierId' as const, value: answer.dossierId }] : []),
        { key: 'session', value: sessionOf(answer) },
        { key: 'clientId', value: newClientId() },
        { key: 'nextMutationId', value: 1 },
        { key: 'cookie', value: null },
        ...(answer.restoreSecret ? [{ key: 'restoreSecret' as const, value: answer.restoreSecret }] : []),
      ]);
    }
  });
}

export function newClientId(): string {
  return crypto.randomUUID().replaceAll('-', '');
}
