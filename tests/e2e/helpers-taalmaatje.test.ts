import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aDossier, aLesson } from '../support/builders';
import { AppServer, launchPhone, type Phone } from './harness';

// Two phones: the inburgeraar shares agenda and traject with a taalmaatje, who activates with the
// code, reads the agenda, cannot see money; the inburgeraar ends access and the taalmaatje's
// phone wipes itself at its next sync.

const DOSSIER = 'rw-e2e-share';

function tomorrowAt(hour: number): string {
  const d = new Date(Date.now() + 86_400_000);
  d.setUTCHours(hour - 1, 0, 0, 0);
  return d.toISOString();
}

/** Counts the rows of a store in the phone's own IndexedDB, read directly (not through the app). */
function countRows(page: Page, store: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('thuis');
        open.onerror = () => reject(new Error('cannot open'));
        open.onsuccess = () => {
          const idb = open.result;
          if (!idb.objectStoreNames.contains(name)) return resolve(0);
          const req = idb.transaction(name).objectStore(name).count();
          req.onsuccess = () => {
            resolve(req.result);
            idb.close();
          };
        };
      }),
    store,
  );
}

describe('sharing with a taalmaatje, two phones', () => {
  const server = new AppServer();
  let inburgeraar: Phone;
  let helper: Phone;
  let own: Page;
  let theirs: Page;
  let code = '';

  beforeAll(async () => {
    mkdirSync('.screenshots', { recursive: true });
    await server.start();
    await server.importDossier(
      aDossier({ id: DOSSIER, firstName: 'Amal', appointments: [aLesson('les-1', tomorrowAt(9), { title: 'Nederlandse les bij Sagenn' })] }),
    );
    inburgeraar = await launchPhone(server.origin);
    helper = await launchPhone(server.origin);
    own = inburgeraar.context.pages()[0] ?? (await inburgeraar.context.newPage());
    theirs = helper.context.pages()[0] ?? (await helper.context.newPage());
  });

  afterAll(async () => {
    await inburgeraar?.close();
    await helper?.close();
    await server.dispose();
  });

  it('the inburgeraar shares agenda and traject and gets a code', async () => {
    await own.goto(await server.activationUrl(DOSSIER));
    await own.getByRole('heading', { name: 'Hallo Amal!' }).waitFor();
    await own.getByRole('link', { name: /Delen met taalmaatje/ }).click();
    expect(await own.getByRole('checkbox', { name: 'Mijn geld' }).isChecked()).toBe(false);
    await own.getByRole('button', { name: 'Delen' }).click();
    const region = own.getByRole('region', { name: 'Code voor je taalmaatje' });
    await region.waitFor();
    code = (await region.locator('.share-code__text').textContent()) ?? '';
    expect(code).toMatch(/^[A-Z0-9-]{8,}$/);
    await own.screenshot({ path: '.screenshots/delen-code-nl.png', fullPage: true });
  });

  it('the taalmaatje activates with the code and reads the agenda, in Arabic with Dutch beside it', async () => {
    await theirs.goto(`/activate#${code}`);
    // The helper's phone switches to Amal's language (Arabic) with the Dutch under each text.
    await theirs.getByRole('heading', { name: 'أنت تساعد Amal' }).waitFor();
    await theirs.screenshot({ path: '.screenshots/helper-home-ar.png', fullPage: true });
    expect(await theirs.getByRole('link', { name: 'أموالي' }).count()).toBe(0);
    await theirs.getByRole('link', { name: 'جدول مواعيدي' }).click();
    await theirs.getByText('Nederlandse les bij Sagenn').waitFor();
    // Read-only: no "Ik kom" / "Ik kan niet komen" (the answer buttons are the pressable ones).
    const lesson = theirs.getByRole('article', { name: 'Nederlandse les bij Sagenn' });
    expect(await lesson.locator('button[aria-pressed]').count()).toBe(0);
    expect(await lesson.getByRole('button', { name: /سأحضر|لا أستطيع الحضور|Ik kom|Ik kan niet komen/ }).count()).toBe(0);
    // Money was not shared: not on the screen, not even in the phone's database.
    await theirs.goto('/geld');
    await theirs.getByRole('heading', { name: 'أنت تساعد Amal' }).waitFor();
    expect(await countRows(theirs, 'payments')).toBe(0);
    expect(await countRows(theirs, 'appointments')).toBeGreaterThan(0);
    // "Deze telefoon" offers the taalmaatje notifications, with what a taalmaatje gets; never asked on load.
    await theirs.goto('/telefoon');
    await theirs.getByText(/فيما تمت مشاركته معك/).waitFor();
    expect(await theirs.evaluate(() => Notification.permission)).not.toBe('granted');
  });

  it('the inburgeraar sees the share in use and ends it; the taalmaatje’s phone wipes itself', async () => {
    await own.reload();
    const list = own.getByRole('region', { name: 'Wie kijkt mee' });
    await list.getByText('Je taalmaatje kijkt mee').waitFor();
    await list.getByRole('button', { name: 'Stop nu' }).click();
    await list.getByText('Gestopt').waitFor();
    // Delivered when nothing waits in the outbox any more.
    await expect.poll(() => countRows(own, 'outbox'), { timeout: 20_000 }).toBe(0);

    await theirs.reload();
    await expect.poll(() => countRows(theirs, 'appointments'), { timeout: 20_000 }).toBe(0);
    expect(await theirs.getByText('Nederlandse les bij Sagenn').count()).toBe(0);
  });
});
