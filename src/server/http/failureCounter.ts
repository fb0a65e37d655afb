// Counts failures per key in a fixed window: once a key reaches `max`, it stays locked until its
// window ends. In memory, per server instance: with n instances behind a load balancer every budget
// is n times as large, which the limits in rateLimits.ts allow for. The map is bounded, so a flood
// of distinct keys (random codes, many addresses) cannot exhaust memory; the oldest entries go first.

export interface FailureLimit {
  /** Failures allowed per window; the next attempt is refused. */
  max: number;
  windowMs: number;
}

interface Entry {
  count: number;
  resetAt: number;
}

export class FailureCounter {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly limit: FailureLimit,
    private readonly maxKeys = 10_000,
  ) {}

  /** Milliseconds until `key` may try again, or 0 when it is not locked. */
  lockedFor(key: string, now = Date.now()): number {
    const entry = this.live(key, now);
    return entry && entry.count >= this.limit.max ? entry.resetAt - now : 0;
  }

  /** Records one failure; returns true when this failure locked the key. */
  fail(key: string, now = Date.now()): boolean {
    const entry = this.live(key, now);
    if (entry) {
      entry.count += 1;
      return entry.count === this.limit.max;
    }
    this.makeRoom(now);
    this.entries.set(key, { count: 1, resetAt: now + this.limit.windowMs });
    return this.limit.max === 1;
  }

  private live(key: string, now: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.resetAt <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private makeRoom(now: number): void {
    if (this.entries.size < this.maxKeys) return;
    for (const [key, entry] of this.entries) if (entry.resetAt <= now) this.entries.delete(key);
    // Still full: forget the oldest (insertion order), never grow without bound.
    for (const key of this.entries.keys()) {
      if (this.entries.size < this.maxKeys) break;
      this.entries.delete(key);
    }
  }
}
