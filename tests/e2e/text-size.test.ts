import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTIONS } from '../../src/app/screens/info/sections';
import { AppServer, launchPhone, type Phone } from './harness';

// WCAG 1.4.4 (text resized to 200%) and 1.4.10 (reflow at 320 CSS px): a small phone, 320×640,
// whose owner set the browser's text size to 200% (the default font size doubled, as Chrome's
// text-size setting does; the app's own "larger text" comes on top of that). Every public screen
// and every page of the informatiemap, in Dutch and in Arabic (right to left): nothing scrolls
// sideways, nothing sticks out of the screen, and no text is cut off by a box too small for it.

const PAGES = ['/', '/language', '/info', ...Object.keys(SECTIONS).map((s) => `/info/${s}`), '/info/hulp', '/info/woorden', '/info/nood'];
const DEFAULT_FONT_PX = 16;
const ZOOM = 2;

/** Everything on the page that a person would miss at this size, described for the failure message. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
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
    for (const el of outside) {
      const r = el.getBoundingClientRect();
      problems.push(`outside the screen (${Math.round(r.left)}..${Math.round(r.right)} of 0..${root.clientWidth}): ${label(el)}`);
    }
    return problems;
  });
}

describe('200% text on a 320 px wide phone', () => {
  const server = new AppServer();
  let phone: Phone;
  let page: Page;
  let cdp: CDPSession;

  beforeAll(async () => {
    await server.start();
    phone = await launchPhone(server.origin);
    page = phone.context.pages()[0] ?? (await phone.context.newPage());
    await page.setViewportSize({ width: 320, height: 640 });
    // The browser's own text size: what a person sets in the phone's browser settings.
    cdp = await phone.context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: DEFAULT_FONT_PX * ZOOM, fixed: 13 * ZOOM } });
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
      expect.soft(await layoutProblems(page), `${path} in ${lang}`).toEqual([]);
    }
  });

  it('made no request to any other host', () => {
    expect(phone.foreignRequests).toEqual([]);
  });
});
