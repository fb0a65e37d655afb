import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aDossier } from '../support/builders';
import { expectAxeClean } from './axe';
import { activateStaff, AppServer, launchPhone, type Phone } from './harness';

// Threat model, "Activation, lost cookies and device identity": a link `/activate#<code>` opened on
// a begeleider's locked work phone used to wipe its sealed caseload and a visit note not yet
// sent, and turn it into someone else's phone at once. Now the phone asks first: it says what is on
// it, wants the staff access code, refuses while a change waits to be sent (offering to send it first), and
// leaves everything as it was when the person says no. The same code opened again asks nothing.

const AMAL = 'rw-e2e-0201';
const OTHER = 'rw-e2e-0202';
const STAFF = 'e2e-switch-begeleider';
const ACCESS_CODE = 'fiets regen koffie dinsdag';
const NOTE = 'Samen naar de bibliotheek geweest';

const fragmentOf = (url: string): string => new URL(url).hash;

async function devicesOf(server: AppServer, dossierId: string): Promise<unknown[]> {
  const response = await server.admin('GET', `/api/admin/dossiers/${dossierId}/devices`);
  return ((await response.json()) as { devices: unknown[] }).devices;
}

describe('activating a device that is already activated', () => {
  const server = new AppServer();
  let begeleider: Phone;
  let staff: Page;

  beforeAll(async () => {
    mkdirSync('.screenshots', { recursive: true });
    await server.start();
    await server.importDossier(aDossier({ id: AMAL, firstName: 'Amal', language: 'ar' }));
    await server.importDossier(aDossier({ id: OTHER, firstName: 'Yonas', language: 'ti' }));
    begeleider = await launchPhone(server.origin);
    staff = begeleider.context.pages()[0] ?? (await begeleider.context.newPage());
  });

  afterAll(async () => {
    await begeleider?.close();
    await server.dispose();
  });

  it('asks first on a begeleider’s phone with a waiting visit note: access code, send first, and no means no', async () => {
    // A begeleider's work phone with an access code and one visit note that could not be sent yet.
    await activateStaff(staff, await server.staffActivation(STAFF, { name: 'Youssef', role: 'begeleider', dossiers: [AMAL] }), ACCESS_CODE);
    await staff.getByRole('link', { name: /Amal/ }).click();
    await staff.getByRole('heading', { name: 'Huisbezoek bij Amal' }).waitFor();
    // The connection drops for the note only: the phone is online, the note waits.
    await begeleider.context.route('**/api/sync/push', (route) => route.abort());
    await staff.getByLabel('Wat hebben jullie besproken?').fill(NOTE);
    await staff.getByRole('button', { name: 'Notitie bewaren' }).click();
    await staff.getByText('Wacht op internet: 1').waitFor();

    // Someone sends the begeleider a link with another person's code.
    const otherUrl = await server.activationUrl(OTHER);
    await staff.goto(`/activate${fragmentOf(otherUrl)}`);
    await staff.getByRole('heading', { name: 'Deze telefoon is al in gebruik' }).waitFor();
    await staff.getByText('Dit is de werktelefoon van een begeleider of consulent.').waitFor();
    await staff.getByText('Nog niet verstuurde wijzigingen: 1.', { exact: false }).waitFor();
    const confirm = staff.getByRole('button', { name: 'Ja, wissel naar de nieuwe code' });
    await staff.getByLabel('Toegangscode', { exact: true }).fill(ACCESS_CODE);
    // Refused while the note waits, access code or not.
    expect(await confirm.isDisabled()).toBe(true);
    await expectAxeClean(staff);
    await staff.screenshot({ path: '.screenshots/activation-switch-staff-nl.png', fullPage: true });

    // "No": nothing changed, on the phone or on the server; the code was not used.
    await staff.getByRole('button', { name: 'Nee, laat alles zoals het is' }).click();
    await staff.getByRole('heading', { name: /Mijn huishoudens|De app is op slot/ }).waitFor();
    expect(await devicesOf(server, OTHER)).toEqual([]);

    // Again, now sending the note first (the connection is back).
    await begeleider.context.unroute('**/api/sync/push');
    await staff.goto(`/activate${fragmentOf(otherUrl)}`);
    await staff.getByRole('heading', { name: 'Deze telefoon is al in gebruik' }).waitFor();
    await staff.getByLabel('Toegangscode', { exact: true }).fill(ACCESS_CODE);
    await staff.getByRole('button', { name: 'Eerst versturen' }).click();
    await staff.getByText('Nog niet verstuurde wijzigingen', { exact: false }).waitFor({ state: 'detached' });
    const notes = await (await server.admin('GET', `/api/admin/dossiers/${AMAL}/audit`)).json() as { entries: { action: string; status: string }[] };
    expect(notes.entries.filter((e) => e.action === 'visit.addNote')).toEqual([expect.objectContaining({ status: 'applied' })]);

    // A wrong access code is refused; the right one switches.
    await staff.getByLabel('Toegangscode', { exact: true }).fill('niet de goede code');
    await confirm.click();
    await staff.getByRole('alert').getByText('Deze code klopt niet. Probeer het opnieuw.').waitFor();
    expect(await devicesOf(server, OTHER)).toEqual([]);
    await staff.getByLabel('Toegangscode', { exact: true }).fill(ACCESS_CODE);
    await confirm.click();
    await staff.getByRole('heading', { name: 'Hallo Yonas!' }).waitFor();
    expect(await devicesOf(server, OTHER)).toHaveLength(1);

    // The same link opened again on this phone: nothing to ask, nothing changes.
    await staff.goto(`/activate${fragmentOf(otherUrl)}`);
    await staff.getByRole('heading', { name: 'Hallo Yonas!' }).waitFor();
    expect(await staff.getByRole('heading', { name: 'Deze telefoon is al in gebruik' }).count()).toBe(0);
    expect(await devicesOf(server, OTHER)).toHaveLength(1);
  });

  it('asks an inburgeraar’s phone with an app PIN for that PIN before it becomes someone else’s', async () => {
    // The phone is now Yonas's; he set an app PIN.
    await staff.goto('/telefoon');
    await staff.getByRole('button', { name: 'PIN-code maken' }).click();
    await staff.getByLabel('Nieuwe PIN-code').fill('2468');
    await staff.getByLabel('Typ de PIN-code nog een keer').fill('2468');
    await staff.getByRole('button', { name: 'PIN-code opslaan' }).click();
    await staff.getByText('De PIN-code is opgeslagen.').waitFor();

    await staff.goto(`/activate${fragmentOf(await server.activationUrl(AMAL))}`);
    await staff.getByRole('heading', { name: 'Deze telefoon is al in gebruik' }).waitFor();
    await staff.getByText('Op deze telefoon staan de gegevens van een inburgeraar.').waitFor();
    const pin = staff.getByLabel('Vul de pincode van deze app in');
    const confirm = staff.getByRole('button', { name: 'Ja, wissel naar de nieuwe code' });
    expect(await confirm.isDisabled()).toBe(true);
    await pin.fill('1357');
    await confirm.click();
    await staff.getByRole('alert').getByText('Deze pincode klopt niet.').waitFor();
    await pin.fill('2468');
    await confirm.click();
    await staff.getByRole('heading', { name: 'Hallo Amal!' }).waitFor();
  });
});
