import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptsGzip, gzipHead, gzipWithTail } from './gzipParts';

describe('a gzip answer with a tail per request', () => {
  it('is one gzip member any reader takes, head and tail in order', () => {
    const head = gzipHead(`{"text":"Afspraak bij de gemeente — مرحبا ${'x'.repeat(70_000)}","n":`);
    for (const tail of ['0}', '12345}', 'é}']) {
      const text = gunzipSync(gzipWithTail(head, tail)).toString('utf8');
      expect(text.endsWith(`,"n":${tail}`)).toBe(true);
      expect(text).toContain('مرحبا');
      expect(text).toHaveLength(`{"text":"Afspraak bij de gemeente — مرحبا `.length + 70_000 + 6 + tail.length);
    }
  });

  it('carries the right checksum and length: a changed tail byte is refused by the reader', () => {
    const whole = gzipWithTail(gzipHead('{"n":'), '7}');
    expect(gunzipSync(whole).toString()).toBe('{"n":7}');
    const broken = Buffer.from(whole);
    broken[broken.length - 10] = '8'.charCodeAt(0); // the stored '7'
    expect(() => gunzipSync(broken)).toThrow();
  });

  it('refuses a tail too long for one stored block', () => {
    expect(() => gzipWithTail(gzipHead('a'), 'b'.repeat(65_536))).toThrow(RangeError);
  });
});

describe('acceptsGzip', () => {
  it.each([
    ['gzip', true],
    ['gzip, deflate, br, zstd', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['x-gzip', true],
    ['*', true],
    ['GZIP', true],
    ['gzip;q=0', false],
    ['gzip;q=0, *', false],
    ['br, deflate', false],
    ['identity', false],
    ['*;q=0', false],
    [undefined, false],
    ['', false],
  ])('%s: %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});
