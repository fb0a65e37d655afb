import { describe, expect, it } from 'vitest';
import { ontzorgenMonths, ontzorgenPosition } from './ontzorgen';
import type { PaymentRow } from './tables';

const pay = (month: string, status: PaymentRow['status'], kind: PaymentRow['kind'] = 'huur'): PaymentRow => ({
  id: `${kind}-${month}`,
  dossierId: 'rw-test',
  month,
  kind,
  payee: 'Rijswijk Wonen',
  amountCents: 61250,
  status,
  date: `${month}-01`,
});

describe('ontzorgenMonths', () => {
  const payments = [pay('2026-09', 'paid'), pay('2026-10', 'paid'), pay('2026-10', 'failed', 'energie'), pay('2026-11', 'scheduled')];

  it('lists the months of the period with the worst state of each', () => {
    const months = ontzorgenMonths('2026-08-09', 6, payments, '2026-11-22');
    expect(months.map((m) => [m.month, m.index, m.state, m.when])).toEqual([
      ['2026-08', 1, 'empty', 'past'],
      ['2026-09', 2, 'paid', 'past'],
      ['2026-10', 3, 'failed', 'past'],
      ['2026-11', 4, 'scheduled', 'current'],
      ['2026-12', 5, 'empty', 'future'],
      ['2027-01', 6, 'empty', 'future'],
    ]);
    expect(ontzorgenPosition('2026-08-09', '2027-02-09', '2026-11-22', months)).toBe(4);
  });

  it('says when the period has ended or not begun', () => {
    const months = ontzorgenMonths('2026-01-15', 6, [], '2026-11-22');
    expect(ontzorgenPosition('2026-01-15', '2026-07-15', '2026-11-22', months)).toBe('ended');
    expect(ontzorgenPosition('2026-12-01', '2027-06-01', '2026-11-22', months)).toBe('before');
  });

  it('includes a payment that falls after the policy months', () => {
    const months = ontzorgenMonths('2026-01-01', 2, [pay('2026-04', 'paid')], '2026-11-22');
    expect(months.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
  });
});
