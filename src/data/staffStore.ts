import { applyMutation, MutationError, targetDossier, type MutationTx } from '../domain/mutators';
import type { Mutation, MutationResult, PullResponse } from '../domain/sync';
import { TABLES, type TableName, type TableRows } from '../domain/tables';
import type { AppDb, DeviceSession, OutboxEntry, RejectedEntry } from './db';
import { getMeta, resetDevice } from './local';
import { formatProof, PROOF_HEADER, proofMessage } from '../domain/deviceProof';
import { b64url, hex } from './bytes';
import { serverNow } from './serverClock';
import { VaultLockedError, type SealedRow, type StaffVault } from './staffVault';
import { HttpError, type SyncStore } from './sync';

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

  tx(dossierId: string, now: string, staffId: string): MutationTx {
    return {
      dossierId,
      now,
      staffId,
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

export class StaffStore implements SyncStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly db: AppDb,
    readonly vault: StaffVault,
    private readonly fetchFn: typeof fetch = (...a) => fetch(...a),
  ) {}

  ready(): boolean {
    return this.vault.unlocked;
  }

  /**
   * Applies a staff change (checklist.setStatus, visit.addNote, and the consulent's
   * appointment.upsert, step.update, question.answer) and queues it sealed. Every staff change
   * names its dossier. Throws VaultLockedError when locked and MutationError when the change is not
   * possible (nothing is written then).
   */
  change(name: string, args: unknown): Promise<number> {
    return this.serial(async () => {
      const session = await getMeta<DeviceSession>(this.db, 'session');
      if (session?.kind !== 'staff') throw new MutationError('not-staff', 'This is not a staff device.');
      const dossierId = targetDossier(args, null);
      if (!dossierId) throw new MutationError('invalid-args', 'A staff change names its dossier.');
      const overlay = new Overlay(this.vault);
      if (!(await overlay.get('dossiers', dossierId))) throw new MutationError('not-in-caseload', 'This household is not in the caseload.');
      const id = Math.max((await getMeta<number>(this.db, 'nextMutationId')) ?? 1, (await this.lastOutboxId()) + 1);
      const now = new Date().toISOString();
      await applyMutation(overlay.tx(dossierId, now, session.staffId), name, args);
      const entry: OutboxEntry = { id, name, args, createdAt: now };
      overlay.put(OUTBOX, outboxKey(id), { ...entry });
      await overlay.commit();
      // After the vault: should the app die in between, the counter is taken from the outbox.
      await this.db.meta.put({ key: 'nextMutationId', value: id + 1 });
      return id;
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
    return this.serial(async () => {
      const highest = Math.max(0, ...results.map((r) => r.id));
      await this.bumpCounter(highest);
      const overlay = new Overlay(this.vault);
      let refused = false;
      for (const r of results) {
        const entry = batch.find((m) => m.id === r.id) as OutboxEntry | undefined;
        if (!entry) continue;
        overlay.delete(OUTBOX, outboxKey(r.id));
        if (r.status === 'rejected') {
          refused = true;
          const rejected: RejectedEntry = { ...entry, error: r.error ?? { code: 'rejected', message: '' }, rejectedAt: new Date().toISOString() };
          overlay.put(REJECTED, outboxKey(r.id), { ...rejected });
        }
      }
      // Undo the optimistic change: the next pull starts from the server's full state.
      if (refused) await this.db.meta.put({ key: 'cookie', value: null });
      await overlay.commit();
    });
  }

  renumber(lastMutationId: number): Promise<void> {
    return this.serial(async () => {
      const pending = await this.outbox(Number.MAX_SAFE_INTEGER);
      const overlay = new Overlay(this.vault);
      let next = lastMutationId + 1;
      for (const m of pending) overlay.delete(OUTBOX, outboxKey(m.id));
      for (const m of pending) {
        const id = next++;
        overlay.put(OUTBOX, outboxKey(id), { ...m, id });
      }
      await overlay.commit();
      await this.db.meta.put({ key: 'nextMutationId', value: next });
    });
  }

  applyPull(response: PullResponse): Promise<void> {
    return this.serial(async () => {
      const session = await getMeta<DeviceSession>(this.db, 'session');
      const staffId = session?.kind === 'staff' ? session.staffId : '';
      const overlay = new Overlay(this.vault);
      for (const op of response.patch) {
        if (op.op === 'clear') overlay.clearSynced();
        else if (op.op === 'put') overlay.put(op.table, op.id, op.value);
        else overlay.delete(op.table, op.id);
      }
      // Rebase: the changes still waiting are replayed on top of the server's state.
      for (const m of await this.outbox(Number.MAX_SAFE_INTEGER)) {
        if (m.id <= response.lastMutationId) {
          overlay.delete(OUTBOX, outboxKey(m.id));
          continue;
        }
        const dossierId = targetDossier(m.args, null);
        if (!dossierId) continue;
        try {
          await applyMutation(overlay.tx(dossierId, m.createdAt, staffId), m.name, m.args);
        } catch (error) {
          // A change that no longer applies stays queued for the server to judge.
          if (!(error instanceof MutationError)) throw error;
        }
      }
      await overlay.commit();
      await this.bumpCounter(response.lastMutationId);
      await this.db.meta.bulkPut([
        { key: 'cookie', value: response.cookie },
        { key: 'lastSyncedAt', value: new Date().toISOString() },
      ]);
    });
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

  /** Refused changes, oldest first (sealed too: they hold what was written). */
  async rejected(): Promise<RejectedEntry[]> {
    const rows = await this.vault.db.rows.where('table').equals(REJECTED).sortBy('key');
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

  private async lastOutboxId(): Promise<number> {
    const keys = await this.vault.db.rows.where('table').equals(OUTBOX).primaryKeys();
    return Math.max(0, ...keys.map((k) => Number(String(k).slice(OUTBOX.length + 1))));
  }

  /** The counter never falls back to an id the server has seen (it would skip the new change). */
  private async bumpCounter(seen: number): Promise<void> {
    const next = (await getMeta<number>(this.db, 'nextMutationId')) ?? 1;
    if (seen + 1 > next) await this.db.meta.put({ key: 'nextMutationId', value: seen + 1 });
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
