import i18next from 'i18next';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { APP_LANGUAGE_CODES, RTL_LANGUAGES, activationUrl, appLanguageOf } from '../../domain/appLanguage';
import { applyActivationLanguage, changeLanguage, initI18n, initialLanguage } from './i18n';
import { LANGUAGES } from './languages';

function openAt(url: string): void {
  window.history.replaceState(null, '', url);
}

describe('the language after an activation', () => {
  beforeAll(async () => {
    await initI18n('nl');
  });
  beforeEach(() => {
    localStorage.clear();
    openAt('/');
  });

  it('is the dossier’s language from the link on the inburgeraar’s phone, after a reload too', async () => {
    openAt('/activate?lang=ti');
    await applyActivationLanguage('inburgeraar');
    expect(i18next.language).toBe('ti');
    openAt('/');
    expect(initialLanguage()).toBe('ti');
  });

  it('is the language picked on this phone, whatever the link says', async () => {
    await changeLanguage('nl');
    openAt('/activate?lang=ti');
    await applyActivationLanguage('inburgeraar');
    expect(i18next.language).toBe('nl');
    openAt('/');
    expect(initialLanguage()).toBe('nl');
  });

  it('is the helper’s own phone language on a taalmaatje’s or staff phone, not the household’s', async () => {
    openAt('/activate?lang=ti');
    await applyActivationLanguage('inburgeraar');
    // The same phone now becomes a taalmaatje's (a share link carries no language): the household's language goes.
    openAt('/activate');
    await applyActivationLanguage('helper');
    expect(i18next.language).not.toBe('ti');
    openAt('/');
    expect(initialLanguage()).toBe(i18next.language);
    // A `?lang=` a person put on a staff link holds for that page, and is not kept.
    openAt('/activate?lang=ar');
    await applyActivationLanguage('staff');
    expect(i18next.language).toBe('ar');
    openAt('/');
    expect(['ti', 'ar']).not.toContain(initialLanguage());
  });
});

describe('activation links', () => {
  it('know the same twelve languages as the app, and which are right to left', () => {
    expect([...APP_LANGUAGE_CODES].sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
    expect([...RTL_LANGUAGES].sort()).toEqual(LANGUAGES.filter((l) => l.dir === 'rtl').map((l) => l.code).sort());
  });

  it('carry the app language of the dossier, and the code in the fragment', () => {
    expect(activationUrl('https://x.nl', 'ABCD', 'ar')).toBe('https://x.nl/activate?lang=ar#ABCD');
    expect(activationUrl('https://x.nl', 'ABCD', 'ti-ER')).toBe('https://x.nl/activate?lang=ti#ABCD');
    expect(activationUrl('https://x.nl', 'ABCD', 'de')).toBe('https://x.nl/activate#ABCD');
    expect(activationUrl('https://x.nl', 'ABCD', null)).toBe('https://x.nl/activate#ABCD');
    expect(appLanguageOf('fa-AF')).toBe('prs');
    expect(appLanguageOf('fa')).toBe('fa');
  });
});
