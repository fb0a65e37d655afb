import type { MutationTx, MutatorInput, MutatorName } from '../domain/mutators';
import { MutationError, targetDossier } from '../domain/refusal';
import type { Mutation, MutationResult, PatchOp, PullResponse } from '../domain/sync';
import type { DeviceSession, MetaEntry, OutboxEntry, RejectedEntry } from './db';
import { mutatorsLoaded } from './schemasLoader';

// The sync protocol on the device, written once for every kind of device: numbering a new change,
// settling a push, renumbering after a mutation gap, and applying a pull with its rebase. It works
// over a narrow local transaction (LocalTx) with two implementations: the plain device database
// (local.ts, an inburgeraar's or helper's phone) and the sealed vault of a staff device
// (staffStore.ts). Like Replicache's one sync core over its small KV store interface.

/** One local transaction: everything it writes commits together or not at all. */
export interface LocalTx {
  /** Device meta (client id, cookie, counter, session). */
  meta<T>(key: MetaEntry['key']): Promise<T | undefined>;
  /** Writes device meta as part of this transaction. */
  setMeta(entries: { key: MetaEntry['key']; value: unknown }[]): Promise<void>;
  /** Every waiting change, in id order. */
  outbox(): Promise<OutboxEntry[]>;
  putOutbox(entry: OutboxEntry): Promise<void>;
  deleteOutbox(id: number): Promise<void>;
  /** Keeps a change the server refused, for the person to see. */
  putRejected(entry: RejectedEntry): Promise<void>;
  /** Applies the server's patch to the synced rows. */
  applyPatch(patch: PatchOp[]): Promise<void>;
  /** The rows as a mutator sees them, for one dossier. */
  mutationTx(dossierId: string, now: string, staffId: string | undefined): MutationTx;
}

/** A local store: runs one transaction at a time, with the mutators loaded before it (schemasLoader.ts). */
export interface LocalStore {
  transact<T>(fn: (tx: LocalTx) => Promise<T>): Promise<T>;
}

async function staffIdOf(tx: LocalTx): Promise<string | undefined> {
  const session = await tx.meta<DeviceSession>('session');
  return session?.kind === 'staff' ? session.staffId : undefined;
}

/** The counter never falls back to an id the server has seen (it would skip the new change). */
async function bumpCounter(tx: LocalTx, seen: number): Promise<void> {
  const next = (await tx.meta<number>('nextMutationId')) ?? 1;
  if (seen + 1 > next) await tx.setMeta([{ key: 'nextMutationId', value: seen + 1 }]);
}

/**
 * Applies a change optimistically and queues it, in one transaction. Throws MutationError when the
 * change is not possible (nothing is written then).
 */
export async function addChange(tx: LocalTx, dossierId: string, name: string, args: unknown): Promise<number> {
  const counter = (await tx.meta<number>('nextMutationId')) ?? 1;
  const last = Math.max(0, ...(await tx.outbox()).map((m) => m.id));
  const session = await tx.meta<DeviceSession>('session');
  const id = Math.max(counter, last + 1);
  const now = new Date().toISOString();
  await mutatorsLoaded().applyMutation(tx.mutationTx(dossierId, now, session?.kind === 'staff' ? session.staffId : undefined), name, args);
  await tx.putOutbox({ id, name, args, createdAt: now });
  await tx.setMeta([{ key: 'nextMutationId', value: id + 1 }]);
  return id;
}

/** Removes delivered changes; keeps refused ones for the person to see and undoes them. */
export async function settle(tx: LocalTx, batch: Mutation[], results: MutationResult[]): Promise<void> {
  await bumpCounter(tx, Math.max(0, ...results.map((r) => r.id)));
  let refused = false;
  for (const r of results) {
    const entry = batch.find((m) => m.id === r.id) as OutboxEntry | undefined;
    if (!entry) continue;
    await tx.deleteOutbox(r.id);
    if (r.status === 'rejected') {
      refused = true;
      await tx.putRejected({ ...entry, error: r.error ?? { code: 'rejected', message: '' }, rejectedAt: new Date().toISOString() });
    }
  }
  // Undo the optimistic change: the next pull starts from the server's full state.
  if (refused) await tx.setMeta([{ key: 'cookie', value: null }]);
}

/** Numbers the waiting changes on from the server's last known id. */
export async function renumber(tx: LocalTx, lastMutationId: number): Promise<void> {
  const pending = await tx.outbox();
  for (const m of pending) await tx.deleteOutbox(m.id);
  let next = lastMutationId + 1;
  for (const m of pending) await tx.putOutbox({ ...m, id: next++ });
  await tx.setMeta([{ key: 'nextMutationId', value: next }]);
}

/** Applies a pull, drops the changes it includes and replays the ones still waiting on top of it. */
export async function applyPullTx(tx: LocalTx, response: PullResponse): Promise<void> {
  await tx.applyPatch(response.patch);
  const ownDossier = (await tx.meta<string>('dossierId')) ?? null;
  const staffId = await staffIdOf(tx);
  for (const m of await tx.outbox()) {
    if (m.id <= response.lastMutationId) {
      await tx.deleteOutbox(m.id);
      continue;
    }
    const dossierId = targetDossier(m.args, ownDossier);
    if (!dossierId) continue;
    try {
      await mutatorsLoaded().applyMutation(tx.mutationTx(dossierId, m.createdAt, staffId), m.name, m.args);
    } catch (error) {
      // A change that no longer applies stays queued for the server to judge.
      if (!(error instanceof MutationError)) throw error;
    }
  }
  await bumpCounter(tx, response.lastMutationId);
  await tx.setMeta([
    { key: 'cookie', value: response.cookie },
    { key: 'lastSyncedAt', value: new Date().toISOString() },
  ]);
}

/** A waiting change of one kind, its arguments typed by the mutator's schema (it was validated when made). */
export type WaitingChange<N extends MutatorName> = OutboxEntry & { name: N; args: MutatorInput<N> };

/** The waiting changes of one kind: outbox queries name a mutation the compiler knows. */
export function waitingOf<N extends MutatorName>(outbox: OutboxEntry[], name: N): WaitingChange<N>[] {
  return outbox.filter((m): m is WaitingChange<N> => isChangeOf(m, name));
}

/**
 * Whether a waiting or refused change is of mutation `name`, narrowing its arguments to that
 * mutator's input (they were validated when the change was made). A misspelt name does not compile.
 */
export function isChangeOf<M extends Mutation, N extends MutatorName>(change: M, name: N): change is M & { name: N; args: MutatorInput<N> } {
  return change.name === name;
}
