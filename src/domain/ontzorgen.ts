import type { PaymentRow } from './tables';

// Financieel ontzorgen: for a number of months (six in Rijswijk and Zevenaar) the municipality pays
// the fixed costs out of the benefit. These helpers turn the period and its payments into months.

export type MonthState = 'failed' | 'scheduled' | 'paid' | 'empty';

export interface OntzorgenMonth {
  /** `YYYY-MM`. */
  month: string;
  /** 1-based position in the period. */
  index: number;
  payments: PaymentRow[];
  /** The worst state of its payments: one failed payment makes the month "failed". */
  state: MonthState;
  when: 'past' | 'current' | 'future';
}

function addMonth(month: string, n: number): string {
  const [y = 0, m = 1] = month.split('-').map(Number);
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

function monthState(payments: PaymentRow[]): MonthState {
  if (payments.some((p) => p.status === 'failed')) return 'failed';
  if (payments.some((p) => p.status === 'scheduled')) return 'scheduled';
  return payments.length > 0 ? 'paid' : 'empty';
}

/**
 * The months of the period: `months` of them (from the municipality's policy), or more when
 * payments fall later. The municipality pays from the month after the start (the start month's
 * costs were already arranged), so the period begins with the first payment month, or with the
 * month after the start while nothing is paid yet. `today` is `YYYY-MM-DD`.
 */
export function ontzorgenMonths(start: string, months: number, payments: PaymentRow[], today: string): OntzorgenMonth[] {
  const firstPaid = payments.reduce<string | null>((min, p) => (min === null || p.month < min ? p.month : min), null);
  const first = firstPaid ?? addMonth(start.slice(0, 7), 1);
  const last = payments.reduce((max, p) => (p.month > max ? p.month : max), addMonth(first, months - 1));
  const current = today.slice(0, 7);
  const out: OntzorgenMonth[] = [];
  for (let month = first, index = 1; month <= last; month = addMonth(month, 1), index++) {
    const own = payments.filter((p) => p.month === month).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
    out.push({
      month,
      index,
      payments: own,
      state: monthState(own),
      when: month < current ? 'past' : month === current ? 'current' : 'future',
    });
  }
  return out;
}

/** Where today falls: 'before' the first month, a month number (1 … n), or 'ended' once `end` has passed. */
export function ontzorgenPosition(end: string, today: string, months: OntzorgenMonth[]): 'before' | 'ended' | number {
  if (today >= end) return 'ended';
  const current = months.find((m) => m.when === 'current');
  if (current) return current.index;
  return months[0] && today.slice(0, 7) < months[0].month ? 'before' : 'ended';
}
