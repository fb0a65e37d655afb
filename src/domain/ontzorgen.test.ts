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

  it('lists the months of the period from the first payment month, with the worst state of each', () => {
    const months = ontzorgenMonths('2026-08-09', 6, payments, '2026-11-22');
    expect(months.map((m) => [m.month, m.index, m.state, m.when])).toEqual([
      ['2026-09', 1, 'paid', 'past'],
      ['2026-10', 2, 'failed', 'past'],
      ['2026-11', 3, 'scheduled', 'current'],
      ['2026-12', 4, 'empty', 'future'],
      ['2027-01', 5, 'empty', 'future'],
      ['2027-02', 6, 'empty', 'future'],
    ]);
    expect(ontzorgenPosition('2027-02-09', '2026-11-22', months)).toBe(3);
  });

  it('starts the month after the start while nothing is paid yet', () => {
    const months = ontzorgenMonths('2026-11-10', 6, [], '2026-11-22');
    expect(months[0]?.month).toBe('2026-12');
    expect(ontzorgenPosition('2027-05-10', '2026-11-22', months)).toBe('before');
  });

  it('says when the period has ended', () => {
    const months = ontzorgenMonths('2026-01-15', 6, [], '2026-11-22');
    expect(ontzorgenPosition('2026-07-15', '2026-11-22', months)).toBe('ended');
  });

  it('includes a payment that falls after the policy months', () => {
    const months = ontzorgenMonths('2026-01-01', 2, [pay('2026-02', 'paid'), pay('2026-04', 'paid')], '2026-11-22');
    expect(months.map((m) => m.month)).toEqual(['2026-02', '2026-03', '2026-04']);
  });
});
