import { describe, expect, it } from 'vitest';
import { GEMEENTEN } from '.';
import type { Partner } from './types';

// Every partner a person can reach says where and when (issue 16, item 6): each one carries a
// decision about its address and its phone, a number or null ("not known", which the card says).
// The municipality itself, where people go first, always has its address.

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

function problems(partner: Partner): string[] {
  const found: string[] = [];
  if (!Object.hasOwn(partner, 'address')) found.push('no decision about the address');
  if (!Object.hasOwn(partner, 'phone')) found.push('no decision about the phone');
  if (partner.phone !== null && typeof partner.phone !== 'string') found.push('phone is neither a number nor null');
  if (partner.address && (!partner.address.street.trim() || !partner.address.city.trim())) found.push('address without street or city');
  for (const h of partner.hours ?? []) {
    if (!h.days.length || h.days.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) found.push(`days ${h.days.join(',')}`);
    if (!CLOCK.test(h.opens) || !CLOCK.test(h.closes) || h.opens >= h.closes) found.push(`hours ${h.opens}–${h.closes}`);
  }
  return found;
}

describe.each(Object.values(GEMEENTEN))('partners of $name', (gemeente) => {
  it('each decide address and phone, with well-formed hours', () => {
    expect(gemeente.partners.map((p) => ({ id: p.id, found: problems(p) })).filter((p) => p.found.length)).toEqual([]);
  });

  it('give the municipality itself an address', () => {
    const own = gemeente.partners.find((p) => p.id === 'gemeente');
    expect(own?.address?.city).toBe(gemeente.name);
  });

  it('list only known partners for free language help for people from Ukraine', () => {
    expect(gemeente.languageHelpUkraine.length).toBeGreaterThan(0);
    for (const id of gemeente.languageHelpUkraine) expect(gemeente.partners.map((p) => p.id)).toContain(id);
  });
});

describe('the partner check', () => {
  const good: Partner = { id: 'x', name: 'X', role: 'other', picture: 'people', phone: null, address: null };
  it('fails a partner without a decision about address or phone (the check can fail)', () => {
    const { address: _address, ...noAddress } = good;
    const { phone: _phone, ...noPhone } = good;
    expect(problems(noAddress as Partner)).toEqual(['no decision about the address']);
    expect(problems(noPhone as Partner)).toContain('no decision about the phone');
  });

  it('fails hours that close before they open, or a day that does not exist', () => {
    expect(problems({ ...good, hours: [{ days: [1], opens: '17:00', closes: '08:30' }] })).toEqual(['hours 17:00–08:30']);
    expect(problems({ ...good, hours: [{ days: [8 as 1], opens: '08:30', closes: '12:00' }] })).toEqual(['days 8']);
  });
});
