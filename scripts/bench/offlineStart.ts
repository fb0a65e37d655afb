import { NEXT_APPOINTMENT, openPhone } from './phone';

// Cold offline start: Chromium launched anew on a profile that activated and synced once, the
// server stopped and the phone offline. Measured in the page, from navigation start
// (performance.now() is 0 there) to the frame after the next appointment's text entered the DOM.

declare global {
  interface Window {
    __benchFirstContent?: number;
  }
}

// A string, not a function: tsx adds name helpers to functions that do not exist in the page.
const watchFirstContent = (selector: string) => `(() => {
  const observer = new MutationObserver(() => {
    const el = document.querySelector(${JSON.stringify(selector)});
    if (!el || !el.textContent.trim()) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__benchFirstContent = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

export async function coldOfflineStart(profile: string, origin: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { context, page } = await openPhone(profile, origin, true);
    try {
      await context.addInitScript({ content: watchFirstContent(NEXT_APPOINTMENT) });
      await page.goto('/');
      await page.waitForFunction(() => window.__benchFirstContent !== undefined, undefined, { timeout: 30_000 }).catch(async (error: unknown) => {
        throw new Error(`no next appointment offline; the page said: ${await page.locator('body').innerText()}`, { cause: error });
      });
      times.push(await page.evaluate(() => window.__benchFirstContent ?? Number.NaN));
    } finally {
      await context.close();
    }
  }
  return times;
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
