import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAxeClean } from './axe';
import { AppServer, launchPhone, type Phone } from './harness';

// The public informatiemap on a phone that is not activated, at 390×844, in Dutch and Arabic, for
// Rijswijk and for Zevenaar: nothing sticks out sideways, Zevenaar shows no word of Rijswijk, and
// no Zevenaar page has an axe-core (WCAG 2.2 AA) violation (Rijswijk's: info-languages.test.ts), and every page is saved as a PNG in .screenshots/ for people to look at.

const OUT = path.resolve(import.meta.dirname, '../../.screenshots');
const SECTIONS = ['welkom', 'inburgering', 'taal', 'werk', 'geld', 'wonen', 'gezondheid', 'school', 'oekraine', 'azc', 'gezinsmigranten'];
const PAGES = ['/info', ...SECTIONS.map((s) => `/info/${s}`), '/info/hulp', '/info/woorden', '/info/brieven/pip', '/info/nood'];

async function noSidewaysScroll(page: Page): Promise<void> {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  // In right-to-left text an overflow goes out on the left, where it makes no scrollbar: look at
  // every element of the page itself.
  const outside = await page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.left < -1 || r.right > window.innerWidth + 1);
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').slice(0, 40)}`),
  );
  expect(outside).toEqual([]);
}

const name = (gemeente: string, p: string, lang: string) => `info-${gemeente}-${p.replace(/^\/info\/?/, '') || 'index'}-${lang}`;

describe.each(['rijswijk', 'zevenaar'])('informatiemap of %s at phone size', (gemeente) => {
  const server = new AppServer();
  let phone: Phone;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    await server.start({ GEMEENTE: gemeente });
    phone = await launchPhone(server.origin);
    page = phone.context.pages()[0] ?? (await phone.context.newPage());
  });

  afterAll(async () => {
    await phone?.close();
    await server.dispose();
  });

  it.each(['nl', 'ar'])('every page in %s', { timeout: 240_000 }, async (lang) => {
    for (const p of PAGES) {
      await page.goto(`${p}?lang=${lang}`);
      await page.locator('h1').first().waitFor();
      await noSidewaysScroll(page);
      if (gemeente === 'zevenaar') expect(await page.locator('body').innerText(), p).not.toContain('Rijswijk');
      // Rijswijk's pages get axe-core in all twelve languages in info-languages.test.ts.
      if (gemeente === 'zevenaar') await expectAxeClean(page, `${p} in ${lang}`);
      await page.screenshot({ path: `${OUT}/${name(gemeente, p, lang)}.png`, fullPage: true });
    }
  });

  it('opens the answer to a topic', async () => {
    await page.goto('/info/hulp?lang=nl');
    await page.getByRole('button', { name: 'Geld en rekeningen' }).click();
    await page.getByRole('region', { name: 'Geld en rekeningen' }).scrollIntoViewIfNeeded();
    await noSidewaysScroll(page);
    await page.screenshot({ path: `${OUT}/${name(gemeente, '/info/hulp-geld', 'nl')}.png` });
  });

  it('is reachable from the welcome screen of a phone that is not activated', async () => {
    await page.goto('/?lang=nl');
    await page.getByRole('link', { name: /Lees de informatie/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Informatie' }).waitFor();
  });

  it('made no request to any other host', () => {
    expect(phone.foreignRequests).toEqual([]);
  });
});
