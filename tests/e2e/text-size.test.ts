import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTIONS } from '../../src/app/screens/info/sections';
import { AppServer, launchPhone, type Phone } from './harness';
import { PERSONAL_DOSSIER_ID, personalDossier } from './personalDossier';

// WCAG 1.4.4 (text resized to 200%) and 1.4.10 (reflow at 320 CSS px): a small phone, 320×640,
// whose owner set the browser's text size to 200% (the default font size doubled, as Chrome's
// text-size setting does; the app's own "larger text" comes on top of that). Every public screen
// and every page of the informatiemap, in Dutch and in Arabic (right to left): nothing scrolls
// sideways, nothing sticks out of the screen, and no text is cut off by a box too small for it.
// The same for every screen of a begeleider's and a consulent's phone (access code, unlock, caseload,
// home visit with its status buttons, new dossier, activation, this phone), and every personal
// screen of an inburgeraar (home, agenda, traject, mensen, vraag, geld, geregeld); and nowhere a
// button, fold or status tag whose words are split letter by letter in a box too narrow for them.
// With TIR_SCREENSHOTS=1 the personal screens are saved to .screenshots/ to look at.

const PAGES = ['/', '/language', '/info', ...Object.keys(SECTIONS).map((s) => `/info/${s}`), '/info/hulp', '/info/woorden', '/info/nood'];
const PERSONAL_SCREENS = ['/', '/agenda', '/traject', '/mensen', '/vraag', '/geld', '/geregeld'];
const STAFF_PIN = 'tulp molen fiets 591736';
const STAFF_SCREENS = ['/', `/huisbezoek/${PERSONAL_DOSSIER_ID}`, '/consulent/nieuw', `/consulent/dossier/${PERSONAL_DOSSIER_ID}/activeren`, '/telefoon'];
const DEFAULT_FONT_PX = 16;
const ZOOM = 2;

/** Everything on the page that a person would miss at this size, described for the failure message. */
async function layoutProblems(page: Page, { splitButtons = false } = {}): Promise<string[]> {
  return page.evaluate((splitButtons) => {
    const problems: string[] = [];
    const label = (el: Element) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}: "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    const outside = new Set<Element>();
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      // A 1×1 px box that clips is the visually-hidden pattern: text for screen readers only.
      if (r.width <= 1 && r.height <= 1) continue;
      // A drawing's parts are judged by the drawing.
      if (el instanceof SVGElement && !(el instanceof SVGSVGElement)) continue;
      // In right-to-left text an overflow goes out on the left, where it makes no scrollbar. (Not
      // window.innerWidth: a mobile browser zooms out to show a page that is too wide.)
      if (r.left < -1 || r.right > root.clientWidth + 1) {
        outside.add(el);
        // Name the innermost box that sticks out, not every box around it.
        if (el.parentElement) outside.delete(el.parentElement);
      }
      const style = getComputedStyle(el);
      const clipsX = /hidden|clip/.test(style.overflowX);
      const clipsY = /hidden|clip/.test(style.overflowY);
      if (!el.textContent?.trim()) continue;
      if (clipsX && el.scrollWidth > el.clientWidth + 1) problems.push(`text cut off sideways (${el.scrollWidth} > ${el.clientWidth}): ${label(el)}`);
      if (clipsY && el.scrollHeight > el.clientHeight + 1) problems.push(`text cut off below (${el.scrollHeight} > ${el.clientHeight}): ${label(el)}`);
      if (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth) problems.push(`text cut off with an ellipsis: ${label(el)}`);
      if (style.webkitLineClamp !== 'none' && style.webkitLineClamp !== '' && el.scrollHeight > el.clientHeight + 1) problems.push(`text cut off by line-clamp: ${label(el)}`);
    }
    // A button's word broken letter by letter in a box too narrow for it (status buttons 76 px wide
    // at 200%). Hyphenation at a line's end (`hyphens: auto`: "Neder-lands") in a box of ordinary
    // width is typesetting, not that: a split counts when the box holds fewer than about seven
    // letters a line. Checked on every screen: public, personal, staff and consulent.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const split = new Set<Element>();
    for (let node = splitButtons ? walker.nextNode() : null; node; node = walker.nextNode()) {
      let box = node.parentElement;
      while (box && getComputedStyle(box).display.startsWith('inline') && box.parentElement) box = box.parentElement;
      if (!box || split.has(box) || !box.closest('button, a.utrecht-button-link, summary, .utrecht-badge-status')) continue;
      const fontPx = parseFloat(getComputedStyle(box).fontSize);
      if (box.getBoundingClientRect().width >= fontPx * 3.5) continue;
      for (const match of (node.textContent ?? '').matchAll(/\S{3,}/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.top);
        if (Math.max(...tops) - Math.min(...tops) > fontPx / 2) {
          split.add(box);
          problems.push(`word split in a box ${Math.round(box.getBoundingClientRect().width)} px wide ("${match[0]}"): ${label(box)}`);
          break;
        }
      }
    }
    for (const el of outside) {
      const r = el.getBoundingClientRect();
      problems.push(`outside the screen (${Math.round(r.left)}..${Math.round(r.right)} of 0..${root.clientWidth}): ${label(el)}`);
    }
    return problems;
  }, splitButtons);
}

/** A small phone whose owner set the browser's text size to 200%. */
async function smallPhoneLargeText(phone: Phone): Promise<Page> {
  const page = phone.context.pages()[0] ?? (await phone.context.newPage());
  await page.setViewportSize({ width: 320, height: 640 });
  // The browser's own text size: what a person sets in the phone's browser settings.
  const cdp: CDPSession = await phone.context.newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: DEFAULT_FONT_PX * ZOOM, fixed: 13 * ZOOM } });
  return page;
}

/** Goes to a path inside the app without a reload (a staff phone locks itself on a reload). */
async function navigate(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** Screen-sized pieces of the whole page, top to bottom (at most four), into .screenshots/. */
async function screenshots(page: Page, name: string): Promise<void> {
  const { height } = page.viewportSize() ?? { width: 320, height: 640 };
  const total = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let i = 0; i * height < total && i < 4; i++) {
    await page.evaluate((y) => scrollTo(0, y), i * height);
    await page.screenshot({ path: `.screenshots/${name}-${i + 1}.png` });
  }
}

async function expectNoProblems(page: Page, where: string): Promise<void> {
  await page.locator('h1').first().waitFor();
  // Let a screen that fills from the phone's database settle before measuring.
  await page.waitForTimeout(300);
  expect.soft(await layoutProblems(page, { splitButtons: true }), where).toEqual([]);
}

describe('200% text on a 320 px wide phone', () => {
  const server = new AppServer();
  let phone: Phone;
  let page: Page;
  let staffReady = false;

  beforeAll(async () => {
    await server.start();
    await server.importDossier(personalDossier);
    phone = await launchPhone(server.origin);
    page = await smallPhoneLargeText(phone);
  });

  afterAll(async () => {
    await phone?.close();
    await server.dispose();
  });

  it.each(['nl', 'ar'])('every public screen and informatiemap page in %s', { timeout: 180_000 }, async (lang) => {
    for (const path of PAGES) {
      await page.goto(`${path}?lang=${lang}`);
      await page.locator('h1').first().waitFor();
      // The zoom is really on: the root font is twice what it is at the default text size.
      const rootPx = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      expect(rootPx, path).toBeGreaterThanOrEqual(DEFAULT_FONT_PX * ZOOM);
      expect.soft(await layoutProblems(page, { splitButtons: true }), `${path} in ${lang}`).toEqual([]);
    }
  });

  it.each(['nl', 'ar'])('every personal screen of an inburgeraar in %s', { timeout: 180_000 }, async (lang) => {
    if (lang === 'nl') {
      await page.goto(await server.activationUrl(PERSONAL_DOSSIER_ID));
      await page.locator('.home, h1').first().waitFor();
    }
    for (const path of PERSONAL_SCREENS) {
      await page.goto(`${path}?lang=${lang}`);
      await expectNoProblems(page, `personal ${path} in ${lang}`);
      if (process.env.TIR_SCREENSHOTS) await screenshots(page, `320-200-${lang}${path.replace(/\//g, '-')}`);
    }
    if (process.env.TIR_SCREENSHOTS && lang === 'ar') await saveScreenshots();
  });

  // Only to look at (TIR_SCREENSHOTS=1): home, agenda, traject and geld on an ordinary phone at its
  // ordinary text size, in Dutch, Arabic and Tigrinya; the 200% screens in Tigrinya too.
  async function saveScreenshots(): Promise<void> {
    for (const lang of ['ti', 'nl', 'ar', 'ti']) {
      for (const path of ['/', '/agenda', '/traject', '/geld']) {
        await page.goto(`${path}?lang=${lang}`);
        await page.locator('h1').first().waitFor();
        await page.waitForTimeout(300);
        await screenshots(page, `${page.viewportSize()?.width}-${lang}${path.replace(/\//g, '-')}`);
      }
      if (lang === 'ti') {
        const cdp = await phone.context.newCDPSession(page);
        await cdp.send('Page.setFontSizes', { fontSizes: { standard: DEFAULT_FONT_PX, fixed: 13 } });
        await page.setViewportSize({ width: 390, height: 844 });
      }
    }
    const cdp = await phone.context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: DEFAULT_FONT_PX * ZOOM, fixed: 13 * ZOOM } });
    await page.setViewportSize({ width: 320, height: 640 });
  }

  it.each(['nl', 'ar'])('every staff and consulent screen in %s', { timeout: 180_000 }, async (lang) => {
    if (!staffReady) {
      // The same browser, cleared: a personal phone was activated in it before.
      const cdp = await phone.context.newCDPSession(page);
      await cdp.send('Storage.clearDataForOrigin', { origin: server.origin, storageTypes: 'all' });
      const put = await server.admin('PUT', '/api/admin/staff/e2e-text-size', { name: 'Mark', role: 'consulent', gemeente: 'rijswijk', dossiers: [PERSONAL_DOSSIER_ID] });
      expect(put.ok).toBe(true);
      const { url } = (await (await server.admin('POST', '/api/admin/staff/e2e-text-size/activation-codes')).json()) as { url: string };
      await page.goto(`/activate?lang=${lang}${new URL(url).hash}`);
      await page.locator('#secret-again').waitFor();
      await expectNoProblems(page, `access code setup in ${lang}`);
      await page.locator('input[type=password]').first().fill(STAFF_PIN);
      await page.locator('#secret-again').fill(STAFF_PIN);
      await page.locator('form.staff-pin button[type=submit]').click();
      await page.locator('.staff-household').first().waitFor();
      staffReady = true;
    } else {
      // A reload locks a staff phone: the unlock screen, then the caseload.
      await page.goto(`/?lang=${lang}`);
      await page.locator('input[type=password]').first().waitFor();
      await expectNoProblems(page, `unlock in ${lang}`);
      await page.locator('input[type=password]').first().fill(STAFF_PIN);
      await page.locator('form button[type=submit]').first().click();
      await page.locator('.staff-household').first().waitFor();
    }
    for (const path of STAFF_SCREENS) {
      await navigate(page, path);
      await expectNoProblems(page, `staff ${path} in ${lang}`);
    }
  });

  it('made no request to any other host', () => {
    expect(phone.foreignRequests).toEqual([]);
  });
});
