import type { ErrorBody, Mutation, MutationResult, PullResponse, PushRequest } from '../domain/sync';
import type { AppDb, WaitingPhoto } from './db';
import { isQuotaExceeded } from './changeProblems';
import { dexieStore, getMeta, newClientId, resetDevice } from './local';
import { deviceProfile } from './profile';
import { recordBaseline } from './seen';
import { applyPullTx, renumber, settle, waitingOf } from './syncCore';
import { restoreSession } from './restore';
import { noteServerDate } from './serverClock';
import { syncSchemas, syncSchemasLoaded } from './schemasLoader';
import { withSyncLock } from './storageKeys';
import { APP_SCHEMA_VERSION, schemaVerdict } from './syncHandshake';

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

export type SyncOutcome = 'synced' | 'not-activated' | 'locked' | 'signed-out' | 'no-session' | 'update-required' | 'offline' | 'error';

/**
 * Where a sync takes the outbox from and puts what it pulled. The default is the device database;
 * a staff device keeps both sealed in its vault instead (staffStore.ts), and can only sync while
 * the vault is unlocked. Meta (client id, cookie, mutation counter) stays in the device database.
 */
export interface SyncStore {
  /** False while the store cannot be read or written (a locked vault): the sync waits. */
  ready(): boolean;
  /** The oldest waiting changes, in id order. */
  outbox(limit: number): Promise<Mutation[]>;
  /** Removes delivered changes; keeps refused ones for the user to see and undoes them. */
  settle(batch: Mutation[], results: MutationResult[]): Promise<void>;
  /** Numbers the waiting changes on from the server's last known id. */
  renumber(lastMutationId: number): Promise<void>;
  /** Applies a pull and replays the waiting changes on top of it. */
  applyPull(response: PullResponse): Promise<void>;
  /** The session was ended (401 'unauthenticated', or 403): nothing may stay on the device. */
  wipe(): Promise<void>;
  /**
   * Extra headers for one request of this store's sync, given the exact body text it sends: a
   * staff device's proof (src/domain/deviceProof.ts). None when absent.
   */
  headersFor?(method: 'POST', path: string, body: string): Promise<Record<string, string>>;
  /** Photos whose question the server has (no longer waiting in the outbox): to send apart. */
  photosToSend?(): Promise<WaitingPhoto[]>;
  /** A photo sent, or refused for good: it leaves the phone. */
  photoDone?(questionId: string): Promise<void>;
}

/** The default store: rows and outbox in the device database (an inburgeraar's or helper's phone). */
export function deviceStore(db: AppDb): SyncStore {
  const local = dexieStore(db);
  return {
    ready: () => true,
    outbox: (limit) => db.outbox.orderBy('id').limit(limit).toArray(),
    settle: (batch, results) => local.transact((tx) => settle(tx, batch, results)),
    renumber: (lastMutationId) => local.transact((tx) => renumber(tx, lastMutationId)),
    applyPull: (response) =>
      local.transact(async (tx) => {
        await applyPullTx(tx, response);
        // The first pull is what came with the activation: seen, not news (seen.ts).
        await recordBaseline(db);
      }),
    wipe: () => resetDevice(db, null),
    photosToSend: async () => {
      const photos = await db.photos.toArray();
      if (photos.length === 0) return photos;
      const waiting = new Set(waitingOf(await db.outbox.toArray(), 'question.ask').map((m) => m.args.id));
      return photos.filter((p) => !waiting.has(p.questionId));
    },
    photoDone: async (questionId) => {
      await db.photos.delete(questionId);
    },
  };
}

const PUSH_BATCH = 100;
/** Without notifications the phone looks for changes every minute while the app is open. */
export const INTERVAL_MS = 60_000;
/**
 * With notifications on, a push says when there is something new (issue 13, item 5): the phone then
 * syncs when a push arrives, when the app is opened or comes back into view, and when it comes
 * online, and only every half hour besides, in case a push was lost (docs/benchmarks.md).
 */
export const INTERVAL_WITH_PUSH_MS = 30 * 60_000;
const MAX_BACKOFF_MS = 5 * 60_000;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody | undefined,
  ) {
    super(`HTTP ${status}${body ? ` ${body.code}` : ''}`);
  }
}

/**
 * 401 'no-session': the request carried no session cookie at all. The browser lost it (Chromium
 * writes cookies to disk only now and then, so a phone killed just after activation comes back
 * without one); nothing says the access ended. The device keeps its rows and waiting changes
 * and asks its owner to activate again (the same person keeps them, device.ts `activate`).
 */
const isNoSession = (error: unknown): boolean => error instanceof HttpError && error.status === 401 && error.body?.code === 'no-session';

/** 409 'client-id-taken': this clientId is bound to a device of another grant (server: sessions.ts mayUseClient). */
const isClientIdTaken = (error: unknown): boolean => error instanceof HttpError && error.status === 409 && error.body?.code === 'client-id-taken';
/**
 * 428 'proof-required' / 401 'proof-invalid': a staff request without a valid device proof (a
 * locked device's check, or a clock far off). The session is alive; nothing says the data must go.
 */
const isProofProblem = (error: unknown): boolean => error instanceof HttpError && (error.body?.code ?? '').startsWith('proof-');

/**
 * 409 'schema-version' from a server that speaks only newer sync schemas (syncHandshake.ts): the
 * app must update first. Its waiting changes stay; the UI updates the app (UpdatePrompt).
 */
const needsUpdate = (error: unknown): boolean => error instanceof HttpError && schemaVerdict(error.status, error.body) === 'update-app';

/** Any other 401, and 403: revoked, expired, or the dossier deleted. The data must go. */
const isSignedOut = (error: unknown): boolean =>
  error instanceof HttpError && (error.status === 401 || error.status === 403) && !isNoSession(error) && !isProofProblem(error);

export class SyncEngine {
  private state: SyncState = { phase: 'idle' };
  private listeners = new Set<(s: SyncState) => void>();
  private queued: Promise<SyncOutcome> | null = null;
  private tail: Promise<unknown> = Promise.resolve();
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopListening: (() => void) | undefined;
  private readonly defaultStore: SyncStore;
  private staffStore: SyncStore | null = null;
  private pushOn = false;

  constructor(
    private readonly db: AppDb,
    private readonly fetchFn: typeof fetch = (...a) => fetch(...a),
  ) {
    this.defaultStore = deviceStore(db);
  }

  /** Registers the store of a staff device's caseload (its vault). Without one a staff device never syncs. */
  useStaffStore(store: SyncStore | null): void {
    this.staffStore = store;
  }

  /** The store of this device; null when it has none that may hold its rows (staff without a vault). */
  private async store(): Promise<SyncStore | null> {
    // A staff caseload must never land in the plain device database (profile.ts).
    return (await deviceProfile(this.db)).store === 'vault' ? this.staffStore : this.defaultStore;
  }

  /** Notifications on: the idle interval becomes INTERVAL_WITH_PUSH_MS (src/data/webPush.ts says when). */
  setNotifications(on: boolean): void {
    if (this.pushOn === on) return;
    this.pushOn = on;
    // Back to every minute at once when notifications go off; when they go on, the next sync waits longer.
    if (!on && this.state.phase === 'idle' && !this.state.errorCode) this.schedule(INTERVAL_MS);
  }

  /** How long the phone waits after a good sync before it looks again. */
  idleInterval(): number {
    return this.pushOn ? INTERVAL_WITH_PUSH_MS : INTERVAL_MS;
  }

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

  /**
   * Runs `fn` while no sync is in flight, in this tab or another. A switch to another session
   * (activation) goes through here: an answer for the old session arriving after the switch could
   * write the old session's cookie state, or renew its session cookie over the new one.
   */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    return this.withLock(fn);
  }

  /** One at a time: in order within this tab, and across tabs through the Web Locks API where there is one. */
  private withLock<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.tail.then(() => withSyncLock(fn));
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** `retried`: once after a restored cookie or a new clientId, never more. */
  private async runOnce(retried = false): Promise<SyncOutcome> {
    clearTimeout(this.timer);
    // Every activated device has a client id; a staff device has no dossier of its own.
    if (!(await getMeta<string>(this.db, 'clientId'))) return this.finish('not-activated');
    const store = await this.store();
    // A locked vault cannot be read or written: the sync waits for the PIN.
    if (!store?.ready()) return (await this.revokedWhileLocked(store)) ? this.finish('signed-out') : this.finish('locked');
    // "Update first" stays while a retry runs, so the update prompt does not flicker (UpdatePrompt).
    this.setState(this.state.errorCode === 'update-required' ? { phase: 'syncing', errorCode: 'update-required' } : { phase: 'syncing' });
    try {
      await this.push(store);
      await this.sendPhotos(store);
      await this.pull(store);
      this.failures = 0;
      return this.finish('synced');
    } catch (error) {
      if (isNoSession(error) && !retried) {
        // The browser lost the cookie: the restore secret brings it back (restore.ts).
        const restored = await restoreSession(this.db, this.fetchFn);
        if (restored === 'restored') return this.runOnce(true);
        if (restored === 'ended') {
          await store.wipe();
          return this.finish('signed-out');
        }
      }
      if (isNoSession(error)) return this.finish('no-session');
      if (needsUpdate(error)) return this.finish('update-required');
      if (isClientIdTaken(error) && !retried && (await this.newClientIdIfIdle(store))) return this.runOnce(true);
      if (isSignedOut(error)) {
        // The session was revoked or the dossier deleted: this device may no longer hold the data.
        await store.wipe();
        return this.finish('signed-out');
      }
      if (!store.ready()) return this.finish('locked');
      this.failures += 1;
      // A full phone is not a lost connection: it must not read "no internet".
      const full = isQuotaExceeded(error);
      const offline = !full && !(error instanceof HttpError);
      const errorCode = full ? 'storage-full' : error instanceof HttpError ? (error.body?.code ?? `http-${error.status}`) : 'network';
      this.setState({ phase: offline ? 'offline' : 'error', errorCode });
      this.schedule(Math.min(MAX_BACKOFF_MS, 5_000 * 2 ** (this.failures - 1)));
      return offline ? 'offline' : 'error';
    }
  }

  /**
   * Another device's clientId (a copied browser profile): with nothing waiting, this device starts
   * a clientId of its own (its changes are numbered from 1 again; a mutation-gap renumbers any
   * higher counter). With changes waiting it keeps them and shows the problem: they were made
   * under that clientId, and sending them under another one could not be told apart from a copy.
   */
  private async newClientIdIfIdle(store: SyncStore): Promise<boolean> {
    if ((await store.outbox(1)).length > 0) return false;
    await this.db.meta.bulkPut([
      { key: 'clientId', value: newClientId() },
      { key: 'nextMutationId', value: 1 },
      { key: 'cookie', value: null },
    ]);
    return true;
  }

  /**
   * A locked staff device (a lost one is locked) still asks the server whether it may keep its
   * data, so that revoking it wipes it at its next contact without anyone giving the PIN. It
   * cannot sign while locked, so a live session answers 428 'proof-required' and reveals nothing;
   * a revoked or expired one answers 'unauthenticated', and the device wipes itself.
   */
  private async revokedWhileLocked(store: SyncStore | null): Promise<boolean> {
    if (!store) return false;
    try {
      const cookie = (await getMeta<unknown>(this.db, 'cookie')) ?? null;
      await this.post('/api/sync/pull', { schemaVersion: APP_SCHEMA_VERSION, clientId: await this.clientId(), cookie });
      return false;
    } catch (error) {
      // Without a cookie (no-session) nothing says the access ended: the vault stays, sealed.
      if (!isSignedOut(error)) return false;
      await store.wipe();
      return true;
    }
  }

  private finish(outcome: SyncOutcome): SyncOutcome {
    // "Signed out" stays visible on the welcome screen until the phone is activated again.
    if (outcome === 'signed-out') this.setState({ phase: 'idle', errorCode: 'signed-out' });
    // Shown until the phone is activated again; no retry timer (without a cookie it cannot succeed),
    // though coming online or back into view still tries.
    else if (outcome === 'no-session') this.setState({ phase: 'error', errorCode: 'no-session' });
    // Shown until the new version has loaded (UpdatePrompt); a slow retry in case the server is
    // rolled back to a version this app speaks.
    else if (outcome === 'update-required') {
      this.setState({ phase: 'error', errorCode: 'update-required' });
      this.schedule(MAX_BACKOFF_MS);
    }
    else if ((outcome !== 'not-activated' && outcome !== 'locked') || this.state.errorCode !== 'signed-out') this.setState({ phase: 'idle' });
    if (outcome === 'synced') this.schedule(this.idleInterval());
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

  /** One request; `store` adds its headers (a staff device's proof) over the exact body text. */
  private async post(path: string, body: unknown, store?: SyncStore): Promise<unknown> {
    // Every answer is checked with these (syncSchemasLoaded), a refusal too (schemaVerdict): there before it comes.
    await syncSchemas();
    const text = JSON.stringify(body);
    const extra = (await store?.headersFor?.('POST', path, text)) ?? {};
    const response = await this.fetchFn(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...extra },
      credentials: 'same-origin',
      body: text,
    });
    noteServerDate(response.headers.get('date'));
    const json: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const error = (json as { error?: ErrorBody } | undefined)?.error;
      throw new HttpError(response.status, error);
    }
    return json;
  }

  private async push(store: SyncStore): Promise<void> {
    for (;;) {
      const batch = await store.outbox(PUSH_BATCH);
      if (batch.length === 0) return;
      const request: PushRequest = {
        schemaVersion: APP_SCHEMA_VERSION,
        clientId: await this.clientId(),
        mutations: batch.map(({ id, name, args }) => ({ id, name, args })),
      };
      let results;
      try {
        const answer = await this.post('/api/sync/push', request, store);
        results = syncSchemasLoaded().pushResponseSchema.parse(answer).results;
      } catch (error) {
        if (error instanceof HttpError && error.body?.code === 'mutation-gap') {
          // The server knows fewer changes than we think it does (e.g. restored from a backup):
          // a pull tells us where it stands, and the waiting changes are numbered on from there.
          const response = await this.pullAnswer(store, null);
          await store.renumber(response.lastMutationId);
          continue;
        }
        throw error;
      }
      await store.settle(batch, results);
      if (results.length < batch.length) return;
    }
  }

  /**
   * The photos of delivered questions (api.md "Question photos"); the sending code loads only
   * when there is one, so the first screen does not carry it.
   */
  private async sendPhotos(store: SyncStore): Promise<void> {
    const waiting = (await store.photosToSend?.()) ?? [];
    if (waiting.length === 0) return;
    const { sendPhotos } = await import('./photoUpload');
    const failed = await sendPhotos(waiting, this.fetchFn, async (id) => store.photoDone?.(id));
    if (failed) throw new HttpError(failed.status, failed.error);
  }

  private async pull(store: SyncStore): Promise<void> {
    const cookie = (await getMeta<unknown>(this.db, 'cookie')) ?? null;
    await store.applyPull(await this.pullAnswer(store, cookie));
  }

  /** The server's answer to a pull from `cookie`, checked. */
  private async pullAnswer(store: SyncStore, cookie: unknown): Promise<PullResponse> {
    const answer = await this.post('/api/sync/pull', { schemaVersion: APP_SCHEMA_VERSION, clientId: await this.clientId(), cookie }, store);
    return syncSchemasLoaded().pullResponseSchema.parse(answer);
  }

  private async clientId(): Promise<string> {
    const id = await getMeta<string>(this.db, 'clientId');
    if (!id) throw new Error('Device has no client id; activate first.');
    return id;
  }
}
