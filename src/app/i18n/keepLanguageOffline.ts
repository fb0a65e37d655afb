// A language, once chosen, must open offline later (issue 3). The service worker keeps every text
// chunk it serves in the cache "locales" (vite.config.ts), but on the very first visit it does not
// control the page yet: the chunks loaded then go past it and would only sit in the browser's HTTP
// cache, which a phone may clear. So the page puts them in that cache itself, once each; Dutch is
// precached with the app and needs nothing.

const CACHE = 'locales';
const OTHER_LANGUAGE_CHUNK = /^\/assets\/locale-(?!nl-)[a-z]+-[a-z-]+-[^/]+\.js$/;

/** Whether `url` is a text chunk of a language other than Dutch, from this app. */
export function isOtherLanguageChunk(url: string, origin: string): boolean {
  const parsed = new URL(url, origin);
  return parsed.origin === origin && OTHER_LANGUAGE_CHUNK.test(parsed.pathname);
}

async function keep(url: string): Promise<void> {
  const cache = await caches.open(CACHE);
  if (!(await cache.match(url))) await cache.add(url);
}

/** Watches the chunks the page loads (also those loaded before this ran) and keeps the texts. */
export function keepLanguageOffline(): void {
  if (!('caches' in window) || typeof PerformanceObserver === 'undefined') return;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      // Offline or storage full: the text is still on screen now, and the next visit tries again.
      if (isOtherLanguageChunk(entry.name, location.origin)) keep(entry.name).catch(() => undefined);
    }
  });
  observer.observe({ type: 'resource', buffered: true });
}
