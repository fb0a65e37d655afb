import Database from 'better-sqlite3';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aDossier, aLesson } from '../support/builders';
import { AppServer, goOffline, goOnline, launchPhone, type Phone } from './harness';

// The walking skeleton's promise, in a real browser: activate by link, see the next lesson, lose
// the connection (server killed, browser offline), reload and open a fresh tab, answer "Ik kan
// niet komen" offline, and find it on the server exactly once after coming back online.

const DOSSIER = 'rw-e2e-0001';

function tomorrowAt(hour: number): string {
  const d = new Date(Date.now() + 86_400_000);
  d.setUTCHours(hour - 1, 0, 0, 0);
  return d.toISOString();
}

function attendanceOnServer(server: AppServer) {
  const db = new Database(server.sqliteFile, { readonly: true, fileMustExist: true });
  try {
    const mutations = db
      .prepare("select mutation_id, status from mutation where name = 'appointment.setAttendance'")
      .all() as { mutation_id: number; status: string }[];
    const row = db.prepare("select value from row where tbl = 'attendance' and deleted = 0").get() as { value: string } | undefined;
    return { mutations, attendance: row ? (JSON.parse(row.value) as Record<string, unknown>) : null };
  } finally {
    db.close();
  }
}

describe('offline agenda, end to end', () => {
  const server = new AppServer();
  let phone: Phone;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    await server.start();
    await server.importDossier(
      aDossier({
        id: DOSSIER,
        firstName: 'Amal',
        appointments: [aLesson('les-1', tomorrowAt(9), { title: 'Nederlandse les bij Sagenn' })],
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

  it('activates by link and shows the next lesson', async () => {
    await page.goto(await server.activationUrl(DOSSIER));
    await page.getByRole('heading', { name: 'Hallo Amal!' }).waitFor();
    await page.getByText('Nederlandse les bij Sagenn').waitFor();
    expect(page.url()).not.toContain('#');
  });

  it('is installable', async () => {
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors).toEqual([]);
  });

  it('still shows the next lesson offline, after a reload and in a fresh tab', async () => {
    // Reload once online so the service worker controls the page, then lose everything.
    await page.reload();
    await page.getByText('Nederlandse les bij Sagenn').waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await goOffline(server, context, page);
    await page.getByText('Nederlandse les bij Sagenn').waitFor();
    await page.getByText('Geen internet. Je ziet wat op je telefoon staat.').waitFor();

    const tab = await context.newPage();
    await tab.goto('/');
    await tab.getByText('Nederlandse les bij Sagenn').waitFor();
    await tab.close();
  });

  it('says "Ik kan niet komen" offline; the server has it exactly once after coming back', async () => {
    await page.getByRole('link', { name: 'Bekijk je agenda' }).click();
    const lesson = page.getByRole('article', { name: 'Nederlandse les bij Sagenn' });
    await lesson.getByRole('button', { name: 'Ik kan niet komen' }).click();
    await lesson.getByRole('radio', { name: 'Mijn kind is ziek' }).check();
    await lesson.getByRole('button', { name: 'Doorgeven' }).click();
    await lesson.getByText('Wacht op internet').waitFor();
    await page.getByText('1 wijziging wacht op internet').waitFor();

    // The waiting change survives a reload while still offline.
    await page.reload();
    await page.getByRole('article', { name: 'Nederlandse les bij Sagenn' }).getByText('Je kunt niet komen.').waitFor();
    await page.getByText('1 wijziging wacht op internet').waitFor();

    await goOnline(server, context);
    await page.getByRole('article', { name: 'Nederlandse les bij Sagenn' }).getByText('Doorgegeven').waitFor();
    await page.getByText('1 wijziging wacht op internet').waitFor({ state: 'detached' });

    // Another sync (a reload) must not apply it again.
    await page.reload();
    await page.getByRole('article', { name: 'Nederlandse les bij Sagenn' }).getByText('Doorgegeven').waitFor();
    const onServer = attendanceOnServer(server);
    expect(onServer.mutations).toEqual([{ mutation_id: 1, status: 'applied' }]);
    expect(onServer.attendance).toMatchObject({ appointmentId: 'les-1', attendance: 'not-coming', reason: 'Mijn kind is ziek' });
  });

  it('made no request to any other host', () => {
    expect(phone.foreignRequests).toEqual([]);
  });
});
