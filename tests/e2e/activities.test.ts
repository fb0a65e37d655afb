import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, amsterdamDate, nextWeekday } from '../../src/domain/amsterdamTime';
import { anActivityBody } from '../support/activityBuilders';
import { expectAxeClean } from './axe';
import { AppServer, goOffline, launchPhone, type Phone } from './harness';

// Local activities in the informatiemap, on a phone that never activated: chosen in Arabic, the
// list shows the Arabic translation where there is one and the Dutch title marked as Dutch where
// not; "add to my calendar" gives an .ics file; after the server is gone and the phone offline,
// the page opens again with the list it last fetched, and the calendar file still works.

const nextSaturday = nextWeekday(addDays(amsterdamDate(new Date()), 7), 6);

async function download(page: Page, button: ReturnType<Page['getByRole']>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('local activities, end to end', () => {
  const server = new AppServer();
  let phone: Phone;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    await server.start();
    const put = async (id: string, body: unknown) => expect((await server.admin('PUT', `/api/admin/activities/${id}`, body)).status).toBe(201);
    await put('taalcafe-bieb', anActivityBody());
    await put(
      'sportdag',
      anActivityBody({
        kind: 'sport',
        title_nl: 'Sportdag in het park',
        translations: undefined,
        weekly: undefined,
        start: `${nextSaturday}T11:00:00+01:00`,
        end: `${nextSaturday}T15:00:00+01:00`,
      }),
    );
    phone = await launchPhone(server.origin);
    context = phone.context;
    page = context.pages()[0] ?? (await context.newPage());
  });

  afterAll(async () => {
    await phone?.close();
    await server.dispose();
  });

  it('lists the activities in Arabic, by week, without logging in', { timeout: 90_000 }, async () => {
    await page.goto('/language');
    await page.getByRole('button', { name: 'العربية', exact: true }).click();
    await page.waitForURL(`${server.origin}/`);
    await page.locator('main a[href="/info"]').first().click();
    await page.locator('main a[href="/info/activiteiten"]').click();
    await page.getByRole('heading', { level: 1, name: 'الأنشطة' }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    await page.getByRole('heading', { level: 2, name: 'الأسبوع القادم' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'مقهى اللغة في المكتبة' }).first().waitFor();
    const dutch = page.locator('h3 [lang="nl"]', { hasText: 'Sportdag in het park' });
    await dutch.waitFor();
    await expectAxeClean(page, '/info/activiteiten in ar');
  });

  it('adds an activity to the phone’s calendar as an .ics file, a weekly one as a repeat', async () => {
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'مقهى اللغة في المكتبة' }) }).first();
    const file = await download(page, card.getByRole('button', { name: 'أضف إلى تقويمي' }));
    expect(file.name).toBe('taalcafe-bieb.ics');
    const unfolded = file.text.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU');
    expect(unfolded).toContain('DTSTART;TZID=Europe/Amsterdam:');
    expect(unfolded).toContain('SUMMARY:مقهى اللغة في المكتبة');
  });

  it('fits a 320 px wide phone at 200% text, right to left, with touch targets of 44 px', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    await page.getByRole('heading', { level: 1, name: 'الأنشطة' }).waitFor();
    await page.waitForTimeout(300);
    const problems = await page.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement;
      const found: string[] = [];
      if (root.scrollWidth > root.clientWidth) found.push(`scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
      for (const el of document.querySelectorAll('main *')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || (el instanceof SVGElement && !(el instanceof SVGSVGElement))) continue;
        if (r.left < -1 || r.right > root.clientWidth + 1) found.push(`outside: ${el.tagName} ${(el.textContent ?? '').slice(0, 30)}`);
        if (el.matches('a[href], button') && (r.width < 43.5 || r.height < 43.5)) found.push(`small target ${Math.round(r.width)}×${Math.round(r.height)}: ${(el.textContent ?? '').slice(0, 30)}`);
      }
      return found;
    });
    expect(problems).toEqual([]);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16, fixed: 13 } });
    await page.setViewportSize({ width: 390, height: 844 });
  });

  it('opens again offline with the list it last fetched', { timeout: 90_000 }, async () => {
    // Reload once online, with the app's service worker ready, so it controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'الأنشطة' }).waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await goOffline(server, context, page);
    await page.getByRole('heading', { level: 1, name: 'الأنشطة' }).waitFor();
    await page.getByText(/^لا يوجد إنترنت\. ترى القائمة من/).waitFor();
    await page.locator('h3 [lang="nl"]', { hasText: 'Sportdag in het park' }).waitFor();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Sportdag in het park' }) }).first();
    const file = await download(page, card.getByRole('button', { name: 'أضف إلى تقويمي' }));
    expect(file.name).toBe('sportdag.ics');
    await expectAxeClean(page, '/info/activiteiten offline in ar');
  });
});
