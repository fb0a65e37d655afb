import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAxeClean } from './axe';
import { AppServer, launchPhone, type Phone } from './harness';

// The informatiemap search (issue 16) in a real browser, the way an Arabic reader meets it: the
// phone has seen the informatiemap once, then the server is gone and the phone offline. A search
// typed without the hamza ("الايجار") still finds the section about the rent contract ("الإيجار"),
// and its link opens that page at that section, with the focus on it. A Dutch word that only the
// Dutch text has is found too, and shown as Dutch (lang="nl"). Every state is axe clean.

const SEARCH_FIELD = 'ابحث في المعلومات';

/** The search's field and links smaller than 44×44 px (WCAG 2.5.8 and our own rule). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.info-search a[href], .info-search input')].flatMap((el) => {
      const r = el.getBoundingClientRect();
      return r.width < 43.5 || r.height < 43.5 ? [`${el.tagName} ${Math.round(r.width)}×${Math.round(r.height)}`] : [];
    }),
  );
}

async function search(page: Page, query: string): Promise<void> {
  const field = page.getByRole('searchbox', { name: SEARCH_FIELD });
  await field.fill(query);
  await page.getByRole('list', { name: 'ما وجدته' }).waitFor();
}

describe('informatiemap search, offline, in Arabic', () => {
  const server = new AppServer();
  let phone: Phone;
  let page: Page;

  beforeAll(async () => {
    await server.start();
    phone = await launchPhone(server.origin);
    page = phone.context.pages()[0] ?? (await phone.context.newPage());
  });

  afterAll(async () => {
    await phone?.close();
    await server.dispose();
  });

  it('first visit online: Arabic chosen, the informatiemap seen and kept', { timeout: 90_000 }, async () => {
    await page.goto('/language');
    await page.getByRole('button', { name: 'العربية', exact: true }).click();
    await page.waitForURL(`${server.origin}/`);
    await page.locator('main a[href="/info"]').first().click();
    await page.getByRole('searchbox', { name: SEARCH_FIELD }).waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The texts this visit loaded are kept by the app itself (keepLanguageOffline).
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const loaded = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/assets/locale-ar-'));
            const kept = await Promise.all(loaded.map(async (p) => Boolean(await caches.match(p))));
            return loaded.length > 0 && kept.every(Boolean);
          }),
        { timeout: 15_000 },
      )
      .toBe(true);
  });

  it('offline: a search with a letter variant finds the section, and its link opens the page there', { timeout: 90_000 }, async () => {
    await server.kill();
    await phone.context.setOffline(true);
    await page.reload();
    // The page's own <html lang> is Dutch until the app has read the chosen language from the phone.
    await page.waitForFunction(() => document.documentElement.lang === 'ar', null, { timeout: 15_000 });
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);

    await search(page, 'الايجار');
    const hit = page.locator('a.search-hit[href="/info/wonen#huur"]');
    await hit.waitFor();
    expect(await hit.innerText()).toContain('الإيجار');
    await expectAxeClean(page, 'search results in ar, offline');
    expect(await smallTargets(page)).toEqual([]);

    await hit.click();
    await page.waitForURL(`${server.origin}/info/wonen#huur`);
    await page.waitForFunction(() => document.activeElement?.id === 'huur');
    const place = await page.evaluate(() => ({ top: document.getElementById('huur')?.getBoundingClientRect().top ?? -1, scrolled: document.documentElement.scrollTop }));
    expect(place.scrolled).toBeGreaterThan(0);
    expect(place.top).toBeGreaterThanOrEqual(0);
    expect(place.top).toBeLessThan(200);
    await expectAxeClean(page, '/info/wonen#huur in ar, offline');

    // Back to the index: the same words, the same list.
    await page.goBack();
    await page.locator('a.search-hit[href="/info/wonen#huur"]').waitFor();
    expect(await page.getByRole('searchbox', { name: SEARCH_FIELD }).inputValue()).toBe('الايجار');
  });

  it('offline: a Dutch word only the Dutch text has is found, and shown with lang="nl"', { timeout: 60_000 }, async () => {
    await search(page, 'ziekenhuis');
    const snippet = page.locator('a.search-hit[href="/info/gezondheid#huisarts"] .search-hit__snippet');
    await snippet.waitFor();
    expect(await snippet.getAttribute('lang')).toBe('nl');
    expect(await snippet.innerText()).toContain('ziekenhuis');
    await expectAxeClean(page, 'Dutch hit in ar, offline');
  });

  it('offline: nothing found says so and offers who helps and the words', { timeout: 60_000 }, async () => {
    await page.getByRole('searchbox', { name: SEARCH_FIELD }).fill('xyzzyqq');
    await page.getByRole('status').filter({ hasText: 'لم نجد شيئاً.' }).waitFor();
    expect(await page.locator('main a[href="/info/hulp#vraag"]').count()).toBe(1);
    expect(await page.locator('main a[href="/info/woorden"]').count()).toBeGreaterThan(0);
    await expectAxeClean(page, 'nothing found in ar, offline');
    expect(await smallTargets(page)).toEqual([]);
    expect(phone.foreignRequests).toEqual([]);
  });

  it('offline: results fit a 320 px screen with text at 200%, right to left (WCAG 1.4.4, 1.4.10)', { timeout: 60_000 }, async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    const cdp = await phone.context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    await search(page, 'ziekenhuis');
    const overflow = await page.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement;
      const outside = [...document.querySelectorAll('.info-search *')].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.left < -1 || r.right > root.clientWidth + 1);
      });
      return { sideways: root.scrollWidth > root.clientWidth, outside: outside.map((el) => el.className.toString()) };
    });
    expect(overflow).toEqual({ sideways: false, outside: [] });
    expect(await smallTargets(page)).toEqual([]);
  });
});
