import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDossiers } from '../../src/server/demo';
import { AppServer, launchPhone, type Phone } from './harness';

// The other shapes of the personal screens, on the demo dossiers: Yonas (Z-route, an exemption,
// ontzorgen ended, a moved lesson) and Farida (family migrant: advice only, no ontzorgen, a step
// that is overdue). Each phone gets its own browser profile; screenshots go to .screenshots/.

const OUT = path.resolve(import.meta.dirname, '../../.screenshots');

async function noSidewaysScroll(page: Page): Promise<void> {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

async function shoot(page: Page, path: string, heading: string, name: string): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await noSidewaysScroll(page);
  await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: true });
}

describe('personal screens for a Z-route and a family migrant', () => {
  const server = new AppServer();
  const phones: Phone[] = [];

  async function phoneFor(dossierId: string): Promise<Page> {
    const phone = await launchPhone(server.origin);
    phones.push(phone);
    const page = phone.context.pages()[0] ?? (await phone.context.newPage());
    await page.goto(await server.activationUrl(dossierId));
    await page.locator('.sync-status').waitFor();
    return page;
  }

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    await server.start();
    for (const d of demoDossiers(new Date())) await server.importDossier(d);
  });

  afterAll(async () => {
    for (const phone of phones) await phone.close();
    await server.dispose();
  });

  it('Yonas: the Z-route with an exemption, ontzorgen that has ended, a moved lesson', async () => {
    const page = await phoneFor('rw-demo-yonas');
    await shoot(page, '/traject', 'Mijn traject', 'traject-z-nl');
    await page.getByRole('heading', { name: 'Z-route', exact: true }).waitFor();
    await page.getByRole('region', { name: 'Vrijstellingen' }).getByText('Examen KNM').waitFor();
    await page.getByRole('listitem', { name: 'Eindgesprek Z-route' }).waitFor();

    await shoot(page, '/geld', 'Mijn geld', 'geld-ended-nl');
    await page.getByRole('heading', { name: /^De gemeente betaalde tot / }).waitFor();
    await page.getByRole('heading', { name: 'Nu betaal je zelf' }).waitFor();

    await page.goto('/agenda');
    await page.getByText('Verplaatst').first().waitFor();
  });

  it('Farida: advice only, no ontzorgen, an overdue step', async () => {
    const page = await phoneFor('rw-demo-farida');
    await shoot(page, '/traject', 'Mijn traject', 'traject-gezinsmigrant-nl');
    await page.getByText('De gemeente geeft je advies.', { exact: true }).waitFor();
    await page.getByRole('region', { name: 'Let op: deze stap is te laat' }).waitFor();

    await shoot(page, '/geld', 'Mijn geld', 'geld-none-nl');
    await page.getByRole('heading', { name: 'Je regelt je geld zelf' }).waitFor();

    await page.goto('/traject?lang=ar');
    await page.getByRole('heading', { level: 1, name: 'مساري' }).waitFor();
    await noSidewaysScroll(page);
    await page.screenshot({ path: `${OUT}/traject-gezinsmigrant-ar.png`, fullPage: true });
  });
});
