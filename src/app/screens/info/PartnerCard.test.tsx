import { screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanupGemeente, renderAt } from '../../../../tests/support/renderAt';
import type { Partner } from '../../../gemeenten';
import { initI18n } from '../../i18n/i18n';
import { PartnerCard } from './PartnerCard';
import { partnerMapUrl } from './partnerMap';

// A partner's card says where and when (issue 16, item 6): the address with a map link that says
// it leaves the app, opening hours in the reader's language, and a missing number said, not hidden.

const TOWN_HALL: Partner = {
  id: 'gemeente',
  name: 'Gemeente Zevenaar',
  role: 'casusregisseur',
  picture: 'townHall',
  phone: null,
  address: { street: 'Kerkstraat 27', city: 'Zevenaar' },
  hours: [
    { days: [1, 2, 3, 4], opens: '08:30', closes: '17:00' },
    { days: [5], opens: '08:30', closes: '12:30' },
  ],
};

const card = (partner: Partner) => {
  renderAt('/info/hulp', <PartnerCard partner={partner} />, 'zevenaar');
  return screen.getByRole('article', { name: partner.name });
};

describe('a partner card', { timeout: 20_000 }, () => {
  beforeAll(async () => {
    await initI18n('nl');
  });
  afterEach(async () => {
    cleanupGemeente();
    await i18next.changeLanguage('nl');
  });

  it('shows the address with a map link that leaves the app and says so', () => {
    const article = card(TOWN_HALL);
    expect(within(article).getByText('Kerkstraat 27, Zevenaar').getAttribute('lang')).toBe('nl');
    const map = within(article).getByRole('link', { name: 'Op de kaart opent buiten de app' });
    expect(map.getAttribute('href')).toBe('https://www.openstreetmap.org/search?query=Kerkstraat%2027%2C%20Zevenaar');
    expect(map.getAttribute('target')).toBe('_blank');
    expect(map.getAttribute('rel')).toBe('noopener noreferrer');
    expect(within(map).getByText('opent buiten de app')).toBeTruthy();
  });

  it('shows the opening hours a day a line, Monday first', () => {
    const article = card(TOWN_HALL);
    const days = within(article).getAllByRole('listitem').map((li) => li.textContent);
    expect(days).toEqual(['maandag 08:30–17:00', 'dinsdag 08:30–17:00', 'woensdag 08:30–17:00', 'donderdag 08:30–17:00', 'vrijdag 08:30–12:30']);
  });

  it('puts two opening times of one day on its line (a lunch break)', () => {
    const article = card({ ...TOWN_HALL, hours: [{ days: [2], opens: '13:30', closes: '17:00' }, { days: [2], opens: '08:30', closes: '12:30' }] });
    expect(within(article).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['dinsdag 08:30–12:30, 13:30–17:00']);
  });

  it('says a phone number is not known instead of hiding it', () => {
    const article = card(TOWN_HALL);
    expect(within(article).getByText('Telefoonnummer niet bekend')).toBeTruthy();
    expect(within(article).queryByRole('link', { name: /Bel/ })).toBeNull();
  });

  it('shows a known number as a call button, and then no "not known"', () => {
    const article = card({ ...TOWN_HALL, phone: '14 0316' });
    expect(within(article).getByRole('link', { name: /14\u00a00316/ }).getAttribute('href')).toBe('tel:140316');
    expect(within(article).queryByText('Telefoonnummer niet bekend')).toBeNull();
  });

  it('says an address is not known, with no map link and no hours', () => {
    const article = card({ ...TOWN_HALL, address: null, hours: [] });
    expect(within(article).getByText('Adres niet bekend')).toBeTruthy();
    expect(within(article).queryByRole('link', { name: /Op de kaart/ })).toBeNull();
    expect(within(article).queryByRole('listitem')).toBeNull();
  });

  it('shows the days in Arabic, the hours and the missing number in Arabic', async () => {
    await i18next.changeLanguage('ar');
    const article = card(TOWN_HALL);
    const days = within(article).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(days).toHaveLength(5);
    expect(days[0]).toContain('الاثنين');
    expect(days[4]).toContain('الجمعة');
    expect(days.join(' ')).not.toMatch(/maandag|vrijdag|Monday/);
    expect(within(article).getByText('رقم الهاتف غير معروف')).toBeTruthy();
    expect(within(article).getByRole('link', { name: 'على الخريطة يفتح خارج التطبيق' })).toBeTruthy();
  });
});

describe('the map link', () => {
  it('points at the spot when the coordinates are known', () => {
    expect(partnerMapUrl({ street: 'Kerkstraat 27', city: 'Zevenaar', coordinates: { lat: 51.93, lon: 6.07 } })).toBe(
      'https://www.openstreetmap.org/?mlat=51.93&mlon=6.07#map=18/51.93/6.07',
    );
  });

  it('searches for the address otherwise, and nothing in an address can lead elsewhere', () => {
    const tricky = { street: 'javascript:alert(1)//"><a href=x>&amp;#', postcode: '1234 AB', city: 'https://evil.example/?' };
    const url = new URL(partnerMapUrl(tricky));
    expect(url.protocol).toBe('https:');
    expect(url.host).toBe('www.openstreetmap.org');
    expect(url.pathname).toBe('/search');
    expect(url.hash).toBe('');
    expect(url.searchParams.get('query')).toBe('javascript:alert(1)//"><a href=x>&amp;#, 1234 AB https://evil.example/?');
  });

  it('ignores coordinates that are not on the earth', () => {
    const url = partnerMapUrl({ street: 'Kerkstraat 27', city: 'Zevenaar', coordinates: { lat: Number.NaN, lon: 500 } });
    expect(url).toBe('https://www.openstreetmap.org/search?query=Kerkstraat%2027%2C%20Zevenaar');
  });
});
