import { describe, expect, it } from 'vitest';
import { dutchEuro, formatEuro } from './money';

const plain = (s: string | null) => s?.replace(/\s/g, ' ');

describe('money', () => {
  it('writes euros the Dutch way', () => {
    expect(plain(formatEuro(61250, 'nl'))).toBe('€ 612,50');
    expect(dutchEuro(61250, 'nl')).toBeNull();
  });

  it('writes euros in the reader’s language and keeps the Dutch form beside it', () => {
    expect(formatEuro(61250, 'en')).toBe('€612.50');
    expect(plain(dutchEuro(61250, 'en'))).toBe('€ 612,50');
    expect(formatEuro(61250, 'ar')).toContain('€');
    expect(plain(dutchEuro(61250, 'ar'))).toBe('€ 612,50');
  });
});
