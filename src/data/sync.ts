import {
  pullResponseSchema,
  pushResponseSchema,
  SCHEMA_VERSION,
  type ErrorBody,
  type PushRequest,
} from '../domain/sync';
import type { AppDb } from './db';
import { applyPull, getMeta, resetDevice } from './local';

// The sync engine: push the outbox, then pull the server's changes. It runs on start, when the
// phone comes online, when the app becomes visible, after each local change, and on a timer that
// backs off while the server cannot be reached. Only one tab syncs at a time (Web Locks); the
// others see the result through IndexedDB.

export type SyncPhase = 'idle' | 'syncing' | 'offline' | 'error';
export interface SyncState {
  phase: SyncPhase;
  /** Why the last attempt failed, as a stable code for the UI to translate. */
  errorCode?: string;
}

export type SyncOutcome = 'synced' | 'not-activated' | 'signed-out' | 'offline' | 'error';

const PUSH_BATCH = 100;
const INTERVAL_MS = 60_000;
const MAX_BACKOFF_MS = 5 * 60_000;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody | undefined,
  ) {
    super(`HTTP ${status}${body ? ` ${body.code}` : ''}`);
  }
}

export class SyncEngine {
  private state: SyncState = { phase: 'idle' };
  private listeners = new Set<(s: SyncState) => void>();
  private queued: Promise<SyncOutcome> | null = null;
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopListening: (() => void) | undefined;

  constructor(
    private readonly db: AppDb,
    private readonly fetchFn: typeof fetch = (...a) => fetch(...a),
  ) {}

  getState(): SyncState {
    return this.state;
  }

  subscribe(listener: (s: SyncState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts the triggers. Returns immediately; the first sync runs in the background. */
  start(): void {
    if (this.stopListening) return;
    const onOnline = () => void this.sync();
    const onVisible = () => document.visibilityState === 'visible' && void this.sync();
    window.addEventListener('online', onOnline);
    document.addEventListener('visibilitychange', onVisible);
    this.stopListening = () => {
      window.removeEventListener('online', onOnline);
      document.removeEventListener('visibilitychange', onVisible);
    };
    void this.sync();
  }

  stop(): void {
    this.stopListening?.();
    this.stopListening = undefined;
    clearTimeout(this.timer);
  }

  /**
   * Syncs once. Calls made while a sync is waiting are folded into that one, so a burst of
   * changes costs one round trip; a call made while a sync runs queues exactly one more.
   */
  sync(): Promise<SyncOutcome> {
    if (this.queued) return this.queued;
    const run = this.withLock(async () => {
      // Yield once, so that sync() has recorded this run even when there is no lock manager.
      await null;
      if (this.queued === run) this.queued = null;
      return this.runOnce();
    });
    this.queued = run;
    return run;
  }

  private withLock(fn: () => Promise<SyncOutcome>): Promise<SyncOutcome> {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    return locks ? locks.request('thuis-sync', fn) : fn();
  }

  private async runOnce(): Promise<SyncOutcome> {
    clearTimeout(this.timer);
    // Every activated device has a client id; a staff device has no dossier of its own.
    if (!(await getMeta<string>(this.db, 'clientId'))) return this.finish('not-activated');
    this.setState({ phase: 'syncing' });
    try {
      await this.push();
      await this.pull();
      this.failures = 0;
      return this.finish('synced');
    } catch (error) {
      if (error instanceof HttpError && (error.status === 401 || error.status === 403)) {
        // The session was revoked or the dossier deleted: this device may no longer hold the data.
        await resetDevice(this.db, null);
        return this.finish('signed-out');
      }
      this.failures += 1;
      const offline = !(error instanceof HttpError);
      this.setState({ phase: offline ? 'offline' : 'error', errorCode: error instanceof HttpError ? (error.body?.code ?? `http-${error.status}`) : 'network' });
      this.schedule(Math.min(MAX_BACKOFF_MS, 5_000 * 2 ** (this.failures - 1)));
      return offline ? 'offline' : 'error';
    }
  }

  private finish(outcome: SyncOutcome): SyncOutcome {
    // "Signed out" stays visible on the welcome screen until the phone is activated again.
    if (outcome === 'signed-out') this.setState({ phase: 'idle', errorCode: 'signed-out' });
    else if (outcome !== 'not-activated' || this.state.errorCode !== 'signed-out') this.setState({ phase: 'idle' });
    if (outcome === 'synced') this.schedule(INTERVAL_MS);
    return outcome;
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    if (this.stopListening) this.timer = setTimeout(() => void this.sync(), ms);
  }

  private setState(state: SyncState): void {
    this.state = state;
    for (const l of this.listeners) l(state);
  }

  private async post(path: string, body: unknown): Promise<unknown> {
    const response = await this.fetchFn(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(body),
    });
    const json: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const error = (json as { error?: ErrorBody } | undefined)?.error;
      throw new HttpError(response.status, error);
    }
    return json;
  }

  private async push(): Promise<void> {
    for (;;) {
      const batch = await this.db.outbox.orderBy('id').limit(PUSH_BATCH).toArray();
      if (batch.length === 0) return;
      const request: PushRequest = {
        schemaVersion: SCHEMA_VERSION,
        clientId: await this.clientId(),
        mutations: batch.map(({ id, name, args }) => ({ id, name, args })),
      };
      let results;
      try {
        results = pushResponseSchema.parse(await this.post('/api/sync/push', request)).results;
      } catch (error) {
        if (error instanceof HttpError && error.body?.code === 'mutation-gap') {
          // The server knows fewer changes than we think it does (e.g. restored from a backup):
          // a pull tells us where it stands, and the waiting changes are numbered on from there.
          await this.renumberOutbox();
          continue;
        }
        throw error;
      }
      await this.db.transaction('rw', [this.db.outbox, this.db.rejected, this.db.meta], async () => {
        for (const r of results) {
          const entry = batch.find((m) => m.id === r.id);
          if (!entry) continue;
          await this.db.outbox.delete(r.id);
          if (r.status === 'rejected') {
            await this.db.rejected.put({
              ...entry,
              error: r.error ?? { code: 'rejected', message: '' },
              rejectedAt: new Date().toISOString(),
            });
            // Undo the optimistic change: the next pull starts from the server's full state.
            await this.db.meta.put({ key: 'cookie', value: null });
          }
        }
      });
      if (results.length < batch.length) return;
    }
  }

  private async renumberOutbox(): Promise<void> {
    const response = pullResponseSchema.parse(
      await this.post('/api/sync/pull', { schemaVersion: SCHEMA_VERSION, clientId: await this.clientId(), cookie: null }),
    );
    await this.db.transaction('rw', [this.db.outbox, this.db.meta], async () => {
      const pending = await this.db.outbox.orderBy('id').toArray();
      await this.db.outbox.clear();
      let next = response.lastMutationId + 1;
      for (const m of pending) await this.db.outbox.add({ ...m, id: next++ });
      await this.db.meta.put({ key: 'nextMutationId', value: next });
    });
  }

  private async pull(): Promise<void> {
    const cookie = (await getMeta<unknown>(this.db, 'cookie')) ?? null;
    const response = pullResponseSchema.parse(
      await this.post('/api/sync/pull', { schemaVersion: SCHEMA_VERSION, clientId: await this.clientId(), cookie }),
    );
    await applyPull(this.db, response);
  }

  private async clientId(): Promise<string> {
    const id = await getMeta<string>(this.db, 'clientId');
    if (!id) throw new Error('Device has no client id; activate first.');
    return id;
  }
}
