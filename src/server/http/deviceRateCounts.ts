import type { Count, CounterStore } from './counters';
import { windowEnd } from './counters';

// The sync routes' request rate per device (deviceRoutes.ts) on a shared store (PostgreSQL): each
// request is counted here at once and added to the shared count with the others of this instance
// in one statement per FLUSH_MS, instead of one upsert per request. That upsert was a fifth of a
// pull's round trips to PostgreSQL (docs/benchmarks.md, "Where a pull's time goes").
//
// What it gives up: another instance learns this instance's counts up to FLUSH_MS late, so n
// instances together may let a device through up to n × (its requests in FLUSH_MS) more than the
// budget in a window. The sync budget is a guard against a device that runs away (300 a minute),
// not against guessing: guessing is limited by the failure counters and the activation rate,
// which still count every attempt in the shared store at once. On one instance nothing changes:
// its own requests are all counted here.

export const FLUSH_MS = 250;
/** Rows per statement: PostgreSQL takes at most 65,535 parameters, and each row has four. */
const ROWS_PER_STATEMENT = 1000;

interface Entry {
  scope: string;
  key: string;
  windowMs: number;
  resetAt: number;
  /** The shared count as the last flush returned it (this instance's flushed requests included). */
  shared: number;
  /** Counted here, not yet added to the shared count. */
  pending: number;
}

export interface BatchCounterStore extends CounterStore {
  /** Adds each item's `by` to its count in its window; answers in the same order. */
  incrementMany(items: readonly { scope: string; key: string; windowMs: number; by: number; now: number }[]): Promise<Count[]>;
}

export class DeviceRateCounts {
  private readonly entries = new Map<string, Entry>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly store: BatchCounterStore,
    private readonly onError: (error: unknown) => void,
    private readonly flushMs = FLUSH_MS,
    /** Bounded, like MemoryCounterStore: a flood of made-up cookies forgets the oldest first (their unshared counts with them). */
    private readonly maxEntries = 100_000,
  ) {}

  increment(scope: string, key: string, windowMs: number, now = Date.now()): Count {
    const id = `${scope}\u0000${key}`;
    const resetAt = windowEnd(windowMs, now);
    let entry = this.entries.get(id);
    if (!entry || entry.resetAt !== resetAt) {
      this.entries.delete(id);
      this.makeRoom(now);
      entry = { scope, key, windowMs, resetAt, shared: 0, pending: 0 };
      this.entries.set(id, entry);
    }
    entry.pending++;
    this.schedule();
    return { count: entry.shared + entry.pending, resetAt };
  }

  /** Adds every pending count to the shared store (also at close). */
  async flush(now = Date.now()): Promise<void> {
    while (this.flushing) await this.flushing;
    const batch: Entry[] = [];
    for (const [id, entry] of this.entries) {
      if (entry.resetAt <= now) this.entries.delete(id);
      else if (entry.pending > 0) batch.push(entry);
    }
    if (batch.length === 0) return;
    const sent = batch.map((e) => e.pending);
    for (const e of batch) e.pending = 0;
    this.flushing = this.share(batch.map((e, i) => ({ scope: e.scope, key: e.key, windowMs: e.windowMs, by: sent[i] ?? 0, now: e.resetAt - 1 })))
      .then(
        (counts) => {
          counts.forEach((count, i) => {
            const entry = batch[i];
            if (entry && count.resetAt === entry.resetAt) entry.shared = count.count;
          });
        },
        (error: unknown) => {
          // Not counted in the shared store this time: counted again with the next flush.
          batch.forEach((e, i) => (e.pending += sent[i] ?? 0));
          this.onError(error);
        },
      )
      .finally(() => {
        this.flushing = null;
      });
    await this.flushing;
  }

  private async share(items: { scope: string; key: string; windowMs: number; by: number; now: number }[]): Promise<Count[]> {
    const counts: Count[] = [];
    for (let i = 0; i < items.length; i += ROWS_PER_STATEMENT) counts.push(...(await this.store.incrementMany(items.slice(i, i + ROWS_PER_STATEMENT))));
    return counts;
  }

  private makeRoom(now: number): void {
    if (this.entries.size < this.maxEntries) return;
    for (const [id, entry] of this.entries) if (entry.resetAt <= now) this.entries.delete(id);
    for (const id of this.entries.keys()) {
      if (this.entries.size < this.maxEntries) break;
      this.entries.delete(id);
    }
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.flushMs);
    this.timer.unref();
  }

  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.flush();
  }
}
