import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nlActivate from '../../locales/nl/activate.json';
import { rijswijk } from '../../src/gemeenten/rijswijk';
import { zevenaar } from '../../src/gemeenten/zevenaar';
import { AppServer, launchPhone, type Phone } from './harness';
import { expectThemeOf } from './theme';

// The same build run as `GEMEENTE=zevenaar npm start` (demo data on): the installed app, the
// personal screens of a demo dossier and the informatiemap carry Zevenaar's name and roles, and
// no page shows a trace of Rijswijk.

const PERSONAL = ['/', '/agenda', '/traject', '/mensen', '/geld', '/geregeld', '/vraag', '/info', '/info/hulp', '/info/geld'];

describe('Thuis in Zevenaar', () => {
  const server = new AppServer();
  let phone: Phone;
  let page: Page;

  beforeAll(async () => {
    await server.start({ GEMEENTE: 'zevenaar', DEMO: '1' });
    phone = await launchPhone(server.origin);
    page = phone.context.pages()[0] ?? (await phone.context.newPage());
  });

  afterAll(async () => {
    await phone?.close();
    await server.dispose();
  });

  it('names the app and its manifest after Zevenaar', async () => {
    await page.goto('/?lang=nl');
    expect(await page.title()).toBe('Thuis in Zevenaar');
    const manifest = await page.evaluate(async () => (await fetch('/manifest.webmanifest')).json() as Promise<{ name: string }>);
    expect(manifest.name).toBe('Thuis in Zevenaar');
  });

  it('draws the NL Design System components in Zevenaar’s design-token theme, not Rijswijk’s', async () => {
    await expectThemeOf(page, zevenaar, rijswijk);
  });

  it('names the casusregisseur, never a consulent, on the welcome screen', async () => {
    await page.goto('/?lang=nl');
    await page.getByText(nlActivate.howTo_casusregisseur).waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(/\bconsulent\b/i);
    // In Zevenaar's colour (its theme class on <html>, from the first paint).
    const hex = zevenaar.colors.primary.replace('#', '').match(/../g)?.map((h) => parseInt(h, 16)) ?? [];
    expect(await page.locator('button[type="submit"]').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe(`rgb(${hex.join(', ')})`);
  });

  it('shows a demo dossier with Zevenaar’s casusregisseur and no word of Rijswijk on any screen', async () => {
    await page.goto(await server.activationUrl('ze-demo-amal'));
    await page.locator('.sync-status').waitFor();
    for (const path of PERSONAL) {
      await page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=nl`);
      await page.locator('h1').first().waitFor();
      const text = await page.locator('body').innerText();
      expect(text, path).not.toMatch(/rijswijk/i);
    }
    await page.goto('/mensen?lang=nl');
    await page.getByText(/casusregisseur/i).first().waitFor();
    // Home, Vraag and Deze telefoon name Zevenaar's role for the person who runs the traject.
    for (const path of ['/', '/vraag', '/telefoon']) {
      await page.goto(`${path}?lang=nl`);
      await page.locator('h1').first().waitFor();
      const text = await page.locator('body').innerText();
      expect(text, path).toMatch(/casusregisseur/);
      expect(text, path).not.toMatch(/\bconsulent\b/i);
    }
  });

  it('made no request to any other host', () => {
    expect(phone.foreignRequests).toEqual([]);
  });
});
