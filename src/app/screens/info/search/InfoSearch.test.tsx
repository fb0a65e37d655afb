import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanupGemeente, renderAt } from '../../../../../tests/support/renderAt';
import { initI18n, loadAllNamespacesAtStart } from '../../../i18n/i18n';
import { InfoIndexScreen } from '../InfoIndexScreen';

// Role queries over a whole page are slow in jsdom on a busy machine.
describe('informatiemap search on the index', { timeout: 30_000 }, () => {
  beforeAll(async () => {
    loadAllNamespacesAtStart();
    await initI18n('nl');
  });
  afterEach(async () => {
    cleanupGemeente();
    await i18next.changeLanguage('nl');
  });

  it('finds a section and links to its place on the page, with the page and the line found', async () => {
    const user = userEvent.setup();
    renderAt('/info', <InfoIndexScreen />);
    await user.type(screen.getByRole('searchbox', { name: 'Zoek in de informatie' }), 'ziekenhuis');
    const results = await screen.findByRole('list', { name: 'Wat je vond' });
    const link = results.querySelector('a[href="/info/gezondheid#huisarts"]');
    expect(link?.textContent).toContain('Gezondheid');
    expect(link?.textContent).toContain('Je huisarts');
    expect(link?.textContent).toContain('ziekenhuis');
    expect(screen.getByRole('status').textContent).toMatch(/^Gevonden: \d+$/);
  });

  it('says when nothing is found, and offers who helps and the words', async () => {
    const user = userEvent.setup();
    renderAt('/info', <InfoIndexScreen />);
    await user.type(screen.getByRole('searchbox', { name: 'Zoek in de informatie' }), 'xyzzyqq');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Niets gevonden.'));
    expect(screen.getByRole('link', { name: 'Ik heb een vraag' }).getAttribute('href')).toBe('/info/hulp#vraag');
    expect(screen.getByRole('link', { name: 'Woorden' }).getAttribute('href')).toBe('/info/woorden');
  });

  it('in Arabic, marks a Dutch text found as Dutch', async () => {
    await i18next.changeLanguage('ar');
    const user = userEvent.setup();
    renderAt('/info', <InfoIndexScreen />);
    await user.type(await screen.findByRole('searchbox', { name: 'ابحث في المعلومات' }), 'ziekenhuis');
    const results = await screen.findByRole('list', { name: 'ما وجدته' });
    const link = results.querySelector('a[href="/info/gezondheid#huisarts"]');
    const dutch = link?.querySelector('.search-hit__snippet[lang="nl"]');
    expect(dutch?.textContent).toContain('ziekenhuis');
    expect(link?.textContent).toContain('بالهولندية');
    // The section's title is in Arabic: no lang of its own.
    expect(link?.querySelector('.search-hit__title')?.hasAttribute('lang')).toBe(false);
  });

  it('shows words from a link as words, never as markup', async () => {
    const words = '<img src=x onerror="alert(1)">';
    renderAt(`/info?q=${encodeURIComponent(words)}`, <InfoIndexScreen />);
    const field = screen.getByRole<HTMLInputElement>('searchbox', { name: 'Zoek in de informatie' });
    expect(field.value).toBe(words);
    await waitFor(() => expect(screen.getByRole('status').textContent).not.toBe('Even zoeken …'));
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });
});
