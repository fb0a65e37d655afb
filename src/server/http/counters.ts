import type { FastifyRateLimitOptions, FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { RouteOptions } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../store';
import { sha256 } from '../store/secrets';

// Where the rate-limit and failure counters live. With DATABASE_URL several instances serve one
// municipality, so the counts must be shared, or n instances would multiply every budget by n:
// they live in PostgreSQL's `rate_counter` table (unlogged, one atomic upsert per count). SQLite
// means one instance, and its counters stay in memory (an fsync per request would cost more than
// the count is worth).
//
// Windows are fixed (aligned to the clock), so all instances agree on which window a count falls
// in; a client can at most spend two budgets across a window boundary. Keys are hashed before they
// reach the table: an address is personal data, a code prefix part of a secret.

export interface Count {
  /** The count in the current window, after this increment. */
  count: number;
  /** When the current window ends (ms since the epoch). */
  resetAt: number;
}

export interface CounterStore {
  /** True when other instances share these counts (see FailureCounter's refresh). */
  readonly shared: boolean;
  /** Adds `by` to the count of (scope, key) in the window of `windowMs` that holds `now`. */
  increment(scope: string, key: string, windowMs: number, by?: number, now?: number): Promise<Count>;
  /** Keys of `scope` whose count in the current window has reached `min` (hashed as stored). */
  reached(scope: string, windowMs: number, min: number, now?: number): Promise<{ key: string; resetAt: number }[]>;
  /** The stored form of a key, as `reached` returns it. */
  keyOf(key: string): string;
  /** Deletes ended windows; returns how many went. */
  sweep(now?: number): Promise<number>;
}

export function windowEnd(windowMs: number, now: number): number {
  return (Math.floor(now / windowMs) + 1) * windowMs;
}

/** One instance's counters, bounded: a flood of distinct keys forgets the oldest first. */
export class MemoryCounterStore implements CounterStore {
  readonly shared = false;
  private readonly entries = new Map<string, { count: number; resetAt: number }>();

  constructor(private readonly maxKeys = 100_000) {}

  keyOf(key: string): string {
    return key;
  }

  increment(scope: string, key: string, windowMs: number, by = 1, now = Date.now()): Promise<Count> {
    const id = `${scope}\u0000${key}`;
    const resetAt = windowEnd(windowMs, now);
    const entry = this.entries.get(id);
    if (entry && entry.resetAt === resetAt) {
      entry.count += by;
      return Promise.resolve({ ...entry });
    }
    this.entries.delete(id);
    this.makeRoom(now);
    const fresh = { count: by, resetAt };
    this.entries.set(id, fresh);
    return Promise.resolve({ ...fresh });
  }

  reached(scope: string, windowMs: number, min: number, now = Date.now()): Promise<{ key: string; resetAt: number }[]> {
    const resetAt = windowEnd(windowMs, now);
    const prefix = `${scope}\u0000`;
    const keys: { key: string; resetAt: number }[] = [];
    for (const [id, entry] of this.entries) {
      if (id.startsWith(prefix) && entry.resetAt === resetAt && entry.count >= min) keys.push({ key: id.slice(prefix.length), resetAt });
    }
    return Promise.resolve(keys);
  }

  sweep(now = Date.now()): Promise<number> {
    let removed = 0;
    for (const [id, entry] of this.entries) {
      if (entry.resetAt <= now) {
        this.entries.delete(id);
        removed++;
      }
    }
    return Promise.resolve(removed);
  }

  get size(): number {
    return this.entries.size;
  }

  private makeRoom(now: number): void {
    if (this.entries.size < this.maxKeys) return;
    void this.sweep(now);
    for (const id of this.entries.keys()) {
      if (this.entries.size < this.maxKeys) break;
      this.entries.delete(id);
    }
  }
}

/** Counters in the `rate_counter` table, shared by every instance on one database. */
export class DatabaseCounterStore implements CounterStore {
  readonly shared = true;

  constructor(private readonly db: Db) {}

  keyOf(key: string): string {
    return sha256(`rate-counter:${key}`).slice(0, 32);
  }

  async increment(scope: string, key: string, windowMs: number, by = 1, now = Date.now()): Promise<Count> {
    const end = new Date(windowEnd(windowMs, now)).toISOString();
    // One statement, atomic under concurrency: a new window replaces the old count.
    const row = await this.db
      .insertInto('rate_counter')
      .values({ scope, key: this.keyOf(key), window_end: end, count: by })
      .onConflict((oc) =>
        oc.columns(['scope', 'key']).doUpdateSet({
          count: sql<number>`case when rate_counter.window_end = excluded.window_end then rate_counter.count + excluded.count else excluded.count end`,
          window_end: (eb) => eb.ref('excluded.window_end'),
        }),
      )
      .returning(['count', 'window_end'])
      .executeTakeFirstOrThrow();
    return { count: Number(row.count), resetAt: Date.parse(row.window_end) };
  }

  /** Several counts in one statement (http/deviceRateCounts.ts); each (scope, key) at most once. */
  async incrementMany(items: readonly { scope: string; key: string; windowMs: number; by: number; now: number }[]): Promise<Count[]> {
    if (items.length === 0) return [];
    const values = items.map((i) => ({ scope: i.scope, key: this.keyOf(i.key), window_end: new Date(windowEnd(i.windowMs, i.now)).toISOString(), count: i.by }));
    const rows = await this.db
      .insertInto('rate_counter')
      .values(values)
      .onConflict((oc) =>
        oc.columns(['scope', 'key']).doUpdateSet({
          count: sql<number>`case when rate_counter.window_end = excluded.window_end then rate_counter.count + excluded.count else excluded.count end`,
          window_end: (eb) => eb.ref('excluded.window_end'),
        }),
      )
      .returning(['scope', 'key', 'count', 'window_end'])
      .execute();
    const byId = new Map(rows.map((r) => [`${r.scope}\u0000${r.key}`, { count: Number(r.count), resetAt: Date.parse(r.window_end) }]));
    return values.map((v) => byId.get(`${v.scope}\u0000${v.key}`) ?? { count: v.count, resetAt: Date.parse(v.window_end) });
  }

  async reached(scope: string, windowMs: number, min: number, now = Date.now()): Promise<{ key: string; resetAt: number }[]> {
    const end = windowEnd(windowMs, now);
    const rows = await this.db
      .selectFrom('rate_counter')
      .select('key')
      .where('scope', '=', scope)
      .where('window_end', '=', new Date(end).toISOString())
      .where('count', '>=', min)
      .execute();
    return rows.map((r) => ({ key: r.key, resetAt: end }));
  }

  /** Deletes ended windows; `scope` limits it to one scope (tests that share a database with others). */
  async sweep(now = Date.now(), scope?: string): Promise<number> {
    let query = this.db.deleteFrom('rate_counter').where('window_end', '<=', new Date(now).toISOString());
    if (scope !== undefined) query = query.where('scope', '=', scope);
    const result = await query.executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

/** Shared counters on PostgreSQL, memory on SQLite (one instance). */
export function counterStoreFor(db: Db, dialect: 'sqlite' | 'postgres'): CounterStore {
  return dialect === 'postgres' ? new DatabaseCounterStore(db) : new MemoryCounterStore();
}

/** Counts kept in the instance first (deviceRateCounts.ts): answered at once, shared later. */
export interface LocalFirstCounts {
  increment(scope: string, key: string, windowMs: number, now?: number): Count;
}

/**
 * A store for @fastify/rate-limit over a CounterStore: each route gets its own scope (its method
 * and URL), so one route's requests never spend another's budget. Routes in `batched.urls` (the
 * sync routes) count in batches on a shared store (deviceRateCounts.ts).
 */

export function rateLimitStoreFor(counters: CounterStore, batched?: { counts: LocalFirstCounts; urls: ReadonlySet<string> }): FastifyRateLimitStoreCtor {
  class SharedRateLimitStore implements FastifyRateLimitStore {
    private readonly scope: string;
    private readonly batched: boolean;

    constructor(options: FastifyRateLimitOptions | { scope: string; batched: boolean }) {
      this.scope = 'scope' in options ? options.scope : 'rate:global';
      this.batched = 'batched' in options && options.batched;
    }

    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      const now = Date.now();
      if (this.batched && batched) {
        const { count, resetAt } = batched.counts.increment(this.scope, key, timeWindow, now);
        callback(null, { current: count, ttl: Math.max(0, resetAt - now) });
        return;
      }
      counters.increment(this.scope, key, timeWindow, 1, now).then(
        ({ count, resetAt }) => callback(null, { current: count, ttl: Math.max(0, resetAt - now) }),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }

    child(routeOptions: RouteOptions & { path: string; prefix: string }): FastifyRateLimitStore {
      const info = (routeOptions as { routeInfo?: { method?: string | string[]; url?: string } }).routeInfo;
      const method = Array.isArray(info?.method) ? info.method.join(',') : (info?.method ?? '');
      const url = info?.url;
      return new SharedRateLimitStore({ scope: url ? `rate:${method} ${url}` : 'rate:global', batched: url !== undefined && (batched?.urls.has(url) ?? false) });
    }
  }
  return SharedRateLimitStore;
}
