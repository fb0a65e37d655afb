import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import tiLetters from '../../locales/ti/letters.json';
import { aDossier } from '../support/builders';
import { expectAxeClean } from './axe';
import { activateStaff, AppServer, goOffline, goOnline, launchPhone, type Phone } from './harness';

// Issue 16, "letters explained": a sample letter opened in Tigrinya on a phone, a marked part
// tapped, its explanation shown in Tigrinya beside the Dutch letter; axe-clean, 44 px targets, and
// the same offline. Then, on an inburgeraar's phone, "I got a letter I don't understand" opens the
// question form with the letter question, addressed to the begeleider.

const DOSSIER = 'rw-e2e-letters';

async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main a[href], main button')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && (r.width < 44 || r.height < 44);
      })
      .map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? '').trim().slice(0, 30)}`),
  );
}

describe('letters explained', () => {
  const server = new AppServer();
  let phone: Phone;
  let page: Page;

  beforeAll(async () => {
    await server.start();
    await server.importDossier(
      aDossier({
        id: DOSSIER,
        firstName: 'Amal',
        contacts: [
          { id: 'c1', role: 'consulent-inburgering', name: 'Sanne Verbeek' },
          { id: 'c2', role: 'maatschappelijk-begeleider', name: 'Youssef El Amrani' },
        ],
      }),
    );
    phone = await launchPhone(server.origin);
    page = phone.context.pages()[0] ?? (await phone.context.newPage());
  });

  afterAll(async () => {
    await phone?.close();
    await server.dispose();
  });

  async function openObjectionTerm() {
    await page.getByRole('link', { name: tiLetters.letter.pip.title }).click();
    const letter = page.getByRole('article', { name: tiLetters.letter.pip.title });
    await letter.getByRole('button', { name: /binnen 6 weken/ }).click();
    const explained = letter.getByRole('region', { name: tiLetters.spot.deadline });
    await explained.waitFor();
    expect(await explained.innerText()).toContain(tiLetters.letter.pip.deadline);
    return letter;
  }

  it('opens a letter in Tigrinya from the informatiemap and explains a marked part', { timeout: 60_000 }, async () => {
    await page.goto('/info?lang=ti');
    await page.locator('main a[href="/info/brieven"]').click();
    await page.getByRole('heading', { level: 1, name: tiLetters.title }).waitFor();
    const letter = await openObjectionTerm();
    expect(await letter.locator('.sample-letter__paper').getAttribute('lang')).toBe('nl');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ti', 'ltr']);
    await expectAxeClean(page, 'a sample letter in ti, a part explained');
    expect(await smallTargets(page)).toEqual([]);
    // Keyboard: the marked parts are buttons in the tab order.
    await letter.getByRole('button', { name: /Zaaknummer/ }).focus();
    await page.keyboard.press('Enter');
    await letter.getByRole('region', { name: tiLetters.spot.reference }).waitFor();
  });

  it('is right to left around a Dutch letter in Arabic, axe-clean, nothing sideways at 320 px', { timeout: 60_000 }, async () => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto('/info/brieven/toeslag?lang=ar');
    const letter = page.getByRole('article').first();
    await letter.getByRole('button', { name: /€ 215/ }).click();
    await letter.getByRole('region').waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await letter.locator('.sample-letter__paper').getAttribute('dir')).toBe('ltr');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectAxeClean(page, 'a sample letter in ar, a part explained');
    await page.setViewportSize({ width: 390, height: 844 });
  });

  it('opens offline too', { timeout: 60_000 }, async () => {
    await page.goto('/info/brieven?lang=ti');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await phone.context.setOffline(true);
    try {
      await page.goto('/info/brieven?lang=ti');
      await page.getByRole('heading', { level: 1, name: tiLetters.title }).waitFor();
      await openObjectionTerm();
    } finally {
      await phone.context.setOffline(false);
    }
  });

  it('asks the begeleider about a letter from an inburgeraar’s phone', { timeout: 60_000 }, async () => {
    await page.goto(await server.activationUrl(DOSSIER));
    await page.getByRole('heading', { name: /Amal/ }).waitFor();
    await page.goto('/info/brieven/duo?lang=nl');
    await page.getByRole('link', { name: 'Ik heb een brief. Ik begrijp hem niet.' }).click();
    expect(await page.getByRole('radio', { name: 'Ik heb een brief gekregen. Ik begrijp hem niet.' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: /Youssef El Amrani/ }).isChecked()).toBe(true);
  });

  it('sends a photo of the letter offline: resized on the phone, delivered once online, shown to the begeleider', { timeout: 180_000 }, async () => {
    // A camera-sized picture of a "letter" (drawn in the browser, so it is a real PNG).
    const dataUrl = await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 3000;
      canvas.height = 4000;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no canvas');
      context.fillStyle = '#fff';
      context.fillRect(0, 0, 3000, 4000);
      context.fillStyle = '#000';
      context.font = '120px serif';
      for (let y = 200; y < 4000; y += 300) context.fillText('Geachte heer, mevrouw, u moet binnen 6 weken', 100, y);
      return canvas.toDataURL('image/png');
    });
    const original = Buffer.from(dataUrl.split(',')[1] ?? '', 'base64');

    await page.reload();
    await page.getByRole('group', { name: 'Foto van de brief (hoeft niet)' }).waitFor();
    await goOffline(server, phone.context, page);
    await page.getByLabel('Maak een foto').setInputFiles({ name: 'brief.png', mimeType: 'image/png', buffer: original });
    const preview = page.getByRole('img', { name: 'Foto van een brief' });
    await preview.waitFor();
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([960, 1280]);
    const size = Number(/(\d+) kB/.exec(await page.getByText(/Foto klaar/).innerText())?.[1]);
    expect(size).toBeGreaterThan(0);
    expect(size * 1024).toBeLessThan(original.length);
    await page.getByRole('button', { name: 'Verstuur' }).click();
    await page.getByRole('region', { name: 'Mijn vragen' }).getByText('Wacht op internet').waitFor();

    await goOnline(server, phone.context);
    await page.getByRole('region', { name: 'Mijn vragen' }).getByText('Verstuurd').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.evaluate(async () => {
      const open = indexedDB.open('thuis');
      const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)));
      const count = await new Promise<number>((resolve) => {
        const request = db.transaction('photos').objectStore('photos').count();
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
      return count;
    }), { timeout: 30_000 }).toBe(0);

    const staffPhone = await launchPhone(server.origin);
    try {
      const staff = staffPhone.context.pages()[0] ?? (await staffPhone.context.newPage());
      await activateStaff(staff, await server.staffActivation('youssef-letters', { name: 'Youssef', role: 'begeleider', dossiers: [DOSSIER] }), 'brieven-toegang-2026');
      await staff.getByRole('link', { name: /Amal/ }).click();
      await staff.getByText('Ik heb een brief gekregen. Ik begrijp hem niet.').waitFor();
      await staff.getByRole('button', { name: 'Bekijk de foto' }).click();
      const shown = staff.getByRole('img', { name: 'Foto van een brief' });
      await shown.waitFor();
      await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(960);
      await expectAxeClean(staff, 'the begeleider sees the photo of the letter');
    } finally {
      await staffPhone.close();
    }
  });
});
