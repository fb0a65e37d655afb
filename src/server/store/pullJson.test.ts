import { describe, expect, it } from 'vitest';
import type { PullResponse } from '../../domain/sync';
import { canonicalJson } from '../../domain/tables';
import { noteStoredJson, pullResponseJson } from './pullJson';

// The pull answer written from stored text must be the answer JSON.stringify would give: the
// same data, whatever the values hold.

function stored(value: Record<string, unknown>): Record<string, unknown> {
  const text = canonicalJson(value);
  const parsed = JSON.parse(text) as Record<string, unknown>;
  noteStoredJson(parsed, text);
  return parsed;
}

describe('pullResponseJson', () => {
  const tricky = { title: 'Les "A2" \\ \u2028 عربى 😀', n: 1.5e-7, nested: { b: [1, null, true], a: '</script>' }, '10': 'integer-like key', __proto__x: 1 };

  it('says what JSON.stringify says, for stored, changed and unnoted values', () => {
    const answer: PullResponse = {
      cookie: { d: { 'rw-1': 3 }, e: { 'rw-1': 'abc' } },
      lastMutationId: 7,
      patch: [
        { op: 'clear' },
        { op: 'put', table: 'appointments', id: 'rw-1:a"1', value: stored(tricky) },
        { op: 'put', table: 'dossiers', id: 'rw-1', value: { ...stored(tricky), replaced: true } },
        { op: 'del', table: 'questions', id: 'rw-1:q1' },
      ],
    };
    expect(JSON.parse(pullResponseJson(answer))).toEqual(JSON.parse(JSON.stringify(answer)));
  });

  it('never writes a stored text for a value that is not its parse', () => {
    const value = stored({ secret: 'kept out' });
    const other = { shown: 'only this' };
    const text = pullResponseJson({ cookie: {}, lastMutationId: 0, patch: [{ op: 'put', table: 'dossiers', id: 'x', value: other }] });
    expect(text).not.toContain('kept out');
    expect(value).toEqual({ secret: 'kept out' });
  });

  it('falls back to JSON.stringify when there is no cookie', () => {
    const answer = { cookie: undefined, lastMutationId: 0, patch: [] } as PullResponse;
    expect(pullResponseJson(answer)).toBe(JSON.stringify(answer));
  });
});
