// Notifications in the service worker (issue 13, item 4). Workbox's generated sw.js loads this file
// with importScripts (vite.config.ts), so precaching stays exactly what Workbox makes of it. The
// build puts the texts of locales/<lang>/push.json in front of it as PUSH_TEXTS (every language:
// a phone that is offline when the push comes must still be able to say it).
//
// A push says only which kind of change and which screen (src/domain/webPush.ts): the sentence
// comes from here, in the language the app last stored (src/data/webPush.ts), else the phone's.
/* global PUSH_TEXTS */

const PUSH_DB = 'thuis-push';

function storedLanguage() {
  return new Promise((resolve) => {
    let open;
    try {
      open = indexedDB.open(PUSH_DB, 1);
    } catch {
      resolve(null);
      return;
    }
    open.onupgradeneeded = () => open.result.createObjectStore('kv');
    open.onerror = () => resolve(null);
    open.onsuccess = () => {
      try {
        const get = open.result.transaction('kv').objectStore('kv').get('language');
        get.onsuccess = () => resolve(typeof get.result === 'string' ? get.result : null);
        get.onerror = () => resolve(null);
      } catch {
        resolve(null);
      }
    };
  });
}

function textsFor(language) {
  const candidates = [language, ...(self.navigator.languages || [])].filter(Boolean);
  for (const code of candidates) {
    const base = String(code).toLowerCase();
    if (PUSH_TEXTS[base]) return { lang: base, texts: PUSH_TEXTS[base] };
    const short = base.split('-')[0];
    // Dari is its own language in the app; the phone may call it fa-AF.
    if (base === 'fa-af' && PUSH_TEXTS.prs) return { lang: 'prs', texts: PUSH_TEXTS.prs };
    if (PUSH_TEXTS[short]) return { lang: short, texts: PUSH_TEXTS[short] };
  }
  return { lang: 'nl', texts: PUSH_TEXTS.nl };
}

const RTL = new Set(['ar', 'fa', 'prs', 'ps']);

/** Only a kind we know and a path of this app (starting with one slash) are used. */
function readPayload(event) {
  try {
    const data = event.data ? event.data.json() : null;
    const kind = data && typeof data.kind === 'string' && Object.hasOwn(PUSH_TEXTS.nl, data.kind) && data.kind !== 'title' ? data.kind : null;
    const path = data && typeof data.path === 'string' && /^\/(?!\/)[\w\-/]*$/.test(data.path) ? data.path : '/';
    return { kind, path };
  } catch {
    return { kind: null, path: '/' };
  }
}

self.addEventListener('push', (event) => {
  const { kind, path } = readPayload(event);
  event.waitUntil(
    (async () => {
      const { lang, texts } = textsFor(await storedLanguage());
      // Open tabs fetch what changed now (src/data/webPush.ts startNotifications).
      const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      for (const client of open) client.postMessage({ type: 'thuis-push' });
      await self.registration.showNotification(texts.title, {
        body: kind ? texts[kind] : '',
        lang,
        dir: RTL.has(lang) ? 'rtl' : 'ltr',
        icon: '/icons/icon-192.png',
        badge: '/icons/icon-192.png',
        tag: kind || 'thuis',
        data: { path },
      });
    })(),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const path = (event.notification.data && event.notification.data.path) || '/';
  event.waitUntil(
    (async () => {
      const url = new URL(path, self.location.origin).href;
      const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const tab = open.find((client) => new URL(client.url).origin === self.location.origin);
      if (tab) {
        // Focus may be refused (no user activation); opening the screen matters more.
        await tab.focus().catch(() => undefined);
        if ('navigate' in tab) return tab.navigate(url);
        return undefined;
      }
      return self.clients.openWindow(url);
    })(),
  );
});
