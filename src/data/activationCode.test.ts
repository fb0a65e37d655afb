import { describe, expect, it } from 'vitest';
import { normaliseCode } from './activationCode';

describe('typing an activation code', () => {
  it('groups a 16-symbol code in fours, whatever the case, spaces or dashes typed', () => {
    expect(normaliseCode(' abcd efgh-jklm npqr ')).toBe('ABCD-EFGH-JKLM-NPQR');
    expect(normaliseCode('ABCDEFGHJKLMNPQR')).toBe('ABCD-EFGH-JKLM-NPQR');
  });

  it('still takes a 10-symbol code from before, which the server accepts until it expires', () => {
    expect(normaliseCode('abcd efgh jk')).toBe('ABCD-EFGH-JK');
    expect(normaliseCode('')).toBe('');
  });
});
