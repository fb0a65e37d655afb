import { Dexie, type EntityTable } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { FeedbackChoice, FeedbackPage, FeedbackRequest } from '../domain/feedback';
import { FEEDBACK_DB_NAME } from './storageKeys';

// Feedback on the informatiemap (issue 16, item 5). It is anonymous and comes also from phones
// that were never activated, so it does not go through the outbox (which belongs to a session and
// is sent with its cookie): it waits in a small database of its own and goes to the public
// `POST /api/feedback` without cookies when the phone is online, retried with a growing pause.
// Each piece has its own random clientId, so a piece sent twice (a lost answer, two tabs) is
// stored once by the server. Loaded on demand (an informatiemap page, or after the app started),
// so the first screen's download does not grow.

export interface QueuedFeedback extends FeedbackRequest {
  /** When it was given, to send in order; never sent. */
  createdAt: string;
}

export type FeedbackDb = Dexie & { queue: EntityTable<QueuedFeedback, 'clientId'> };

export function openFeedbackDb(name = FEEDBACK_DB_NAME): FeedbackDb {
  const db = new Dexie(name) as FeedbackDb;
  db.version(1).stores({ queue: 'clientId, createdAt, page' });
  return db;
}

export interface FeedbackGiven {
  page: FeedbackPage;
  language: FeedbackRequest['language'];
  choice: FeedbackChoice;
  text?: string;
}

export interface SenderOptions {
  fetchFn?: typeof fetch;
  /** The first pause after a failed attempt; it doubles up to maxDelayMs. */
  minDelayMs?: number;
  maxDelayMs?: number;
  newId?: () => string;
  now?: () => Date;
}

const URL_FEEDBACK = '/api/feedback';

/** Gone for good: sent (2xx), or refused in a way no retry changes (a 4xx other than 429). */
const done = (status: number): boolean => (status >= 200 && status < 300) || (status >= 400 && status < 500 && status !== 429);

/** The queue and its sender; one per database. */
export class FeedbackSender {
  private readonly fetchFn: typeof fetch;
  private readonly minDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly newId: () => string;
  private readonly now: () => Date;
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    readonly db: FeedbackDb,
    options: SenderOptions = {},
  ) {
    this.fetchFn = options.fetchFn ?? ((...a) => fetch(...a));
    this.minDelayMs = options.minDelayMs ?? 5_000;
    this.maxDelayMs = options.maxDelayMs ?? 10 * 60_000;
    this.newId = options.newId ?? (() => crypto.randomUUID());
    this.now = options.now ?? (() => new Date());
  }

  /** Stores the piece first (nothing is lost on a reload or offline), then tries to send what waits. */
  async give(given: FeedbackGiven): Promise<void> {
    const text = given.text?.trim();
    const entry: QueuedFeedback = {
      clientId: this.newId(),
      page: given.page,
      language: given.language,
      choice: given.choice,
      ...(text ? { text } : {}),
      createdAt: this.now().toISOString(),
    };
    try {
      await this.db.queue.add(entry);
    } catch (error) {
      // No IndexedDB (private mode, a full phone): nothing can wait, so send it now or say it failed.
      if (await this.sendOne(entry, { queued: false })) return;
      throw error;
    }
    await this.flush();
  }

  /** Sends every waiting piece, oldest first; stops at the first that cannot go now and tries again later. */
  flush(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.sendAll();
      } while (this.again);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Sends now when the phone comes online, and what waits from an earlier visit. */
  start(): void {
    if (typeof window !== 'undefined') window.addEventListener('online', () => void this.retryNow());
    void this.flush();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private retryNow(): Promise<void> {
    this.failures = 0;
    this.stop();
    return this.flush();
  }

  private async sendAll(): Promise<void> {
    for (const entry of await this.db.queue.orderBy('createdAt').toArray()) {
      if (!(await this.sendOne(entry))) {
        this.scheduleRetry();
        return;
      }
    }
    this.failures = 0;
  }

  private async sendOne({ createdAt: _createdAt, ...body }: QueuedFeedback, { queued } = { queued: true }): Promise<boolean> {
    let status: number;
    try {
      // No cookies: feedback must not be tied to this phone's session (threat model "Feedback").
      const response = await this.fetchFn(URL_FEEDBACK, {
        method: 'POST',
        credentials: 'omit',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      status = response.status;
    } catch {
      return false; // offline, or the server cannot be reached
    }
    if (!done(status)) return false;
    if (queued) await this.db.queue.delete(body.clientId);
    return true;
  }

  private scheduleRetry(): void {
    if (this.timer) return;
    const delay = Math.min(this.maxDelayMs, this.minDelayMs * 2 ** this.failures);
    this.failures++;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delay);
  }
}

let shared: FeedbackSender | null = null;

function sender(): FeedbackSender {
  return (shared ??= new FeedbackSender(openFeedbackDb()));
}

/** At the app's start: sends what waits from an earlier visit, and again whenever the phone comes online. */
export function startFeedbackSender(): void {
  sender().start();
}

/**
 * Gives feedback on an informatiemap page; it waits on the phone until it has been sent. Rejects
 * only when the phone can neither keep it (no IndexedDB) nor send it now.
 */
export function giveFeedback(given: FeedbackGiven): Promise<void> {
  return sender().give(given);
}

/** How many pieces about `page` still wait to be sent (0 while unknown). */
export function useWaitingFeedback(page: FeedbackPage): number {
  return useLiveQuery(() => sender().db.queue.where('page').equals(page).count(), [page], 0);
}
