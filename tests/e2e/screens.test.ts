import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDossiers } from '../../src/server/demo';
import { rijswijk } from '../../src/gemeenten/rijswijk';
import { zevenaar } from '../../src/gemeenten/zevenaar';
import { AppServer, launchPhone, type Phone } from './harness';
import { expectThemeOf } from './theme';

// Every screen at phone size (390×844) in Dutch, Arabic and Tigrinya (no date data in Chromium): nothing may stick out sideways, and
// each screen is saved as a PNG in .screenshots/ for people to look at.

const OUT = path.resolve(import.meta.dirname, '../../.screenshots');
const SCREENS = [
  { name: 'home', path: '/' },
  { name: 'agenda', path: '/agenda' },
  { name: 'traject', path: '/traject' },
  { name: 'mensen', path: '/mensen' },
  { name: 'geld', path: '/geld' },
  { name: 'geregeld', path: '/geregeld' },
  { name: 'vraag', path: '/vraag' },
  { name: 'language', path: '/language' },
];

async function noSidewaysScroll(page: Page): Promise<void> {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

describe('screens at phone size', () => {
  const server = new AppServer();
  let phone: Phone;
  let page: Page;
  let activated = false;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    await server.start();
    const amal = demoDossiers(new Date()).find((d) => d.id === 'rw-demo-amal');
    if (!amal) throw new Error('demo dossier rw-demo-amal is missing');
    await server.importDossier(amal);
    phone = await launchPhone(server.origin);
    page = phone.context.pages()[0] ?? (await phone.context.newPage());
  });

  afterAll(async () => {
    await phone?.close();
    await server.dispose();
  });

  it('draws the NL Design System components in Rijswijk’s design-token theme, not Zevenaar’s', async () => {
    await expectThemeOf(page, rijswijk, zevenaar);
  });

  it.each(['nl', 'ar', 'ti'])('welcome screen in %s', async (lang) => {
    await page.goto(`/?lang=${lang}`);
    await page.locator('h1').waitFor();
    await noSidewaysScroll(page);
    await page.screenshot({ path: `${OUT}/welcome-${lang}.png`, fullPage: true });
  });

  it.each(['nl', 'ar', 'ti'])('personal screens in %s', async (lang) => {
    if (!activated) {
      await page.goto(await server.activationUrl('rw-demo-amal'));
      await page.locator('.sync-status').waitFor();
      activated = true;
    }
    for (const screen of SCREENS) {
      await page.goto(`${screen.path}?lang=${lang}`);
      await page.locator('h1').waitFor();
      await page.locator('.sync-status').waitFor();
      await noSidewaysScroll(page);
      await page.screenshot({ path: `${OUT}/${screen.name}-${lang}.png`, fullPage: screen.name !== 'agenda' });
    }
    await page.goto(`/agenda?lang=${lang}`);
    await page.getByRole('article').first().getByRole('button').nth(1).click();
    await page.locator('form.not-coming').waitFor();
    await noSidewaysScroll(page);
    await page.screenshot({ path: `${OUT}/agenda-not-coming-${lang}.png` });
  });
});
