import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aDossier } from '../support/builders';
import { expectAxeClean } from './axe';
import { AppServer, dumpIndexedDb, goOnline, launchPhone, type Phone } from './harness';

// A begeleider's home visit without signal, on two phones: the begeleider activates a staff code,
// sets an access code (this browser has no fingerprint or screen lock; the passkey path is in
// staff-passkey.test.ts) and gets exactly their caseload; offline they tick a checklist item and
// write a visit note; after a reload the access code is asked again and the changes still wait,
// sealed (a raw dump of IndexedDB holds neither the first name nor the note); online again they
// are sent, and the inburgeraar's phone shows the item as done. The inburgeraar's question to their
// maatschappelijk begeleider reaches the begeleider's device (flagged on the caseload, which is
// sorted by need), is answered there offline, and the answer shows on the inburgeraar's phone.

const AMAL = 'rw-e2e-0101';
const YONAS = 'rw-e2e-0102';
const OUTSIDE = 'rw-e2e-0103';
const STAFF = 'e2e-begeleider';
const PIN = 'fiets regen koffie dinsdag';
const NOTE = 'Samen de huisarts gebeld, inschrijving komt per post';
const QUESTION = 'Kunt u helpen met de brief van de gemeente?';
const ANSWER = 'Ja, ik neem hem dinsdag mee bij het huisbezoek';

describe('a begeleider’s home visit offline, two phones', () => {
  const server = new AppServer();
  let inburgeraar: Phone;
  let begeleider: Phone;
  let own: Page;
  let staff: Page;

  beforeAll(async () => {
    mkdirSync('.screenshots', { recursive: true });
    await server.start();
    const contacts = [
      { id: 'c1', role: 'consulent-inburgering' as const, name: 'Mark de Vries', phone: '+31701234567' },
      { id: 'c2', role: 'maatschappelijk-begeleider' as const, name: 'Youssef Haddad' },
      { id: 'c3', role: 'taalschool' as const, name: 'Marieke Janssen', phone: '+31705550188' },
    ];
    await server.importDossier(aDossier({ id: AMAL, firstName: 'Amal', language: 'ar', contacts }));
    await server.importDossier(aDossier({ id: YONAS, firstName: 'Yonas', language: 'ti' }));
    await server.importDossier(aDossier({ id: OUTSIDE, firstName: 'Farida', language: 'fa' }));
    inburgeraar = await launchPhone(server.origin);
    begeleider = await launchPhone(server.origin);
    own = inburgeraar.context.pages()[0] ?? (await inburgeraar.context.newPage());
    staff = begeleider.context.pages()[0] ?? (await begeleider.context.newPage());
  });

  afterAll(async () => {
    await inburgeraar?.close();
    await begeleider?.close();
    await server.dispose();
  });

  it('the inburgeraar’s phone is activated and shows the checklist item still to do', async () => {
    await own.goto(await server.activationUrl(AMAL));
    await own.getByRole('heading', { name: 'Hallo Amal!' }).waitFor();
    await own.goto('/geregeld');
    await own.getByRole('article', { name: 'Huisarts' }).getByText('Nog doen').waitFor();
  });

  it('the inburgeraar asks the maatschappelijk begeleider; the teacher is offered by phone, not as a recipient', async () => {
    await own.goto('/vraag');
    const to = own.getByRole('group', { name: 'Aan wie?' });
    await to.getByRole('radio', { name: /Youssef Haddad/ }).check();
    expect(await to.getByRole('radio', { name: /Marieke Janssen/ }).count()).toBe(0);
    await own.getByRole('region', { name: 'Bellen of appen' }).getByRole('link', { name: 'Bel Marieke Janssen' }).waitFor();
    await own.getByRole('textbox', { name: 'Of schrijf je vraag' }).fill(QUESTION);
    await own.getByRole('button', { name: 'Verstuur' }).click();
    await own.getByRole('region', { name: 'Mijn vragen' }).getByText('Verstuurd').waitFor({ timeout: 30_000 });
  });

  it('the begeleider activates a staff code and must choose an access code first (Arabic and Dutch)', async () => {
    const hash = await server.staffActivation(STAFF, { name: 'Youssef', role: 'begeleider', dossiers: [AMAL, YONAS] });

    await staff.goto(`/activate?lang=ar${hash}`);
    await staff.getByRole('heading', { name: 'احمِ هذا الهاتف' }).waitFor();
    await expectAxeClean(staff);
    await staff.screenshot({ path: '.screenshots/staff-pin-setup-ar.png', fullPage: true });

    await staff.goto('/?lang=nl');
    await staff.getByRole('heading', { name: 'Beveilig deze telefoon' }).waitFor();
    await staff.getByText('Niemand kan je toegangscode terughalen').waitFor();
    // No platform authenticator in this browser: only the access code is offered.
    expect(await staff.getByRole('button', { name: 'Vingerafdruk of schermvergrendeling gebruiken' }).count()).toBe(0);
    await expectAxeClean(staff);
    await staff.screenshot({ path: '.screenshots/staff-pin-setup-nl.png', fullPage: true });

    // A 6-digit PIN is too short now, then two different codes: refused with a clear message.
    await staff.getByLabel('Nieuwe toegangscode (minstens 12 tekens)').fill('482913');
    await staff.getByLabel('Typ de toegangscode nog een keer').fill('482913');
    await staff.getByRole('button', { name: 'Toegangscode instellen' }).click();
    await staff.getByRole('alert').getByText('Kies minstens 12 tekens.').waitFor();
    await staff.getByLabel('Nieuwe toegangscode (minstens 12 tekens)').fill(PIN);
    await staff.getByLabel('Typ de toegangscode nog een keer').fill(`${PIN}!`);
    await staff.getByRole('button', { name: 'Toegangscode instellen' }).click();
    await staff.getByRole('alert').getByText('De twee codes zijn niet hetzelfde.').waitFor();
    await staff.getByLabel('Typ de toegangscode nog een keer').fill(PIN);
    await staff.getByRole('button', { name: 'Toegangscode instellen' }).click();
  });

  it('syncs the caseload: both households of the caseload, not the one outside it', async () => {
    await staff.getByRole('heading', { name: 'Mijn huishoudens' }).waitFor();
    await staff.getByRole('link', { name: /Amal/ }).waitFor();
    await staff.getByRole('link', { name: /Yonas/ }).waitFor();
    expect(await staff.getByText('Farida').count()).toBe(0);
    await staff.getByRole('region', { name: 'Nog open bij alle huishoudens' }).getByText('Huisarts').waitFor();
    // Op koers: Amal's unanswered question puts her first, with why.
    await staff.getByRole('link', { name: /Amal/ }).getByText('Vraag zonder antwoord').waitFor();
    const order = await staff.locator('.staff-households > li').allInnerTexts();
    expect(order[0]).toContain('Amal');
    await expectAxeClean(staff);
    await staff.screenshot({ path: '.screenshots/staff-caseload-nl.png', fullPage: true });
  });

  it('opens a household with the checklist in Dutch and the household’s language', async () => {
    await staff.getByRole('link', { name: /Amal/ }).click();
    await staff.getByRole('heading', { name: 'Huisbezoek bij Amal' }).waitFor();
    const item = staff.getByRole('article', { name: 'Huisarts' });
    // Amal reads Arabic: the item's name in Arabic beside the Dutch.
    await item.locator('[lang="ar"]').waitFor();
    await expectAxeClean(staff);
    await staff.screenshot({ path: '.screenshots/staff-household-nl.png', fullPage: true });
  });

  it('offline: ticks the item and writes a visit note, both waiting to be sent', async () => {
    // Once online reload so the service worker controls the page, then lose the connection.
    await staff.reload();
    await staff.getByRole('heading', { name: 'De app is op slot' }).waitFor();
    expect(await staff.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await staff.getByLabel('Toegangscode', { exact: true }).fill(PIN);
    await staff.getByRole('button', { name: 'Openen', exact: true }).click();
    await staff.getByRole('heading', { name: 'Huisbezoek bij Amal' }).waitFor();
    await server.kill();
    await begeleider.context.setOffline(true);

    const item = staff.getByRole('article', { name: 'Huisarts' });
    await item.getByRole('button', { name: 'Klaar' }).click();
    await item.getByText('Wacht op internet').waitFor();
    expect(await item.getByRole('button', { name: 'Klaar' }).getAttribute('aria-pressed')).toBe('true');

    await staff.getByLabel('Wat hebben jullie besproken?').fill(NOTE);
    await staff.getByRole('button', { name: 'Notitie bewaren' }).click();
    await staff.getByText(NOTE).waitFor();

    // The question to the maatschappelijk begeleider, answered offline.
    const changed = staff.getByRole('region', { name: /Wat is er veranderd/ });
    const question = changed.getByRole('listitem').filter({ hasText: QUESTION });
    await question.getByLabel('Antwoord').fill(ANSWER);
    await question.getByRole('button', { name: /Stuur antwoord/ }).click();
    await question.getByText(ANSWER).waitFor();
    await question.getByText('Wacht op internet').waitFor();
    await staff.getByText('Wacht op internet: 3').waitFor();
  });

  it('after a reload asks the access code again, refuses a wrong one, and still has the waiting changes', async () => {
    await staff.reload();
    await staff.getByRole('heading', { name: 'De app is op slot' }).waitFor();
    expect(await staff.getByText(NOTE).count()).toBe(0);
    await staff.getByLabel('Toegangscode', { exact: true }).fill('fiets regen koffie woensdag');
    await staff.getByRole('button', { name: 'Openen', exact: true }).click();
    await staff.getByRole('alert').getByText('Deze code klopt niet. Probeer het opnieuw.').waitFor();
    await expectAxeClean(staff);
    await staff.screenshot({ path: '.screenshots/staff-unlock-wrong-nl.png', fullPage: true });

    await staff.getByLabel('Toegangscode', { exact: true }).fill(PIN);
    await staff.getByRole('button', { name: 'Openen', exact: true }).click();
    await staff.getByRole('heading', { name: 'Huisbezoek bij Amal' }).waitFor();
    await staff.getByText(NOTE).waitFor();
    await staff.getByText(ANSWER).waitFor();
    await staff.getByText('Wacht op internet: 3').waitFor();
  });

  it('keeps nothing readable in IndexedDB: no first name, no note', async () => {
    const dump = await dumpIndexedDb(staff);
    expect(dump).toContain('thuis-staff');
    expect(dump).toContain(AMAL);
    for (const secret of ['Amal', 'Yonas', 'Mark de Vries', '+31701234567', 'huisarts gebeld', NOTE, QUESTION, ANSWER, PIN]) {
      expect(dump).not.toContain(secret);
    }
  });

  // Both phones retry with backoff while the server was away: room for that on a busy machine.
  it('back online: the changes are sent, and the inburgeraar’s phone shows the item as done', { timeout: 150_000 }, async () => {
    await goOnline(server, begeleider.context);
    await staff.getByText('Alles is verstuurd').waitFor({ timeout: 60_000 });
    const item = staff.getByRole('article', { name: 'Huisarts' });
    expect(await item.getByText('Wacht op internet').count()).toBe(0);

    // The app syncs when it starts: one load, then the pulled change shows by itself.
    await own.goto('/geregeld');
    await own.getByRole('article', { name: 'Huisarts' }).getByText('Klaar', { exact: true }).waitFor({ timeout: 60_000 });
    await own.screenshot({ path: '.screenshots/staff-visit-inburgeraar-nl.png', fullPage: true });

    // The begeleider's answer, on the inburgeraar's "Vraag" screen.
    await own.goto('/vraag');
    const mine = own.getByRole('region', { name: 'Mijn vragen' });
    await mine.getByText(ANSWER).waitFor({ timeout: 60_000 });
    await mine.getByText(/Antwoord van je maatschappelijk begeleider/).waitFor();
    await expectAxeClean(own);
    await own.screenshot({ path: '.screenshots/staff-answer-inburgeraar-nl.png', fullPage: true });
  });

  it('in Arabic: caseload, household and the lock screen, axe-clean', async () => {
    await staff.goto('/?lang=ar');
    await staff.getByRole('heading', { name: 'التطبيق مقفل' }).waitFor();
    await staff.getByLabel('رمز الدخول', { exact: true }).fill(PIN);
    await staff.getByRole('button', { name: 'فتح', exact: true }).click();
    await staff.getByRole('heading', { name: 'عائلاتي' }).waitFor();
    await expectAxeClean(staff);
    await staff.screenshot({ path: '.screenshots/staff-caseload-ar.png', fullPage: true });

    await staff.getByRole('link', { name: /Amal/ }).click();
    await staff.getByRole('heading', { name: /زيارة منزلية عند/ }).waitFor();
    await staff.getByText(NOTE).waitFor();
    await expectAxeClean(staff);
    await staff.screenshot({ path: '.screenshots/staff-household-ar.png', fullPage: true });

    await staff.getByRole('button', { name: 'قفل' }).click();
    await staff.getByRole('heading', { name: 'التطبيق مقفل' }).waitFor();
    expect(await staff.getByText(NOTE).count()).toBe(0);
    await expectAxeClean(staff);
    await staff.screenshot({ path: '.screenshots/staff-unlock-ar.png', fullPage: true });
  });

  it('revoked by the admin while locked: the device wipes itself at its next contact, without the PIN', async () => {
    const before = JSON.parse(await dumpIndexedDb(staff)) as Record<string, Record<string, unknown[]>>;
    expect(before['thuis-staff']?.rows?.length).toBeGreaterThan(0);
    const list = await server.admin('GET', `/api/admin/staff/${STAFF}/devices`);
    const { devices } = (await list.json()) as { devices: { id: string }[] };
    expect(devices).toHaveLength(1);
    expect((await server.admin('DELETE', `/api/admin/devices/${devices[0]?.id ?? ''}`)).ok).toBe(true);
    await staff.goto('/?lang=nl');
    await expect
      .poll(async () => (JSON.parse(await dumpIndexedDb(staff)) as Record<string, Record<string, unknown[]>>)['thuis-staff']?.rows?.length, { timeout: 30_000 })
      .toBe(0);
    const dump = JSON.parse(await dumpIndexedDb(staff)) as Record<string, Record<string, unknown[]>>;
    expect(dump['thuis-staff']?.vault).toEqual([]);
    expect(dump.thuis?.meta).toEqual([]);
    await staff.getByRole('heading', { name: 'De app is op slot' }).waitFor({ state: 'detached' });
  });
});
