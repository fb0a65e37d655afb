import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nlActivate from '../../locales/nl/activate.json';
import { rijswijk } from '../../src/gemeenten/rijswijk';
import { AppServer, launchPhone, type Phone } from './harness';

// The welcome screen is in index.html as HTML (src/prerender.tsx), so a first visit paints it
// before any JavaScript has run; the page's inline check (src/domain/firstPaint.ts) keeps it only
// where the app will show it, and React takes it over without building it anew (hydration).

/** What #root held when the HTML was parsed and the inline check had run, before any module script. */
async function rootWhenParsed(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      const w = window as unknown as { __parsedRoot?: string; __parsedH1?: Element | null };
      w.__parsedRoot = document.getElementById('root')?.textContent ?? '';
      w.__parsedH1 = document.querySelector('#root h1');
    });
  });
}

const parsedRoot = (page: Page) => page.evaluate(() => (window as unknown as { __parsedRoot?: string }).__parsedRoot);

describe('first paint without waiting for JavaScript', () => {
  const server = new AppServer();
  let phone: Phone;

  beforeAll(async () => {
    await server.start({ DEMO: '1' });
    phone = await launchPhone(server.origin);
  });

  afterAll(async () => {
    await phone?.close();
    await server.dispose();
  });

  it('shows the welcome screen in Dutch and in the municipality’s colours with no script loaded', async () => {
    const page = await phone.context.newPage();
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto('/');
    await expect(page.locator('h1').innerText()).resolves.toBe(nlActivate.title);
    await page.getByText(nlActivate.howTo).waitFor();
    const submit = page.locator('button[type="submit"]');
    const hex = rijswijk.colors.primary.replace('#', '').match(/../g)?.map((h) => parseInt(h, 16)) ?? [];
    expect(await submit.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe(`rgb(${hex.join(', ')})`);
    // No BarcodeDetector in this browser: the scan button is in the HTML, but not shown.
    expect(await page.locator('.scan-start').isVisible()).toBe(false);
    await page.close();
  });

  it('takes the prerendered screen over as it is (hydration), with nothing reported in the console', async () => {
    const page = await phone.context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await rootWhenParsed(page);
    await page.goto('/');
    expect(await parsedRoot(page)).toContain(nlActivate.title);
    // Typing works only once React runs the form: then the heading is still the parsed one.
    await page.locator('#activation-code').fill('ABCD');
    await expect(page.locator('#activation-code').inputValue()).resolves.toBe('ABCD');
    expect(await page.evaluate(() => (window as unknown as { __parsedH1?: Element | null }).__parsedH1 === document.querySelector('#root h1'))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fetches the app’s scripts only after the welcome screen is painted, and stores nothing on a first visit', async () => {
    const page = await phone.context.newPage();
    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The check's scripts begin after the first contentful paint (src/domain/firstPaint.ts).
    const timing = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      scripts: performance
        .getEntriesByType('resource')
        .filter((entry) => /\/assets\/.+\.js$/.test(entry.name))
        .map((entry) => entry.startTime),
    }));
    expect(timing.scripts.length).toBeGreaterThan(0);
    expect(Math.min(...timing.scripts)).toBeGreaterThanOrEqual(timing.paint);
    // Nothing was ever stored here: the data layer has nothing to read, and creates no database.
    await page.waitForTimeout(1000);
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name))).toEqual([]);
    // A code typed on that screen activates the phone, and the app then syncs as on any start.
    const { hash } = new URL(await server.activationUrl('rw-demo-amal'));
    await page.locator('#activation-code').fill(hash.slice(1));
    await page.locator('button[type="submit"]').click();
    await page.locator('.sync-status').waitFor();
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name))).toContain('thuis');
    await page.close();
  });

  it('keeps #root empty before the first paint in another language', async () => {
    const page = await phone.context.newPage();
    await rootWhenParsed(page);
    await page.goto('/?lang=en');
    await page.locator('h1').waitFor();
    expect(await parsedRoot(page)).toBe('');
    expect(await page.locator('h1').innerText()).not.toBe(nlActivate.title);
    await page.close();
  });

  it('never shows the welcome screen on an activated phone, online or offline', async () => {
    const page = await phone.context.newPage();
    await page.goto(await server.activationUrl('rw-demo-amal'));
    await page.locator('.sync-status').waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await rootWhenParsed(page);
    await page.goto('/');
    await page.locator('.sync-status').waitFor();
    expect(await parsedRoot(page)).toBe('');
    await server.kill();
    await phone.context.setOffline(true);
    await page.reload();
    await page.locator('.sync-status').waitFor();
    expect(await parsedRoot(page)).toBe('');
    await phone.context.setOffline(false);
    await page.close();
  });
});
