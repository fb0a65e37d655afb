import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanupGemeente, renderAt } from '../../../../tests/support/renderAt';
import { initI18n } from '../../i18n/i18n';
import { GlossaryScreen } from './GlossaryScreen';

// Role queries over a whole page are slow in jsdom on a busy machine.
describe('glossary', { timeout: 20_000 }, () => {
  beforeAll(async () => {
    await initI18n('nl');
  });
  afterEach(async () => {
    cleanupGemeente();
    await i18next.changeLanguage('nl');
  });

  it('finds a word as it is written in a letter', async () => {
    const user = userEvent.setup();
    renderAt('/info/woorden', <GlossaryScreen />);
    await user.type(screen.getByRole('searchbox', { name: 'Zoek een woord' }), 'huurtoe');
    // The words' headings; the page's last heading asks for feedback ("Heeft dit geholpen?").
    const found = screen
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent)
      .filter((text) => text !== 'Heeft dit geholpen?');
    expect(found[0]).toBe('huurtoeslag');
    expect(found).not.toContain('zorgtoeslag');
    expect(screen.getByRole('status').textContent).toBe(`${found.length} woorden`);
  });

  it('finds an abbreviation by the words behind it', async () => {
    const user = userEvent.setup();
    renderAt('/info/woorden', <GlossaryScreen />);
    await user.type(screen.getByRole('searchbox', { name: 'Zoek een woord' }), 'burgerservice');
    expect(screen.getByRole('heading', { name: 'BSN' })).toBeTruthy();
  });

  it('says so when a word is not there', async () => {
    const user = userEvent.setup();
    renderAt('/info/woorden', <GlossaryScreen />);
    await user.type(screen.getByRole('searchbox', { name: 'Zoek een woord' }), 'xyzzy');
    expect(screen.getByRole('status').textContent).toContain('Dit woord staat er niet in.');
  });

  it("names the regie role of this municipality only", () => {
    renderAt('/info/woorden', <GlossaryScreen />, 'zevenaar');
    expect(screen.getByRole('heading', { name: 'casusregisseur' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'consulent inburgering' })).toBeNull();
  });

  it('always shows the Dutch word, with the explanation in the reader\'s language', async () => {
    await i18next.changeLanguage('en');
    const user = userEvent.setup();
    renderAt('/info/woorden', <GlossaryScreen />);
    const search = await screen.findByRole('searchbox', { name: 'Search for a word' });
    await user.type(search, 'family doctor');
    const word = screen.getByRole('heading', { name: 'huisarts' });
    expect(word.getAttribute('lang')).toBe('nl');
  });
});
