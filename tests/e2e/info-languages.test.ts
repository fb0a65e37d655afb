import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/app/i18n/languages';
import { SECTIONS } from '../../src/app/screens/info/sections';
import { axeViolations } from './axe';
import { AppServer, launchPhone, type Phone } from './harness';

// The informatiemap's promise in each of the twelve languages, on a phone of its own that has never
// seen the app: choose the language, read every page online (moving within the app, as a person
// does), and every page has the right `<html lang dir>`, zero axe-core violations (WCAG 2.2 AA) and
// touch targets of at least 44×44 px. Then the server is gone and the phone offline: every page
// opens again, in that language, with the same text as online. No request ever goes to another host.

const PAGES = ['/info', ...Object.keys(SECTIONS).map((s) => `/info/${s}`), '/info/hulp', '/info/woorden', '/info/nood'];
const MIN_TARGET = 44;

/** Interactive elements smaller than 44×44 px, described so a failure says which. */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const interactive = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll<HTMLElement>(interactive)]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        const visible = r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
        return visible && (r.width < min - 0.5 || r.height < min - 0.5);
      })
      .map((el) => {
        const r = el.getBoundingClientRect();
        return `${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.width)}×${Math.round(r.height)}: ${(el.textContent ?? '').trim().slice(0, 30)}`;
      });
  }, MIN_TARGET);
}

async function htmlLangDir(page: Page): Promise<string[]> {
  return page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
}

/** The text of the page that is showing (not the header and not the banners around it). */
async function pageText(page: Page): Promise<string> {
  return page.locator('.info-page').innerText();
}

/** Taps the informatiemap's own link to `path` (no page load) and waits until that page shows. */
async function tap(page: Page, origin: string, path: string): Promise<void> {
  const before = await page.evaluate(() => document.querySelector('.info-page h1')?.textContent ?? null);
  await page.locator(`main a[href="${path}"]`).first().click();
  await page.waitForURL(`${origin}${path}`);
  await page.waitForFunction((b) => {
    const now = document.querySelector('.info-page h1')?.textContent ?? null;
    return now !== null && now !== b;
  }, before);
}

describe('the informatiemap in every language, online and offline', () => {
  const server = new AppServer();
  /** One phone per language, kept open while the server goes away. */
  const phones = new Map<string, { phone: Phone; page: Page; texts: Map<string, string> }>();

  beforeAll(async () => {
    await server.start();
  });

  afterAll(async () => {
    for (const { phone } of phones.values()) await phone.close();
    await server.dispose();
  });

  it.each(LANGUAGES.map((l) => [l.code, l.nativeName, l.dir]))('%s online: lang and dir, axe, touch targets', { timeout: 120_000 }, async (code, nativeName, dir) => {
    const phone = await launchPhone(server.origin);
    const page = phone.context.pages()[0] ?? (await phone.context.newPage());
    const texts = new Map<string, string>();
    phones.set(code, { phone, page, texts });

    // First visit ever: choose the language in the picker (which keeps the choice), then open the map.
    await page.goto('/language');
    await page.getByRole('button', { name: nativeName, exact: true }).click();
    await page.waitForURL(`${server.origin}/`);
    await tap(page, server.origin, '/info');

    for (const path of PAGES) {
      // From the index by its tile, and back by the page's own link.
      if (path !== '/info') await tap(page, server.origin, path);
      expect(await htmlLangDir(page), path).toEqual([code, dir]);
      expect(await axeViolations(page), `${path} in ${code}`).toEqual([]);
      expect(await smallTargets(page), `${path} in ${code}`).toEqual([]);
      texts.set(path, await pageText(page));
      if (path !== '/info') await tap(page, server.origin, '/info');
    }
  });

  it('loses the server', async () => {
    await server.kill();
  });

  it.each(LANGUAGES.map((l) => [l.code, l.dir]))('%s offline: every page opens again in that language', { timeout: 60_000 }, async (code, dir) => {
    const entry = phones.get(code);
    if (!entry) throw new Error(`no phone for ${code}`);
    const { phone, page, texts } = entry;
    await phone.context.setOffline(true);
    for (const path of PAGES) {
      await page.goto(path);
      await page.locator('.info-page h1').first().waitFor();
      expect(await htmlLangDir(page), path).toEqual([code, dir]);
      expect(await pageText(page), `${path} in ${code}, offline`).toBe(texts.get(path));
    }
    expect(phone.foreignRequests).toEqual([]);
  });
});
