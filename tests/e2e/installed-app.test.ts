import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aDossier, aLesson } from '../support/builders';
import { expectAxeClean } from './axe';
import { AppServer, launchPhone, type Phone } from './harness';

// What people expect of an installed app (issue "Ready for a municipality to adopt", item 7):
// scanning the activation QR code in the app where the phone has BarcodeDetector; steps to the home
// screen on an iPhone; manifest shortcuts and screenshots; and when a screen's file is gone after a
// new version, one reload and then a way out ("reload", "remove my data") instead of a white page.

const DOSSIER = 'rw-e2e-installed-0001';
const NAME = 'Samira';
const OUT = path.resolve(import.meta.dirname, '../../.screenshots');
const PUBLIC = path.resolve(import.meta.dirname, '../../public');
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

function tomorrowAt(hour: number): string {
  const d = new Date(Date.now() + 86_400_000);
  d.setUTCHours(hour - 1, 0, 0, 0);
  return d.toISOString();
}

/**
 * A phone with BarcodeDetector and a camera, in Chromium on Linux (which has neither): the camera
 * is a canvas stream, the detector "sees" whatever the test puts in `window.__qr`.
 */
async function fakeCamera(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __qr?: string; BarcodeDetector?: unknown };
    w.BarcodeDetector = class {
      static getSupportedFormats() {
        return Promise.resolve(['qr_code', 'ean_13']);
      }
      detect() {
        return Promise.resolve(w.__qr ? [{ rawValue: w.__qr, format: 'qr_code' }] : []);
      }
    };
    navigator.mediaDevices.getUserMedia = () => {
      const canvas = document.createElement('canvas');
      canvas.width = 320;
      canvas.height = 240;
      const g = canvas.getContext('2d');
      const draw = () => {
        if (!g) return;
        g.fillStyle = '#556';
        g.fillRect(0, 0, 320, 240);
        g.fillStyle = '#fff';
        g.fillRect(110, 70, 100, 100);
      };
      draw();
      setInterval(draw, 100);
      return Promise.resolve(canvas.captureStream(10));
    };
  });
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('what people expect of an installed app', () => {
  const server = new AppServer();
  let phone: Phone;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    await server.start();
    await server.importDossier(aDossier({ id: DOSSIER, firstName: NAME, appointments: [aLesson('les-1', tomorrowAt(9), { title: 'Nederlandse les' })] }));
    phone = await launchPhone(server.origin);
    await fakeCamera(phone.context);
    page = phone.context.pages()[0] ?? (await phone.context.newPage());
  });

  afterAll(async () => {
    await phone?.close();
    await server.dispose();
  });

  it('scans the activation QR code with the camera, refusing a QR code that is not one of ours', async () => {
    await page.goto('/?lang=ar');
    await page.getByRole('button', { name: 'امسح رمز QR' }).click();
    await page.getByRole('heading', { name: 'امسح رمز QR' }).waitFor();
    await page.locator('video').waitFor();
    await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 2);
    await expectAxeClean(page, 'QR scanner, ar');
    await page.screenshot({ path: path.join(OUT, 'activate-scan-ar.png') });

    await page.goto('/?lang=nl');
    await page.getByRole('button', { name: 'Scan de QR-code' }).click();
    await page.getByRole('heading', { name: 'Scan de QR-code' }).waitFor();
    await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 2);
    // The typed code stays right under the scanner.
    expect(await page.getByLabel('Of typ je code').isVisible()).toBe(true);
    await page.evaluate(() => {
      (window as unknown as { __qr: string }).__qr = 'https://example.com/betaal?bedrag=10';
    });
    await page.getByText('Dit is geen QR-code van deze app. Probeer een andere code.').waitFor();
    await expectAxeClean(page, 'QR scanner, nl');
    await page.screenshot({ path: path.join(OUT, 'activate-scan-nl.png') });

    const url = await server.activationUrl(DOSSIER);
    await page.evaluate((value) => {
      (window as unknown as { __qr: string }).__qr = value;
    }, url);
    await page.getByRole('heading', { name: `Hallo ${NAME}!` }).waitFor();
    // The camera is off again.
    expect(await page.locator('video').count()).toBe(0);
  });

  it('serves a manifest with shortcuts to the agenda and the emergency numbers, and real screenshots that are not precached', async () => {
    const manifest = await page.evaluate(
      async () =>
        (await fetch('/manifest.webmanifest')).json() as Promise<{
          shortcuts: { url: string; name: string }[];
          screenshots: { src: string; sizes: string; type: string; form_factor: string; label: string }[];
        }>,
    );
    expect(manifest.shortcuts.map((s) => s.url)).toEqual(['/agenda', '/info/nood']);
    expect(manifest.screenshots.length).toBeGreaterThanOrEqual(2);
    for (const shot of manifest.screenshots) {
      expect(shot).toMatchObject({ sizes: '390x844', type: 'image/png', form_factor: 'narrow' });
      expect(shot.label).not.toBe('');
      const bytes = new Uint8Array(readFileSync(path.join(PUBLIC, shot.src)));
      expect(pngSize(bytes), shot.src).toEqual({ width: 390, height: 844 });
      expect(bytes.byteLength, `${shot.src} stays small`).toBeLessThan(150_000);
      const served = await page.evaluate(async (src) => {
        const response = await fetch(src);
        return { status: response.status, type: response.headers.get('content-type') };
      }, shot.src);
      expect(served, shot.src).toEqual({ status: 200, type: 'image/png' });
    }
    // For the install dialog only: never part of the offline download.
    const sw = await page.evaluate(async () => (await fetch('/sw.js')).text());
    expect(sw).toContain('index.html');
    expect(sw).not.toContain('screenshots/');
  });

  it('takes the screenshots the manifest shows (390×844)', async () => {
    const shoot = async (name: string) => page.screenshot({ path: path.join(OUT, `manifest-${name}.png`), scale: 'css' });
    await page.goto('/');
    await page.getByRole('heading', { name: `Hallo ${NAME}!` }).waitFor();
    await shoot('home');
    await page.goto('/agenda');
    await page.getByRole('article', { name: 'Nederlandse les' }).waitFor();
    await shoot('agenda');
    await page.goto('/info?lang=ar');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await shoot('info');
    await page.goto('/?lang=nl');
  });

  it('offers notifications on home without asking the browser, and shows a push in the app’s language; a click opens its screen', async () => {
    await page.goto('/');
    await page.getByRole('heading', { name: `Hallo ${NAME}!` }).waitFor();
    // A gentle offer on the page; the browser's permission prompt only after "yes" (never on load).
    await page.getByRole('heading', { name: 'Wil je een bericht krijgen als er iets verandert?' }).waitFor();
    expect(await page.evaluate(() => Notification.permission)).toBe('default');
    await expectAxeClean(page, 'notification offer, nl');
    await page.getByRole('button', { name: 'Nee, nu niet' }).click();
    expect(await page.getByRole('heading', { name: 'Wil je een bericht krijgen als er iets verandert?' }).count()).toBe(0);
    await phone.context.grantPermissions(['notifications'], { origin: server.origin });

    const cdp = await phone.context.newCDPSession(page);
    const registrationId = new Promise<string>((resolve) => {
      cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
        const ours = registrations.find((r) => r.scopeURL.startsWith(server.origin) && !r.isDeleted);
        if (ours) resolve(ours.registrationId);
      });
    });
    await cdp.send('ServiceWorker.enable');
    const id = await registrationId;
    const deliver = (data: object) => cdp.send('ServiceWorker.deliverPushMessage', { origin: server.origin, registrationId: id, data: JSON.stringify(data) });
    const shown = () =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        return (await registration.getNotifications()).map((n) => ({ title: n.title, body: n.body, lang: n.lang, dir: n.dir, data: n.data as unknown }));
      });
    const clearShown = () => page.evaluate(async () => (await (await navigator.serviceWorker.ready).getNotifications()).forEach((n) => n.close()));

    // A push makes the open tab sync at once.
    let pulls = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/api/sync/pull')) pulls += 1;
    });
    await deliver({ kind: 'appointment', path: '/agenda' });
    await expect.poll(shown, { timeout: 5000 }).toEqual([{ title: 'Er is iets nieuw', body: 'Een afspraak is veranderd. Kijk in je agenda.', lang: 'nl', dir: 'ltr', data: { path: '/agenda' } }]);
    await expect.poll(() => pulls, { timeout: 5000 }).toBeGreaterThan(0);

    // In the language the app stored for notifications (src/data/webPush.ts), right to left for Arabic.
    await clearShown();
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('thuis-push', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('kv');
          open.onsuccess = () => {
            const tx = open.result.transaction('kv', 'readwrite');
            tx.objectStore('kv').put('ar', 'language');
            tx.oncomplete = () => resolve();
          };
        }),
    );
    await deliver({ kind: 'answer', path: '/vraag' });
    await expect.poll(shown, { timeout: 5000 }).toEqual([{ title: 'يوجد شيء جديد', body: 'وصل جواب على سؤالك.', lang: 'ar', dir: 'rtl', data: { path: '/vraag' } }]);

    // A path that is not one of the app's own opens home; an unknown kind says only the title.
    await clearShown();
    await deliver({ kind: 'steal', path: '//evil.example/x' });
    await expect.poll(shown, { timeout: 5000 }).toEqual([expect.objectContaining({ body: '', data: { path: '/' } })]);

    // The click opens the notification's screen in the open tab.
    await clearShown();
    await deliver({ kind: 'appointment', path: '/agenda' });
    await expect.poll(async () => (await shown()).length, { timeout: 5000 }).toBe(1);
    const [worker] = phone.context.serviceWorkers();
    if (!worker) throw new Error('no service worker');
    await worker.evaluate(async () => {
      const sw = self as unknown as { registration: ServiceWorkerRegistration; dispatchEvent(e: Event): boolean };
      const [notification] = await sw.registration.getNotifications();
      const Click = (self as unknown as { NotificationEvent: new (type: string, init: { notification: Notification }) => Event }).NotificationEvent;
      // A synthetic event may not call waitUntil (it throws); the handler's work has started by then.
      try {
        if (notification) sw.dispatchEvent(new Click('notificationclick', { notification }));
      } catch {
        // see above
      }
    });
    await page.waitForURL(/\/agenda$/);
    await page.getByRole('article', { name: 'Nederlandse les' }).waitFor();
    await cdp.detach();
  });

  it('tells an iPhone how to put the app on the home screen, and why (7 days)', async () => {
    const iphone = await phone.context.newPage();
    const cdp = await phone.context.newCDPSession(iphone);
    await cdp.send('Emulation.setUserAgentOverride', { userAgent: IPHONE, platform: 'iPhone' });
    try {
      await iphone.goto('/');
      await iphone.evaluate(() => localStorage.removeItem('thuis.installHintDismissed'));
      for (const lang of ['ar', 'nl'] as const) {
        await iphone.goto(`/?lang=${lang}`);
        await iphone.locator('.install-hint').waitFor();
        await expectAxeClean(iphone, `iPhone install hint, ${lang}`);
        await iphone.locator('.install-hint').scrollIntoViewIfNeeded();
        await iphone.locator('.install-hint').screenshot({ path: path.join(OUT, `install-ios-${lang}.png`) });
      }
      const hint = iphone.getByRole('region', { name: 'Zet de app op je telefoon' });
      expect(await hint.textContent()).toContain('Open je de app 7 dagen niet?');
      expect(await hint.getByRole('listitem').allTextContents()).toEqual([
        'Tik op de knop Delen: een vierkant met een pijl omhoog.',
        'Kies ‘Zet op beginscherm’.',
        'Tik op ‘Voeg toe’. Open de app daarna altijd met het icoon op je beginscherm.',
      ]);
      // Not an iPhone: no Safari steps (Chromium has its own install prompt).
      await page.goto('/');
      await page.getByRole('heading', { name: `Hallo ${NAME}!` }).waitFor();
      await page.waitForTimeout(500);
      expect(await page.locator('.install-hint__steps').count()).toBe(0);
      expect(await page.getByText('Open je de app 7 dagen niet?', { exact: false }).count()).toBe(0);
    } finally {
      await iphone.close();
    }
  });

  it('reloads once when a screen’s file is gone, then offers reload and remove-my-data, which works', async () => {
    // A new version replaced the agenda's chunk: not in the cache, not on the server.
    let requests = 0;
    await phone.context.route(/\/assets\/AgendaScreen-[^/]+\.js$/, (route) => {
      requests += 1;
      return route.fulfill({ status: 404, contentType: 'application/json', body: '{"error":{"code":"not-found","message":"Not found"}}' });
    });
    await page.evaluate(async () => {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) if (/\/assets\/AgendaScreen-[^/]+\.js/.test(request.url)) await cache.delete(request);
      }
    });
    await page.goto('/');
    await page.getByRole('heading', { name: `Hallo ${NAME}!` }).waitFor();
    let loads = 0;
    page.on('load', () => {
      loads += 1;
    });
    await page.getByRole('link', { name: 'Bekijk je agenda' }).click();
    await page.getByRole('heading', { name: 'Er ging iets mis' }).waitFor();
    // One reload, and after it the way out; no loop.
    await page.waitForTimeout(1500);
    expect(loads).toBe(1);
    // Asked for before and after the reload (the service worker may ask too), then never again.
    expect(requests).toBeGreaterThanOrEqual(2);
    const asked = requests;
    await page.waitForTimeout(1500);
    expect(requests).toBe(asked);
    expect(loads).toBe(1);
    expect(await page.getByRole('heading', { name: 'Er ging iets mis' }).isVisible()).toBe(true);
    await expectAxeClean(page, 'error screen, nl');
    await page.screenshot({ path: path.join(OUT, 'crash-nl.png') });

    await page.goto('/agenda?lang=ar');
    await page.getByRole('heading', { name: 'حدث خطأ ما' }).waitFor();
    await expectAxeClean(page, 'error screen, ar');
    await page.screenshot({ path: path.join(OUT, 'crash-ar.png') });
    await page.goto('/agenda?lang=nl');
    await page.getByRole('heading', { name: 'Er ging iets mis' }).waitFor();

    await page.getByRole('button', { name: 'Opnieuw laden' }).click();
    await page.getByRole('heading', { name: 'Er ging iets mis' }).waitFor();
    await page.getByRole('button', { name: 'Verwijder mijn gegevens' }).click();
    await page.getByText('Wijzigingen die nog niet verstuurd zijn, gaan verloren. Wil je dat?').waitFor();
    await page.getByRole('button', { name: 'Ja, verwijder alles' }).click();
    await page.getByRole('heading', { name: 'Welkom!' }).waitFor();
    // Nothing of this person is left in any database of the phone.
    const stored = await page.evaluate(async () => {
      let all = '';
      for (const { name } of await indexedDB.databases()) {
        if (!name) continue;
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(name);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        for (const store of Array.from(db.objectStoreNames)) {
          all += await new Promise<string>((resolve) => {
            const request = db.transaction(store).objectStore(store).getAll();
            request.onsuccess = () => resolve(JSON.stringify(request.result));
          });
        }
        db.close();
      }
      return all;
    });
    expect(stored).not.toContain(NAME);
    expect(stored).not.toContain('Nederlandse les');
    await phone.context.unrouteAll();
  });
});
