import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/domain/sync';
import { aDossier, aLesson } from '../support/builders';
import { expectAxeClean } from './axe';
import { AppServer, goOffline, goOnline, launchPhone, type Phone } from './harness';

// "Verwijder mijn gegevens van deze telefoon" and the app PIN, in a real browser (issue 6):
// a change made offline is counted in the warning; after "remove anyway" no IndexedDB store holds
// a record and no cache holds an /api response or the person's name; the informatiemap still opens
// offline; the server ends the session at the next connection. Then a PIN keeps the personal
// screens closed until it is given.

const DOSSIER = 'rw-e2e-wipe-0001';
const NAME = 'Yasmina';
const OUT = path.resolve(import.meta.dirname, '../../.screenshots');

function tomorrowAt(hour: number): string {
  const d = new Date(Date.now() + 86_400_000);
  d.setUTCHours(hour - 1, 0, 0, 0);
  return d.toISOString();
}

/** Every IndexedDB database of the origin, with the number of records in each of its stores. */
function indexedDbRecords(page: Page): Promise<Record<string, Record<string, number>>> {
  return page.evaluate(async () => {
    const out: Record<string, Record<string, number>> = {};
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const counts: Record<string, number> = {};
      for (const store of Array.from(db.objectStoreNames)) {
        counts[store] = await new Promise<number>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).count();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      }
      db.close();
      out[name] = counts;
    }
    return out;
  });
}

/** Every Cache Storage entry: cache name → request URLs, and whether any body names the person. */
function cachedEntries(page: Page, name: string): Promise<{ caches: Record<string, string[]>; bodiesWithName: string[] }> {
  return page.evaluate(async (firstName) => {
    const out: Record<string, string[]> = {};
    const bodiesWithName: string[] = [];
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      out[key] = [];
      for (const request of await cache.keys()) {
        out[key].push(request.url);
        const body = await (await cache.match(request))?.text();
        if (body?.includes(firstName)) bodiesWithName.push(request.url);
      }
    }
    return { caches: out, bodiesWithName };
  }, name);
}

async function pullStatus(server: AppServer, cookie: string): Promise<number> {
  const response = await fetch(`${server.origin}/api/sync/pull`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `tir_session=${cookie}` },
    body: JSON.stringify({ schemaVersion: SCHEMA_VERSION, clientId: 'e2e-old-cookie', cookie: null }),
  });
  return response.status;
}

describe('remove my data from this phone, and the app PIN', () => {
  const server = new AppServer();
  let phone: Phone;
  let context: BrowserContext;
  let page: Page;
  let oldCookie = '';

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    await server.start();
    await server.importDossier(aDossier({ id: DOSSIER, firstName: NAME, appointments: [aLesson('les-1', tomorrowAt(9), { title: 'Nederlandse les' })] }));
    phone = await launchPhone(server.origin);
    context = phone.context;
    page = context.pages()[0] ?? (await context.newPage());
  });

  afterAll(async () => {
    await phone?.close();
    await server.dispose();
  });

  it('activates, syncs, and makes a change offline', async () => {
    await page.goto(await server.activationUrl(DOSSIER));
    await page.getByRole('heading', { name: `Hallo ${NAME}!` }).waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.getByRole('heading', { name: `Hallo ${NAME}!` }).waitFor();
    oldCookie = (await context.cookies()).find((c) => c.name === 'tir_session')?.value ?? '';
    expect(await pullStatus(server, oldCookie)).toBe(200);

    await goOffline(server, context, page);
    await page.getByRole('link', { name: 'Bekijk je agenda' }).click();
    const lesson = page.getByRole('article', { name: 'Nederlandse les' });
    await lesson.getByRole('button', { name: 'Ik kan niet komen' }).click();
    await lesson.getByRole('radio', { name: 'Mijn kind is ziek' }).check();
    await lesson.getByRole('button', { name: 'Doorgeven' }).click();
    await page.getByText('1 wijziging wacht op internet').waitFor();
  });

  it('warns with the number of changes not sent, then removes everything anyway', async () => {
    await page.goto('/');
    await page.getByRole('link', { name: /Deze telefoon/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Deze telefoon' }).waitFor();
    await expectAxeClean(page, 'Deze telefoon, nl');
    await page.screenshot({ path: path.join(OUT, 'telefoon-nl.png'), fullPage: true });

    await page.getByRole('button', { name: 'Gegevens verwijderen' }).click();
    const warning = page.getByRole('alert').filter({ hasText: '1 wijziging is nog niet verstuurd.' });
    await warning.waitFor();
    await warning.getByRole('button', { name: 'Nu versturen' }).click();
    await page.getByText('Versturen lukt nu niet. Is er internet?').waitFor();
    await expectAxeClean(page, 'Deze telefoon, confirm step, nl');
    await page.screenshot({ path: path.join(OUT, 'telefoon-verwijderen-nl.png'), fullPage: true });

    await page.getByRole('button', { name: 'Toch verwijderen' }).click();
    await page.getByRole('heading', { name: 'Welkom!' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');

    const records = await indexedDbRecords(page);
    expect(Object.keys(records)).not.toHaveLength(0);
    for (const [database, stores] of Object.entries(records)) {
      for (const [store, count] of Object.entries(stores)) expect(count, `${database}/${store}`).toBe(0);
    }
    const { caches, bodiesWithName } = await cachedEntries(page, NAME);
    const urls = Object.values(caches).flat();
    expect(urls.length).toBeGreaterThan(0); // the app shell is still there
    expect(urls.filter((u) => new URL(u).pathname.startsWith('/api/'))).toEqual([]);
    expect(urls.filter((u) => u.includes(NAME))).toEqual([]);
    expect(bodiesWithName).toEqual([]);
    // Offline: the sign-out waits for the next connection.
    expect(await page.evaluate(() => localStorage.getItem('thuis.signOutPending'))).toBe('1');
  });

  it('still opens the informatiemap offline', async () => {
    await page.goto('/info');
    await page.getByRole('heading', { level: 1, name: 'Informatie' }).waitFor();
  });

  it('ends the session on the server at the next connection', async () => {
    await goOnline(server, context);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('thuis.signOutPending')), { timeout: 30_000 }).toBeNull();
    expect(await pullStatus(server, oldCookie)).toBe(401);
    expect((await context.cookies()).find((c) => c.name === 'tir_session')).toBeUndefined();
  });

  it('with a PIN set, shows the PIN screen after a reload; a wrong PIN is refused, the right one opens', async () => {
    await page.goto(await server.activationUrl(DOSSIER));
    await page.getByRole('heading', { name: `Hallo ${NAME}!` }).waitFor();
    await page.getByRole('link', { name: /Deze telefoon/ }).click();
    await page.getByRole('button', { name: 'PIN-code maken' }).click();
    await page.getByLabel('Nieuwe PIN-code').fill('2580');
    await page.getByLabel('Typ de PIN-code nog een keer').fill('2580');
    await page.getByRole('button', { name: 'PIN-code opslaan' }).click();
    await page.getByText('De PIN-code is opgeslagen.').waitFor();
    await page.getByText('De PIN-code staat aan.').waitFor();

    await page.goto('/');
    await page.getByRole('heading', { name: 'Typ je PIN-code' }).waitFor();
    expect(await page.getByText(NAME).count()).toBe(0);
    await expectAxeClean(page, 'PIN screen, nl');
    await page.screenshot({ path: path.join(OUT, 'pin-nl.png'), fullPage: true });
    // Personal addresses show the PIN screen too; the informatiemap does not.
    await page.goto('/agenda');
    await page.getByRole('heading', { name: 'Typ je PIN-code' }).waitFor();
    await page.getByRole('link', { name: 'De informatie van de gemeente is open voor iedereen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Informatie' }).waitFor();

    await page.goto('/');
    await page.getByLabel('Jouw PIN-code').fill('1111');
    await page.getByRole('button', { name: 'Openen' }).click();
    await page.getByText('Deze PIN-code is niet goed. Probeer het opnieuw.').waitFor();
    expect(await page.getByText(NAME).count()).toBe(0);
    await page.getByLabel('Jouw PIN-code').fill('2580');
    await page.getByRole('button', { name: 'Openen' }).click();
    await page.getByRole('heading', { name: `Hallo ${NAME}!` }).waitFor();

    // "Forgot PIN" explains and offers the removal.
    await page.reload();
    await page.getByRole('button', { name: 'PIN-code vergeten?' }).click();
    await page.getByRole('heading', { name: 'PIN-code vergeten?' }).waitFor();
    await page.getByRole('button', { name: 'Gegevens verwijderen' }).waitFor();
    await expectAxeClean(page, 'forgot PIN, nl');
  });

  it('is accessible and laid out right to left in Arabic', async () => {
    await page.goto('/?lang=ar');
    await page.getByRole('heading', { name: 'اكتب رمزك السري' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expectAxeClean(page, 'PIN screen, ar');
    await page.screenshot({ path: path.join(OUT, 'pin-ar.png'), fullPage: true });
    await page.getByLabel('رمزك السري').fill('2580');
    await page.getByRole('button', { name: 'فتح' }).click();
    await page.getByRole('link', { name: /هذا الهاتف/ }).click();
    await page.getByRole('heading', { level: 1, name: 'هذا الهاتف' }).waitFor();
    await page.getByRole('button', { name: 'حذف البيانات' }).click();
    await page.getByRole('heading', { name: 'هل أنت متأكد؟' }).waitFor();
    await expectAxeClean(page, 'Deze telefoon, ar');
    await page.screenshot({ path: path.join(OUT, 'telefoon-ar.png'), fullPage: true });
  });

  it('made no request to any other host', () => {
    expect(phone.foreignRequests).toEqual([]);
  });
});
