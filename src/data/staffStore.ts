import { MutationError, targetDossier, type MutationTx, type MutatorInput, type MutatorName } from '../domain/mutators';
import type { Mutation, MutationResult, PullResponse } from '../domain/sync';
import { TABLES, type TableName, type TableRows } from '../domain/tables';
import type { AppDb, DeviceSession, MetaEntry, OutboxEntry, RejectedEntry } from './db';
import { getMeta, resetDevice } from './local';
import { formatProof, PROOF_HEADER, proofMessage } from '../domain/deviceProof';
import { b64url, hex } from './bytes';
import { serverNow } from './serverClock';
import { VaultLockedError, type SealedRow, type StaffVault } from './staffVault';
import { HttpError, type SyncStore } from './sync';
import { loadMutators } from './schemasLoader';
import { addChange, applyPullTx, renumber, settle, type LocalStore, type LocalTx } from './syncCore';

// The caseload of a staff device (begeleider, consulent), kept in the PIN vault (staffVault.ts):
// every synced row, every waiting change (a visit note's text is personal) and every refused change
// is sealed. The plain device database keeps only meta without personal data: session, client id,
// cookie, mutation counter, last sync.
//
// WebCrypto calls cannot run inside an IndexedDB transaction (it would commit while waiting), so
// each step works in two halves: read and change in memory (an overlay over the vault), seal, then
// write everything in one vault transaction. Steps run one after another (a queue), so a change
// made during a pull is never lost between the halves.

const OUTBOX = 'outbox';
/** Device meta: the public key this session registered (PUT /api/staff/device-key), once done. */
export const REGISTERED_KEY = 'deviceKeyRegistered' as const;
const REJECTED = 'rejected';
const SYNCED = new Set<string>(TABLES);

/** Zero-padded, so the vault's key order is the outbox order. */
const outboxKey = (id: number) => String(id).padStart(12, '0');

type Write = { table: string; key: string; value: Record<string, unknown> };

/** Reads through to the vault, keeps writes in memory until commit(). */
class Overlay {
  readonly writes = new Map<string, Write>();
  readonly deleted = new Set<string>();
  cleared = false;

  constructor(private readonly vault: StaffVault) {}

  async get<T>(table: string, key: string): Promise<T | undefined> {
    const k = `${table}:${key}`;
    const written = this.writes.get(k);
    if (written) return written.value as T;
    if (this.deleted.has(k) || (this.cleared && SYNCED.has(table))) return undefined;
    const row = await this.vault.db.rows.get(k);
    return row ? this.vault.openRow<T>(row) : undefined;
  }

  put(table: string, key: string, value: Record<string, unknown>): void {
    const k = `${table}:${key}`;
    this.deleted.delete(k);
    this.writes.set(k, { table, key, value });
  }

  delete(table: string, key: string): void {
    const k = `${table}:${key}`;
    this.writes.delete(k);
    this.deleted.add(k);
  }

  clearSynced(): void {
    this.cleared = true;
    for (const [k, w] of this.writes) if (SYNCED.has(w.table)) this.writes.delete(k);
  }

  /** The waiting changes as this overlay sees them, in id order. */
  async outbox(): Promise<OutboxEntry[]> {
    const rows = await this.vault.db.rows.where('table').equals(OUTBOX).sortBy('key');
    const kept = rows.filter((r) => !this.deleted.has(r.key) && !this.writes.has(r.key));
    const opened = await Promise.all(kept.map((r) => this.vault.openRow<OutboxEntry>(r)));
    for (const w of this.writes.values()) if (w.table === OUTBOX) opened.push(w.value as unknown as OutboxEntry);
    return opened.sort((a, b) => a.id - b.id);
  }

  tx(dossierId: string, now: string, staffId: string | undefined): MutationTx {
    return {
      dossierId,
      now,
      ...(staffId === undefined ? {} : { staffId }),
      get: <T extends TableName>(table: T, key: string) => this.get<TableRows[T]>(table, key),
      put: async <T extends TableName>(table: T, key: string, value: TableRows[T]) => {
        this.put(table, key, value as Record<string, unknown>);
      },
    };
  }

  /** Seals every write, then stores all of it in one transaction. */
  async commit(): Promise<void> {
    const sealed: SealedRow[] = [];
    for (const w of this.writes.values()) sealed.push(await this.vault.sealRow(w.table, w.key, w.value));
    const { rows } = this.vault.db;
    await this.vault.db.transaction('rw', rows, async () => {
      if (this.cleared) await rows.where('table').anyOf([...SYNCED]).delete();
      await rows.bulkDelete([...this.deleted]);
      await rows.bulkPut(sealed);
    });
  }
}

/**
 * The vault as a local store for the sync core (syncCore.ts). Reads go through to the vault, writes
 * wait in an overlay; commit seals them and writes them in one vault transaction, then the device
 * meta (after the vault: should the app die in between, the counter is taken from the outbox).
 */
function vaultTx(db: AppDb, overlay: Overlay, meta: MetaEntry[]): LocalTx {
  return {
    meta: async <T>(key: MetaEntry['key']) => {
      const written = meta.findLast((m) => m.key === key);
      return written ? (written.value as T) : getMeta<T>(db, key);
    },
    setMeta: async (entries) => {
      meta.push(...(entries as MetaEntry[]));
    },
    outbox: () => overlay.outbox(),
    putOutbox: async (entry) => overlay.put(OUTBOX, outboxKey(entry.id), { ...entry }),
    deleteOutbox: async (id) => overlay.delete(OUTBOX, outboxKey(id)),
    putRejected: async (entry) => overlay.put(REJECTED, outboxKey(entry.id), { ...entry }),
    async applyPatch(patch) {
      for (const op of patch) {
        if (op.op === 'clear') overlay.clearSynced();
        else if (op.op === 'put') overlay.put(op.table, op.id, op.value);
        else overlay.delete(op.table, op.id);
      }
    },
    mutationTx: (dossierId, now, staffId) => overlay.tx(dossierId, now, staffId),
  };
}

export class StaffStore implements SyncStore, LocalStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly db: AppDb,
    readonly vault: StaffVault,
    private readonly fetchFn: typeof fetch = (...a) => fetch(...a),
  ) {}

  ready(): boolean {
    return this.vault.unlocked;
  }

  /** One step over the vault, after the ones before it (see the top of this file). */
  transact<T>(fn: (tx: LocalTx) => Promise<T>): Promise<T> {
    return this.serial(async () => {
      await loadMutators();
      const overlay = new Overlay(this.vault);
      const meta: MetaEntry[] = [];
      const result = await fn(vaultTx(this.db, overlay, meta));
      await overlay.commit();
      if (meta.length > 0) await this.db.meta.bulkPut(meta);
      return result;
    });
  }

  /**
   * Applies a staff change (checklist.setStatus, visit.addNote, and the consulent's
   * appointment.upsert, step.update, question.answer) and queues it sealed. Every staff change
   * names its dossier. Throws VaultLockedError when locked and MutationError when the change is not
   * possible (nothing is written then).
   */
  change<N extends MutatorName>(name: N, args: MutatorInput<N>): Promise<number> {
    return this.transact(async (tx) => {
      const session = await tx.meta<DeviceSession>('session');
      if (session?.kind !== 'staff') throw new MutationError('not-staff', 'This is not a staff device.');
      const dossierId = targetDossier(args, null);
      if (!dossierId) throw new MutationError('invalid-args', 'A staff change names its dossier.');
      if (!(await tx.mutationTx(dossierId, '', undefined).get('dossiers', dossierId))) {
        throw new MutationError('not-in-caseload', 'This household is not in the caseload.');
      }
      return addChange(tx, dossierId, name, args);
    });
  }

  /** How many changes wait to be sent; also while locked (it counts sealed rows, opens none). */
  waitingCount(): Promise<number> {
    return this.vault.db.rows.where('table').equals(OUTBOX).count();
  }

  async outbox(limit: number): Promise<OutboxEntry[]> {
    const rows = await this.vault.db.rows.where('table').equals(OUTBOX).sortBy('key');
    return Promise.all(rows.slice(0, limit).map((r) => this.vault.openRow<OutboxEntry>(r)));
  }

  settle(batch: Mutation[], results: MutationResult[]): Promise<void> {
    return this.transact((tx) => settle(tx, batch, results));
  }

  renumber(lastMutationId: number): Promise<void> {
    return this.transact((tx) => renumber(tx, lastMutationId));
  }

  applyPull(response: PullResponse): Promise<void> {
    return this.transact((tx) => applyPullTx(tx, response));
  }

  /**
   * The proof of one staff request (src/domain/deviceProof.ts), signed with the device key sealed
   * in the vault: only an unlocked device can make it. Registers the public key with this
   * session first when that was not done yet (after set-up, or after activating again). Throws
   * VaultLockedError when locked, and HttpError when the server refuses the key (409: another key
   * is registered, or the session is too old to register one; the owner activates again).
   */
  async headersFor(method: string, path: string, body: string): Promise<Record<string, string>> {
    await this.registerKey();
    const timestamp = serverNow();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body)));
    const signature = await this.vault.sign(new TextEncoder().encode(proofMessage(method, path, timestamp, hex(digest))));
    return { [PROOF_HEADER]: formatProof(timestamp, b64url(signature)) };
  }

  private async registerKey(): Promise<void> {
    const publicKey = this.vault.publicKey;
    if (!publicKey) throw new VaultLockedError();
    if ((await getMeta<string>(this.db, REGISTERED_KEY)) === publicKey) return;
    const response = await this.fetchFn('/api/staff/device-key', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ publicKey }),
    });
    if (!response.ok) {
      const json = (await response.json().catch(() => undefined)) as { error?: { code: string; message: string } } | undefined;
      throw new HttpError(response.status, json?.error);
    }
    await this.db.meta.put({ key: REGISTERED_KEY, value: publicKey });
  }

  /**
   * The caseload's sealed rows with the waiting changes, for a live query (staffHooks.ts): read
   * here, inside the query, so that Dexie tracks them; opened by the caller outside Dexie's zone.
   * With a `dossierId`, that household's rows only (and every waiting change). No refused changes.
   */
  async sealedCaseload(dossierId?: string): Promise<SealedRow[]> {
    const { rows } = this.vault.db;
    const [selected, outbox] = await Promise.all([
      dossierId === undefined ? rows.toArray() : rows.where('dossierId').equals(dossierId).toArray(),
      rows.where('table').equals(OUTBOX).toArray(),
    ]);
    const unique = new Map([...selected, ...outbox].filter((r) => r.table !== REJECTED).map((r) => [r.key, r]));
    return [...unique.values()];
  }

  /** The refused changes, sealed, oldest first: for a live query, like sealedCaseload. */
  sealedRejected(): Promise<SealedRow[]> {
    return this.vault.db.rows.where('table').equals(REJECTED).sortBy('key');
  }

  /** Refused changes, oldest first (sealed too: they hold what was written). */
  async rejected(): Promise<RejectedEntry[]> {
    const rows = await this.sealedRejected();
    return Promise.all(rows.map((r) => this.vault.openRow<RejectedEntry>(r)));
  }

  async dismissRejected(id: number): Promise<void> {
    await this.vault.db.rows.delete(`${REJECTED}:${outboxKey(id)}`);
  }

  /** Revoked, or another activation: the vault (rows, PIN) and the device's meta go. */
  wipe(): Promise<void> {
    return this.serial(async () => {
      await this.vault.wipe();
      await resetDevice(this.db, null);
    });
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
