import { screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { anActivity } from '../../../../tests/support/activityBuilders';
import { cleanupGemeente, renderAt } from '../../../../tests/support/renderAt';
import { STORAGE_KEYS } from '../../../data/storageKeys';
import { amsterdamDate, addDays, nextWeekday } from '../../../domain/amsterdamTime';
import { initI18n } from '../../i18n/i18n';
import { ActivitiesScreen } from './ActivitiesScreen';

const today = amsterdamDate(new Date());
const WEEKLY = anActivity({ id: 'taalcafe', weekly: { weekday: 2, startTime: '14:00', endTime: '16:00' } });
const LATER = anActivity({
  id: 'sportdag',
  kind: 'sport',
  title_nl: 'Sportdag in het park',
  translations: undefined,
  free: false,
  weekly: undefined,
  start: `${nextWeekday(addDays(today, 30), 6)}T11:00:00+01:00`,
  end: `${nextWeekday(addDays(today, 30), 6)}T15:00:00+01:00`,
});

function answer(activities = [WEEKLY, LATER]) {
  return new Response(JSON.stringify({ gemeente: 'rijswijk', activities }), { status: 200, headers: { 'content-type': 'application/json' } });
}

describe('activities page', { timeout: 20_000 }, () => {
  beforeAll(async () => {
    await initI18n('nl');
  });
  afterEach(() => {
    cleanupGemeente();
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  it('lists this week, next week and later, with the weekly repeat on each week', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => answer()));
    renderAt('/info/activiteiten', <ActivitiesScreen />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Deze week' })).toBeTruthy();
    const next = screen.getByRole('region', { name: 'Volgende week' });
    expect(within(next).getByRole('heading', { level: 3, name: 'Taalcafé in de bibliotheek' })).toBeTruthy();
    expect(within(next).getByText('Elke week')).toBeTruthy();
    expect(within(next).getByText('Gratis')).toBeTruthy();
    const later = screen.getByRole('region', { name: 'Later' });
    expect(within(later).getByRole('heading', { level: 3, name: 'Sportdag in het park' })).toBeTruthy();
    expect(within(later).getByText('Kost geld')).toBeTruthy();
    expect(within(later).getByRole('button', { name: 'Zet in mijn agenda' })).toBeTruthy();
  });

  it('shows the Arabic translation where there is one, and marks Dutch titles as Dutch', async () => {
    await initI18n('ar');
    vi.stubGlobal('fetch', vi.fn(async () => answer()));
    renderAt('/info/activiteiten', <ActivitiesScreen />);
    expect((await screen.findAllByRole('heading', { level: 3, name: 'مقهى اللغة في المكتبة' })).length).toBeGreaterThan(0);
    const dutch = screen.getByText('Sportdag in het park');
    expect(dutch.getAttribute('lang')).toBe('nl');
    await initI18n('nl');
  });

  it('shows the list kept from before when the server cannot be reached, and says so', async () => {
    localStorage.setItem(STORAGE_KEYS.activities, JSON.stringify({ fetchedAt: '2026-12-01T09:00:00.000Z', answer: { gemeente: 'rijswijk', activities: [WEEKLY] } }));
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    renderAt('/info/activiteiten', <ActivitiesScreen />);
    expect(await screen.findByText(/^Geen internet\. Je ziet de lijst van/)).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 3, name: 'Taalcafé in de bibliotheek' }).length).toBeGreaterThan(0);
  });

  it('says so when there are no activities, and when there is no internet and no list', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => answer([])));
    const { unmount } = renderAt('/info/activiteiten', <ActivitiesScreen />);
    expect(await screen.findByText('Er zijn nu geen activiteiten.')).toBeTruthy();
    unmount();
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    localStorage.clear();
    renderAt('/info/activiteiten', <ActivitiesScreen />);
    expect(await screen.findByText('Geen internet. Probeer het later nog een keer.')).toBeTruthy();
  });
});
