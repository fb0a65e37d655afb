import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAxeClean } from './axe';
import { activateStaff, AppServer, goOnline, launchPhone, type Phone } from './harness';

// A consulent at the intake and after, on two phones: the consulent activates a staff code, sets
// an access code, makes a new dossier and shows its activation code; the inburgeraar's phone activates
// with that code. The consulent plans an appointment; the inburgeraar says "Ik kan niet komen"
// with a reason and asks a question; the consulent sees both under "Wat is er veranderd",
// answers and moves the appointment; the inburgeraar's phone shows the answer and the new time.

const STAFF = 'e2e-consulent';
const PIN = 'tulp molen fiets 591736';
const DOSSIER = 'rw-e2e-0301';
const TITLE = 'Gesprek over je voortgang';
const QUESTION = 'Mag ik een andere dag komen?';
const ANSWER = 'Ja. Ik heb de afspraak verplaatst naar 14:00.';

/** `YYYY-MM-DD`, some days from now. */
function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
const DAY = inDays(3);

/** A staff device opens locked after a reload; unlocking also syncs. */
async function unlock(page: Page, heading: string | RegExp, label = 'Toegangscode', button = 'Openen'): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(PIN);
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.getByRole('heading', { name: heading }).waitFor();
}

describe('a consulent: new dossier, activation, and what the inburgeraar changed, two phones', () => {
  const server = new AppServer();
  let inburgeraar: Phone;
  let consulent: Phone;
  let own: Page;
  let staff: Page;
  let code = '';

  beforeAll(async () => {
    mkdirSync('.screenshots', { recursive: true });
    await server.start();
    inburgeraar = await launchPhone(server.origin);
    consulent = await launchPhone(server.origin);
    own = inburgeraar.context.pages()[0] ?? (await inburgeraar.context.newPage());
    staff = consulent.context.pages()[0] ?? (await consulent.context.newPage());
  });

  afterAll(async () => {
    await inburgeraar?.close();
    await consulent?.close();
    await server.dispose();
  });

  it('the consulent activates a staff code and sets an access code', async () => {
    await activateStaff(staff, await server.staffActivation(STAFF, { name: 'Mark', role: 'consulent', dossiers: [] }), PIN);
    await expectAxeClean(staff);
    await staff.screenshot({ path: '.screenshots/consulent-caseload-nl.png', fullPage: true });
  });

  it('makes a new dossier through the form, then shows its activation code', async () => {
    await staff.getByRole('link', { name: 'Nieuw dossier' }).click();
    await staff.getByRole('heading', { level: 1, name: 'Nieuw dossier' }).waitFor();
    // Nothing filled in: refused, with a message beside the fields.
    await staff.getByRole('button', { name: 'Dossier maken' }).click();
    await staff.getByText('Vul de voornaam in.').waitFor();
    await expectAxeClean(staff);
    await staff.screenshot({ path: '.screenshots/consulent-new-dossier-nl.png', fullPage: true });

    await staff.getByLabel('Dossiernummer').fill(DOSSIER);
    await staff.getByLabel('Voornaam').fill('Samira');
    await staff.getByLabel('Taal van de app').selectOption('ar');
    await staff.getByLabel('Doelgroep').selectOption('asielstatushouder');
    await staff.getByLabel('Leerroute').selectOption('b1');
    await staff.getByLabel('Naam', { exact: true }).fill('Mark de Vries');
    await staff.getByRole('button', { name: 'Dossier maken' }).click();

    await staff.getByRole('heading', { level: 1, name: 'Telefoon activeren' }).waitFor();
    const shown = staff.locator('.consulent-code__text');
    await shown.waitFor();
    code = (await shown.innerText()).replace(/\s+/g, '');
    expect(code.length).toBeGreaterThanOrEqual(8);
    await staff.getByRole('img', { name: 'QR-code om de telefoon te activeren' }).waitFor();
    await expectAxeClean(staff);
    await staff.screenshot({ path: '.screenshots/consulent-activation-nl.png', fullPage: true });
  });

  it('the inburgeraar’s phone activates with the code shown', async () => {
    await own.goto('/activate');
    await own.getByLabel('Of typ je code').fill(code);
    await own.getByRole('button', { name: 'Verder' }).click();
    await own.getByRole('heading', { name: 'Hallo Samira!' }).waitFor();
  });

  it('the consulent plans an appointment for the new household', async () => {
    await staff.goto('/');
    await unlock(staff, 'Mijn huishoudens');
    await staff.getByRole('link', { name: /Samira/ }).click();
    await staff.getByRole('heading', { name: 'Huisbezoek bij Samira' }).waitFor();
    await staff.getByRole('button', { name: 'Nieuwe afspraak' }).click();
    const form = staff.getByRole('form', { name: 'Nieuwe afspraak' });
    await form.getByLabel('Datum').fill(DAY);
    await form.getByLabel('Begint om').fill('10:00');
    await form.getByLabel('Eindigt om').fill('11:00');
    await form.getByLabel('Soort afspraak').selectOption('voortgangsgesprek');
    await form.getByLabel('Titel').fill(TITLE);
    await form.getByLabel('Plaats (naam)').fill('Gemeentehuis');
    await form.getByLabel('Adres (mag leeg blijven)').fill('Bogaardplein 15, Rijswijk');
    await expectAxeClean(staff);
    await form.getByRole('button', { name: 'Opslaan' }).click();
    const planned = staff.getByRole('article', { name: TITLE });
    await planned.getByText('Verstuurd').waitFor({ timeout: 30_000 });
    await staff.getByText('Alles is verstuurd').waitFor();
  });

  it('the inburgeraar says "Ik kan niet komen" with a reason, and asks a question', async () => {
    await own.goto('/agenda');
    const appointment = own.getByRole('article', { name: TITLE });
    await appointment.waitFor({ timeout: 30_000 });
    await appointment.getByText('10:00 – 11:00').waitFor();
    await appointment.getByRole('button', { name: 'Ik kan niet komen' }).click();
    await appointment.getByRole('radio', { name: 'Mijn kind is ziek' }).check();
    await appointment.getByRole('button', { name: 'Doorgeven' }).click();
    await appointment.getByText('Doorgegeven').waitFor({ timeout: 30_000 });

    await own.goto('/vraag');
    await own.getByRole('textbox', { name: 'Of schrijf je vraag' }).fill(QUESTION);
    await own.getByRole('radio', { name: /Mark de Vries/ }).check();
    await own.getByRole('button', { name: 'Verstuur' }).click();
    await own.getByRole('region', { name: 'Mijn vragen' }).getByText('Verstuurd').waitFor({ timeout: 30_000 });
  });

  // The answer and the move are made without a connection; sent when it is back (with backoff: room on a busy machine).
  it('the consulent syncs, sees both under "Wat is er veranderd", answers and moves the appointment offline', { timeout: 120_000 }, async () => {
    await staff.reload();
    await unlock(staff, 'Huisbezoek bij Samira');
    const changed = staff.getByRole('region', { name: 'Wat is er veranderd' });
    await changed.getByText(QUESTION).waitFor({ timeout: 30_000 });
    await changed.getByText('Kan niet komen').waitFor();
    await changed.getByText('Mijn kind is ziek').waitFor();
    const entries = changed.getByRole('listitem');
    expect(await entries.count()).toBe(2);
    // Newest first: the question came after the answer to the appointment.
    await entries.first().getByText(QUESTION).waitFor();
    await expectAxeClean(staff);
    await staff.screenshot({ path: '.screenshots/consulent-household-nl.png', fullPage: true });

    await server.kill();
    await consulent.context.setOffline(true);
    await changed.getByLabel('Antwoord').fill(ANSWER);
    await changed.getByRole('button', { name: 'Stuur antwoord' }).click();
    await changed.getByText(ANSWER).waitFor();
    await changed.getByText('Wacht op internet').waitFor();

    const appointment = staff.getByRole('article', { name: TITLE });
    await appointment.getByRole('button', { name: 'Verplaatsen of wijzigen' }).click();
    const form = appointment.getByRole('form', { name: 'Afspraak verplaatsen' });
    expect(await form.getByLabel('Begint om').inputValue()).toBe('10:00');
    await form.getByLabel('Begint om').fill('14:00');
    await form.getByLabel('Eindigt om').fill('15:00');
    await expectAxeClean(staff);
    await staff.screenshot({ path: '.screenshots/consulent-move-nl.png', fullPage: true });
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await appointment.getByText('Verplaatst').waitFor();
    await appointment.getByText('Wacht op internet').waitFor();
    await staff.getByText('Wacht op internet: 2').waitFor();

    await goOnline(server, consulent.context);
    await staff.getByText('Alles is verstuurd').waitFor({ timeout: 60_000 });
    await changed.getByText('Verstuurd').waitFor();
    await appointment.getByText('Verstuurd').waitFor();
  });

  it('the inburgeraar’s home shows "2 nieuw": the answer and the move; opening them marks them seen, also after a reload', async () => {
    await own.goto('/');
    const news = own.getByRole('region', { name: '2 nieuw' });
    await news.waitFor({ timeout: 30_000 });
    // What to do now stays first; what changed comes right under it.
    expect(await own.locator('section.card').first().getAttribute('aria-labelledby')).toBe('next-title');
    expect(await news.getByRole('listitem').count()).toBe(2);
    await news.getByRole('link', { name: 'Een afspraak is verplaatst' }).waitFor();
    await expectAxeClean(own);
    await own.screenshot({ path: '.screenshots/what-changed-home-nl.png', fullPage: true });

    // Opening the item marks it seen; opening the agenda screen marks the move seen.
    await news.getByRole('link', { name: 'Je hebt een antwoord op je vraag' }).click();
    await own.getByRole('region', { name: 'Mijn vragen' }).getByText(ANSWER).waitFor();
    await own.getByRole('link', { name: 'Thuis in Rijswijk' }).first().click();
    await own.getByRole('region', { name: '1 nieuw' }).getByRole('link', { name: 'Een afspraak is verplaatst' }).waitFor();
    await own.goto('/agenda');
    await own.getByRole('article', { name: TITLE }).waitFor();
    await own.goto('/');
    await own.getByRole('heading', { name: 'Je volgende afspraak' }).waitFor();
    await own.getByRole('link', { name: 'Mijn agenda' }).waitFor();
    await own.reload();
    await own.getByRole('link', { name: 'Mijn agenda' }).waitFor();
    await own.waitForTimeout(1_000); // the card loads as its own chunk: give it the time to appear if it would
    expect(await own.getByRole('region', { name: /nieuw/ }).count()).toBe(0);
  });

  it('the inburgeraar’s phone syncs and shows the answer and the new time', async () => {
    await own.goto('/vraag');
    const mine = own.getByRole('region', { name: 'Mijn vragen' });
    await mine.getByText(ANSWER).waitFor({ timeout: 30_000 });
    await mine.getByText('Beantwoord').waitFor();
    await own.screenshot({ path: '.screenshots/consulent-answer-inburgeraar-nl.png', fullPage: true });

    await own.goto('/agenda');
    const appointment = own.getByRole('article', { name: TITLE });
    await appointment.getByText('14:00 – 15:00').waitFor({ timeout: 30_000 });
    await appointment.getByText('Verplaatst').waitFor();
    await own.screenshot({ path: '.screenshots/consulent-moved-inburgeraar-nl.png', fullPage: true });
  });

  it('in Arabic: caseload, household with its actions, new dossier and activation code, axe-clean', async () => {
    await staff.goto('/?lang=ar');
    await unlock(staff, 'عائلاتي', 'رمز الدخول', 'فتح');
    await staff.getByRole('link', { name: 'ملف جديد' }).waitFor();
    await expectAxeClean(staff);
    await staff.screenshot({ path: '.screenshots/consulent-caseload-ar.png', fullPage: true });

    await staff.getByRole('link', { name: /Samira/ }).click();
    await staff.getByRole('region', { name: 'ما الذي تغيّر' }).getByText(ANSWER).waitFor();
    await staff.getByRole('article', { name: TITLE }).getByRole('button', { name: 'نقل أو تغيير' }).click();
    await expectAxeClean(staff);
    await staff.screenshot({ path: '.screenshots/consulent-household-ar.png', fullPage: true });

    await staff.getByRole('link', { name: 'رمز التفعيل' }).click();
    await staff.locator('.consulent-code__text').waitFor();
    await expectAxeClean(staff);
    await staff.screenshot({ path: '.screenshots/consulent-activation-ar.png', fullPage: true });

    await staff.getByRole('link', { name: 'إنشاء ملف آخر' }).click();
    await staff.getByRole('heading', { level: 1, name: 'ملف جديد' }).waitFor();
    await expectAxeClean(staff);
    await staff.screenshot({ path: '.screenshots/consulent-new-dossier-ar.png', fullPage: true });
  });
});
