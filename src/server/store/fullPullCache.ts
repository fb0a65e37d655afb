import type { PullResponse } from '../../domain/sync';
import { gzipHead, type GzipHead } from '../gzipParts';
import { actorOf, type Session } from './sessionAccess';

// Full pulls (a first sync, or a device starting over) answered from a serialized, gzipped copy
// (docs/benchmarks.md, "Where a pull's time goes"). The copy is keyed by everything a full answer
// depends on: who reads (actor; a helper's share sections) and each readable dossier's id, version
// and epoch, read from the database by the pull itself. Every write that changes a dossier's rows
// gives it a new version (rows.ts), a new person behind an id gets a new epoch (dossiers.ts), so a
// copy is never stale, whichever instance wrote. The one write without a new version, taking a
// delivered share code out of its row (shares.ts), never meets a copy: an answer that carries a
// share code is not kept. Only lastMutationId differs per device; it goes last, as the gzip tail.
//
// Memory only, per instance, bounded: least recently used copies go past `maxBytes`.

export interface CachedFullPull {
  readonly head: GzipHead;
}

/** The key: JSON, so no id or section can run into the next. */
export function fullPullKey(session: Session, dossiers: ReadonlyMap<string, { version: number; epoch: string }>): string {
  const sections = session.kind === 'helper' ? session.share.sections : null;
  return JSON.stringify([actorOf(session), sections, [...dossiers].map(([id, d]) => [id, d.version, d.epoch])]);
}

/** The answer without lastMutationId, which `fullPullTail` closes. Same fields as PullResponse. */
function fullPullHead(response: PullResponse): string {
  return `{"cookie":${JSON.stringify(response.cookie)},"patch":${JSON.stringify(response.patch)},"lastMutationId":`;
}

export function fullPullTail(lastMutationId: number): string {
  return `${lastMutationId}}`;
}

export class FullPullCache {
  private readonly entries = new Map<string, CachedFullPull>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): CachedFullPull | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      // Map keeps insertion order: moved to the end, it is the most recently used.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** Keeps the answer's copy (unless one copy alone would take more than a quarter of the room). */
  put(key: string, response: PullResponse): CachedFullPull {
    const entry = { head: gzipHead(fullPullHead(response)) };
    const size = sizeOf(key, entry);
    if (size > this.maxBytes / 4) return entry;
    this.drop(key);
    this.entries.set(key, entry);
    this.bytes += size;
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.drop(oldest);
    }
    return entry;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= sizeOf(key, entry);
  }
}

function sizeOf(key: string, entry: CachedFullPull): number {
  return key.length * 2 + entry.head.bytes.length;
}
