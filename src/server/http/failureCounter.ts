import type { CounterStore } from './counters';

// Counts failures per key in a fixed window: once a key reaches `max`, it stays locked until its
// window ends. The counts live in a CounterStore (http/counters.ts): shared by every instance on
// PostgreSQL, in memory on SQLite. Whether a key is locked is answered from memory, without a
// database round trip per request: an instance learns a lock from its own count, and on a shared
// store also from `refresh` (about every second), so a lock set on one instance holds on all of
// them within a second.

export interface FailureLimit {
  /** Failures allowed per window; the next attempt is refused. */
  max: number;
  windowMs: number;
}

export class FailureCounter {
  /** Stored key → end of its locked window. Bounded: a lock is forgotten before memory runs out. */
  private readonly locked = new Map<string, number>();

  constructor(
    private readonly store: CounterStore,
    readonly scope: string,
    private readonly limit: FailureLimit,
    private readonly maxLocked = 100_000,
  ) {}

  /** Milliseconds until `key` may try again, or 0 when it is not locked. */
  lockedFor(key: string, now = Date.now()): number {
    const stored = this.store.keyOf(key);
    const until = this.locked.get(stored);
    if (until === undefined) return 0;
    if (until <= now) {
      this.locked.delete(stored);
      return 0;
    }
    return until - now;
  }

  /** Records one failure; returns true when this failure reached the limit. */
  async fail(key: string, now = Date.now()): Promise<boolean> {
    const { count, resetAt } = await this.store.increment(this.scope, key, this.limit.windowMs, 1, now);
    if (count >= this.limit.max) this.lock(this.store.keyOf(key), resetAt, now);
    return count === this.limit.max;
  }

  /** Learns the locks other instances set (a no-op for counters in memory). */
  async refresh(now = Date.now()): Promise<void> {
    if (!this.store.shared) return;
    for (const { key, resetAt } of await this.store.reached(this.scope, this.limit.windowMs, this.limit.max, now)) this.lock(key, resetAt, now);
  }

  private lock(stored: string, until: number, now: number): void {
    if (this.locked.size >= this.maxLocked) {
      for (const [key, end] of this.locked) if (end <= now) this.locked.delete(key);
      for (const key of this.locked.keys()) {
        if (this.locked.size < this.maxLocked) break;
        this.locked.delete(key);
      }
    }
    this.locked.set(stored, until);
  }
}
