import { describe, expect, it } from 'vitest';
import { formatEuro } from './money';

const plain = (s: string | null) => s?.replace(/\s/g, ' ');

describe('money', () => {
  it('writes euros the Dutch way', () => {
    expect(plain(formatEuro(61250, 'nl'))).toBe('€ 612,50');
  });

  it('writes euros in the reader’s language, one format only', () => {
    expect(formatEuro(61250, 'en')).toBe('€612.50');
    expect(formatEuro(61250, 'ar')).toContain('€');
    expect(formatEuro(61250, 'ar')).not.toContain('612,50');
  });
});
