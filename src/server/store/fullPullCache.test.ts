import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { PullResponse } from '../../domain/sync';
import { gzipWithTail } from '../gzipParts';
import { FullPullCache, fullPullKey, fullPullTail } from './fullPullCache';
import type { Session } from './sessionAccess';

const answer = (text: string): PullResponse => ({
  cookie: { d: { 'rw-1': 3 }, e: { 'rw-1': 'e1' } },
  lastMutationId: 0,
  patch: [{ op: 'clear' }, { op: 'put', table: 'appointments', id: 'rw-1:a1', value: { title: text } }],
});
const inburgeraar: Session = { kind: 'dossier', dossierId: 'rw-1', id: 's1', lastSeenAt: '2026-12-01T00:00:00Z' };
const helper = (sections: ('agenda' | 'money')[]): Session => ({
  kind: 'helper',
  dossierId: null,
  share: { dossierId: 'rw-1', id: 'sh1', sections, expiresAt: '2027-01-01T00:00:00Z' },
  id: 's2',
  lastSeenAt: '2026-12-01T00:00:00Z',
});
const version = (v: number, epoch = 'e1') => new Map([['rw-1', { version: v, epoch }]]);

describe('the cache of full pulls', () => {
  it('gives back the answer with the lastMutationId put in, same fields as the answer', () => {
    const cache = new FullPullCache(1 << 20);
    const copy = cache.put('k', answer('Les'));
    const text = gunzipSync(gzipWithTail(copy.head, fullPullTail(42))).toString('utf8');
    expect(JSON.parse(text)).toEqual({ ...answer('Les'), lastMutationId: 42 });
    expect(cache.get('k')).toBe(copy);
  });

  it('keys by reader, sections, dossier version and epoch', () => {
    const keys = [
      fullPullKey(inburgeraar, version(3)),
      fullPullKey(inburgeraar, version(4)),
      fullPullKey(inburgeraar, version(3, 'e2')),
      fullPullKey(helper(['agenda']), version(3)),
      fullPullKey(helper(['agenda', 'money']), version(3)),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(fullPullKey({ ...inburgeraar, id: 'another session' }, version(3))).toBe(keys[0]);
  });

  it('stays within its room, dropping the least recently used copy first', () => {
    const one = new FullPullCache(1 << 20).put('a', answer('x'.repeat(100))).head.bytes.length;
    const room = 5 * (one + 2) + 1;
    const cache = new FullPullCache(room);
    for (const key of ['a', 'b', 'c', 'd', 'e']) cache.put(key, answer('x'.repeat(100)));
    expect(cache.get('a')).toBeDefined();
    cache.put('f', answer('x'.repeat(100)));
    expect(cache.get('b')).toBeUndefined();
    expect(['a', 'c', 'd', 'e', 'f'].map((k) => cache.get(k) !== undefined)).toEqual([true, true, true, true, true]);
    expect(cache.size.entries).toBe(5);
    expect(cache.size.bytes).toBeLessThanOrEqual(room);
  });

  it('does not keep a copy larger than a quarter of its room, but still gives it', () => {
    const cache = new FullPullCache(1000);
    const big = answer(Array.from({ length: 2000 }, (_, i) => i.toString(36)).join(''));
    expect(cache.put('big', big).head.bytes.length).toBeGreaterThan(250);
    expect(cache.get('big')).toBeUndefined();
    expect(cache.size).toEqual({ entries: 0, bytes: 0 });
  });

  it('replaces a copy under the same key without counting it twice', () => {
    const cache = new FullPullCache(1 << 20);
    cache.put('a', answer('x'));
    const once = cache.size.bytes;
    cache.put('a', answer('x'));
    expect(cache.size).toEqual({ entries: 1, bytes: once });
  });
});
