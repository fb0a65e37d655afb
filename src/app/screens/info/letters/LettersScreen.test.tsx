import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import { cleanupGemeente, renderAt } from '../../../../../tests/support/renderAt';
import nlLetters from '../../../../../locales/nl/letters.json';
import tiLetters from '../../../../../locales/ti/letters.json';
import { changeLanguage, initI18n } from '../../../i18n/i18n';
import { LETTERS } from './letters';
import { LettersScreen } from './LettersScreen';

const at = (path: string, gemeente?: string) =>
  renderAt(
    path,
    <Route path="/info/brieven/:letter?">
      <LettersScreen />
    </Route>,
    gemeente,
  );

// Role queries over a whole page are slow in jsdom on a busy machine.
describe('Brieven uitgelegd', { timeout: 20_000 }, () => {
  beforeAll(async () => {
    await initI18n('nl');
  });
  afterEach(async () => {
    cleanupGemeente();
    await i18next.changeLanguage('nl');
  });

  it('offers five sample letters, each with three to six marked parts that have texts', () => {
    expect(LETTERS).toHaveLength(5);
    for (const letter of LETTERS) {
      const spots = letter.lines('Rijswijk').flatMap((line) => ('spot' in line ? [line.spot] : []));
      expect(spots.length, letter.id).toBeGreaterThanOrEqual(3);
      expect(spots.length, letter.id).toBeLessThanOrEqual(6);
      expect(new Set(spots).size, letter.id).toBe(spots.length);
      const texts: Record<string, string> = nlLetters.letter[letter.id];
      for (const spot of spots) expect(texts[spot], `${letter.id}.${spot}`).toBeTruthy();
      // Every text of the letter's own explanations is used by a marked part (none left over).
      expect(Object.keys(texts).filter((k) => k !== 'title').sort()).toEqual([...spots].sort());
    }
  });

  it('writes a made-up person on every letter, in the municipality of this app', () => {
    for (const letter of LETTERS) {
      const text = letter.lines('Zevenaar').map((l) => l.text).join('\n');
      expect(text).toContain('J. Voorbeeld');
      expect(text).toContain('Zevenaar');
      expect(text).not.toContain('Rijswijk');
    }
  });

  it('lists the letters as links', () => {
    at('/info/brieven');
    expect(screen.getByRole('heading', { level: 1, name: 'Brieven uitgelegd' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Kies een brief' });
    expect(within(nav).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(LETTERS.map((l) => `/info/brieven/${l.id}`));
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('explains a marked part in the reader’s language when tapped; the letter stays Dutch', async () => {
    const user = userEvent.setup();
    await changeLanguage('ti');
    at('/info/brieven/pip');
    const letter = screen.getByRole('article', { name: tiLetters.letter.pip.title });
    const paper = letter.querySelector('.sample-letter__paper');
    expect(paper?.getAttribute('lang')).toBe('nl');
    expect(paper?.getAttribute('dir')).toBe('ltr');
    const objection = within(letter).getByRole('button', { name: /binnen 6 weken/ });
    expect(objection.getAttribute('aria-expanded')).toBe('false');
    await user.click(objection);
    expect(objection.getAttribute('aria-expanded')).toBe('true');
    const explained = within(letter).getByRole('region', { name: tiLetters.spot.deadline });
    expect(explained.textContent).toContain(tiLetters.letter.pip.deadline);
    expect(explained.closest('[lang]')?.getAttribute('lang')).toBe('ti');
    // Tapping again closes it; tapping another part opens that one instead.
    await user.click(within(letter).getByRole('button', { name: /Zaaknummer/ }));
    expect(within(letter).queryByRole('region', { name: tiLetters.spot.deadline })).toBeNull();
    expect(within(letter).getByRole('region', { name: tiLetters.spot.reference })).toBeTruthy();
  });

  it('on a phone that is not activated, says where to find help instead of a question form', () => {
    at('/info/brieven/duo');
    const ask = screen.getByRole('region', { name: 'Een brief die je niet snapt?' });
    expect(within(ask).getByRole('link', { name: /Wie helpt je/ }).getAttribute('href')).toBe('/info/hulp');
    expect(within(ask).queryByRole('link', { name: /Ik heb een brief/ })).toBeNull();
  });
});
