import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/app/i18n/languages';
import { demoDossiers } from '../../src/server/demo';
import { expectAxeClean } from './axe';
import { AppServer, launchPhone, type Phone } from './harness';

// WCAG 2.2 AA as far as a machine can tell: every screen, in every language, has zero axe-core
// violations (tags wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa), and `<html lang dir>` is right.

const PUBLIC_PATHS = ['/', '/language'];
const PERSONAL_PATHS = ['/', '/agenda', '/traject', '/mensen', '/geld', '/geregeld', '/vraag'];

async function check(page: Page, path: string, lang: string, dir: string) {
  await page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
  await page.locator('h1').first().waitFor();
  expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, dir]);
  await expectAxeClean(page, `${path} in ${lang}`);
}

describe('accessibility of every screen in every language', () => {
  const server = new AppServer();
  let phone: Phone;
  let page: Page;

  beforeAll(async () => {
    await server.start();
    for (const d of demoDossiers(new Date())) await server.importDossier(d);
    phone = await launchPhone(server.origin);
    page = phone.context.pages()[0] ?? (await phone.context.newPage());
  });

  afterAll(async () => {
    await phone?.close();
    await server.dispose();
  });

  it.each(LANGUAGES.map((l) => [l.code, l.dir]))('public screens in %s', async (lang, dir) => {
    for (const path of PUBLIC_PATHS) await check(page, path, lang, dir);
  });

  it('activates the phone for the personal screens', async () => {
    await page.goto(await server.activationUrl('rw-demo-amal'));
    await page.locator('.sync-status').waitFor();
  });

  it.each(LANGUAGES.map((l) => [l.code, l.dir]))('personal screens in %s', async (lang, dir) => {
    for (const path of PERSONAL_PATHS) await check(page, path, lang, dir);
  });

  it('made no request to any other host', () => {
    expect(phone.foreignRequests).toEqual([]);
  });
});
