import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/app/i18n/languages';
import { SECTIONS } from '../../src/app/screens/info/sections';
import { expectAxeClean } from './axe';
import { AppServer, launchPhone, type Phone } from './harness';

// The informatiemap's promise in each of the twelve languages, on a phone of its own that has never
// seen the app: choose the language, read every page online (moving within the app, as a person
// does), and every page has the right `<html lang dir>`, zero axe-core violations (WCAG 2.2 AA) and
// touch targets of at least 44×44 px. Then the server is gone and the phone offline: every page
// opens again, in that language, with the same text as online. No request ever goes to another host.

const PAGES = ['/info', ...Object.keys(SECTIONS).map((s) => `/info/${s}`), '/info/hulp', '/info/woorden', '/info/brieven', '/info/nood'];
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

/** Waits until the page at `path` shows, with a title other than `before`. */
async function shows(page: Page, origin: string, path: string, before: string | null): Promise<void> {
  await page.waitForURL(`${origin}${path}`);
  await page.waitForFunction((b) => {
    const now = document.querySelector('.info-page h1')?.textContent ?? null;
    return now !== null && now !== b;
  }, before);
}

const title = (page: Page) => page.evaluate(() => document.querySelector('.info-page h1')?.textContent ?? null);

/** Taps the app's own link to `path` (no page load). */
async function tap(page: Page, origin: string, path: string): Promise<void> {
  const before = await title(page);
  await page.locator(`main a[href="${path}"]`).first().click();
  await shows(page, origin, path, before);
}

/** Goes to `path` within the app, as its links do (history.pushState, which the router follows). */
async function goWithinApp(page: Page, origin: string, path: string): Promise<void> {
  const before = await title(page);
  await page.evaluate((p) => history.pushState(null, '', p), path);
  await shows(page, origin, path, before);
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

    // The index has a tile for every page. The first is tapped; then page to page within the app,
    // which is what keeps this test short.
    for (const path of PAGES.slice(1)) expect(await page.locator(`main a[href="${path}"]`).count(), path).toBeGreaterThan(0);
    for (const path of PAGES) {
      if (path === PAGES[1]) await tap(page, server.origin, path);
      else if (path !== '/info') await goWithinApp(page, server.origin, path);
      expect(await htmlLangDir(page), path).toEqual([code, dir]);
      await expectAxeClean(page, `${path} in ${code}`);
      expect(await smallTargets(page), `${path} in ${code}`).toEqual([]);
      texts.set(path, await pageText(page));
    }

    // The texts are kept by the app in Cache Storage, not only by the browser's HTTP cache (which
    // would also pass the offline test below, but which a phone may clear at any time).
    const textChunks = () =>
      page.evaluate(async () => {
        const loaded = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/assets/locale-'));
        const missing = [];
        for (const p of loaded) if (!(await caches.match(p))) missing.push(p);
        return { loaded: loaded.length, missing };
      });
    expect((await textChunks()).loaded).toBeGreaterThan(0);
    await expect.poll(async () => (await textChunks()).missing, { timeout: 15_000 }).toEqual([]);
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
