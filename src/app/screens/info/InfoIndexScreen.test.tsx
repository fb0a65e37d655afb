import { screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanupGemeente, renderAt } from '../../../../tests/support/renderAt';
import nlInfo from '../../../../locales/nl/info.json';
import { initI18n } from '../../i18n/i18n';
import { InfoIndexScreen } from './InfoIndexScreen';
import { GENERAL_SECTIONS, GROUP_SECTIONS } from './sections';

// Role queries over a whole page are slow in jsdom on a busy machine.
describe('informatiemap index', { timeout: 20_000 }, () => {
  beforeAll(async () => {
    await initI18n('nl');
  });
  afterEach(cleanupGemeente);

  it('has a picture tile for every page, and the group pages under their own heading', () => {
    renderAt('/info', <InfoIndexScreen />);
    expect(screen.getByRole('heading', { level: 1, name: 'Informatie' })).toBeTruthy();
    for (const id of [...GENERAL_SECTIONS, ...GROUP_SECTIONS]) {
      const link = screen.getByRole('link', { name: new RegExp(`^${nlInfo.sections[id].title}`) });
      expect(link.getAttribute('href')).toBe(`/info/${id}`);
    }
    expect(screen.getByRole('link', { name: /^Wie helpt je\?/ }).getAttribute('href')).toBe('/info/hulp');
    expect(screen.getByRole('link', { name: /^Woorden/ }).getAttribute('href')).toBe('/info/woorden');
    expect(screen.getByRole('link', { name: /^Activiteiten/ }).getAttribute('href')).toBe('/info/activiteiten');
    expect(screen.getByRole('link', { name: /^Hulp en noodnummers/ }).getAttribute('href')).toBe('/info/nood');
    const groups = screen.getByRole('navigation', { name: 'Voor wie is dit?' });
    expect(groups.querySelectorAll('a')).toHaveLength(GROUP_SECTIONS.length);
  });

  it('calls 112 in one tap', () => {
    renderAt('/info', <InfoIndexScreen />);
    expect(screen.getByRole('link', { name: 'Nood? Bel 112' }).getAttribute('href')).toBe('tel:112');
  });

  it('names the municipality it serves', () => {
    renderAt('/info', <InfoIndexScreen />, 'zevenaar');
    expect(screen.getByText(/Alles over je eerste tijd in Zevenaar/)).toBeTruthy();
  });
});
