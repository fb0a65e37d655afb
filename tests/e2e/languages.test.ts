import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import arActivate from '../../locales/ar/activate.json';
import arCommon from '../../locales/ar/common.json';
import nlCommon from '../../locales/nl/common.json';
import tiHome from '../../locales/ti/home.json';
import { aDossier } from '../support/builders';
import { AppServer, launchPhone, type Phone } from './harness';

// Languages in a real browser: `?lang=` in any URL, the picker in each language's own script,
// right-to-left Arabic, and the choice kept for the next visit, also offline.

describe('languages, end to end', () => {
  const server = new AppServer();
  let phone: Phone;

  beforeAll(async () => {
    await server.start();
    await server.importDossier(aDossier({ id: 'rw-e2e-lang', firstName: 'Amal' }));
    await server.importDossier(aDossier({ id: 'rw-e2e-yonas', firstName: 'Yonas', language: 'ti' }));
    phone = await launchPhone(server.origin);
  });

  afterAll(async () => {
    await phone?.close();
    await server.dispose();
  });

  it('opens in Arabic, right to left, with ?lang=ar', async () => {
    const page = await phone.context.newPage();
    await page.goto('/?lang=ar');
    await page.getByRole('heading', { level: 1, name: arActivate.title }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    // No native speaker has checked the Arabic yet, and the app says so, in Arabic: in full once,
    // then folded to a small marker that opens it again, also after a reload.
    await page.getByText(arCommon.translationNotice).waitFor();
    await page.getByRole('button', { name: arCommon.translationCheck.ok }).click();
    const marker = page.locator('.translation-notice--folded > summary', { hasText: arCommon.translationCheck.marker });
    await marker.waitFor();
    expect(await page.getByText(arCommon.translationNotice).isVisible()).toBe(false);
    await page.goto('/info?lang=ar');
    await marker.waitFor();
    expect(await page.getByText(arCommon.translationNotice).isVisible()).toBe(false);
    await marker.click();
    await page.getByText(arCommon.translationNotice).waitFor();
    // Logical CSS: in right-to-left the language button sits at the left edge.
    const box = await page.locator('.topbar__language').boundingBox();
    expect(box && box.x < 390 / 2).toBe(true);
    await page.close();
  });

  it('shows every language in its own script and keeps the choice', async () => {
    const page = await phone.context.newPage();
    await page.goto('/language?lang=nl');
    for (const name of ['Nederlands', 'English', 'العربية']) {
      await page.getByRole('button', { name }).waitFor();
    }
    expect(await page.getByText(nlCommon.translationNotice).count()).toBe(0);
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForURL(`${server.origin}/`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await page.goto('/');
    await page.getByRole('link', { name: /English/ }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr']);
    await page.close();
  });

  it('opens a Tigrinya dossier in Tigrinya from its link, keeps it, and writes dates with Tigrinya names and a 24-hour clock', async () => {
    // A phone of its own: nobody picked a language on it.
    const yonas = await launchPhone(server.origin);
    try {
      const page = await yonas.context.newPage();
      const link = await server.activationUrl('rw-e2e-yonas', { asHandedOut: true });
      expect(new URL(link).searchParams.get('lang')).toBe('ti');
      await page.goto(link);
      await page.getByRole('heading', { name: tiHome.next.title }).waitFor();
      await page.goto('/');
      await page.getByRole('heading', { name: tiHome.next.title }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('ti');
      // Chromium has no Tigrinya date data: the app brings CLDR's, so no Dutch or English names.
      expect(await page.evaluate(() => Intl.DateTimeFormat.supportedLocalesOf(['ti']))).toEqual([]);
      const when = await page.locator('.next-appointment__when').innerText();
      expect(when).toMatch(/[\u1200-\u137f]/);
      expect(when).not.toMatch(/maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday/);
      expect(when).toMatch(/\b([01]\d|2[0-3]):[0-5]\d\b/);
      await page.close();
    } finally {
      await yonas.close();
    }
  });

  it('made no request to any other host', () => {
    expect(phone.foreignRequests).toEqual([]);
  });
});
