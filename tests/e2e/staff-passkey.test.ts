import { mkdirSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/domain/sync';
import { aDossier } from '../support/builders';
import { expectAxeClean } from './axe';
import { AppServer, dumpIndexedDb, launchPhone, type Phone } from './harness';

// A begeleider's phone with a platform authenticator (fingerprint or screen lock), here Chromium's
// virtual one with the PRF extension: the caseload's vault key is wrapped by the authenticator's
// PRF output, so the phone opens with it and nothing on the disk can be guessed. The device key
// sealed in the vault signs every sync, and the session cookie alone, copied out of the browser,
// opens nothing on the server.

const AMAL = 'rw-e2e-0501';
const STAFF = 'e2e-begeleider-passkey';

describe('a staff phone that opens with fingerprint or screen lock (WebAuthn PRF)', () => {
  const server = new AppServer();
  let phone: Phone;
  let page: Page;
  let cdp: CDPSession;
  let authenticatorId = '';

  beforeAll(async () => {
    mkdirSync('.screenshots', { recursive: true });
    await server.start();
    await server.importDossier(aDossier({ id: AMAL, firstName: 'Amal', language: 'ar' }));
    phone = await launchPhone(server.origin);
    page = phone.context.pages()[0] ?? (await phone.context.newPage());
    cdp = await phone.context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    ({ authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        ctap2Version: 'ctap2_1',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        hasPrf: true,
        automaticPresenceSimulation: true,
      },
    }));
  });

  afterAll(async () => {
    await phone?.close();
    await server.dispose();
  });

  it('sets up with the passkey, registers its device key, and syncs the caseload', async () => {
    const fragment = await server.staffActivation(STAFF, { name: 'Youssef', role: 'begeleider', dossiers: [AMAL] });
    await page.goto(`/activate?lang=nl${fragment}`);
    await page.getByRole('heading', { name: 'Beveilig deze telefoon' }).waitFor();
    const button = page.getByRole('button', { name: 'Vingerafdruk of schermvergrendeling gebruiken' });
    await button.waitFor();
    await expectAxeClean(page);
    await page.screenshot({ path: '.screenshots/staff-passkey-setup-nl.png', fullPage: true });
    await button.click();
    await page.getByRole('heading', { name: 'Mijn huishoudens' }).waitFor();
    await page.getByRole('link', { name: /Amal/ }).waitFor();

    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(credentials).toHaveLength(1);
    const dump = JSON.parse(await dumpIndexedDb(page)) as Record<string, Record<string, { key: string }[]>>;
    expect(dump['thuis-staff']?.vault?.map((r) => r.key).sort()).toEqual(['device-key', 'wrap-passkey']);
    const text = JSON.stringify(dump);
    for (const secret of ['Amal', 'Mark de Vries', '+31701234567']) expect(text).not.toContain(secret);

    const handle = server.openDatabase();
    try {
      const sessions = await handle.db.selectFrom('session').select(['kind', 'device_key']).where('staff_id', '=', STAFF).execute();
      expect(sessions).toEqual([{ kind: 'staff', device_key: expect.stringMatching(/^[A-Za-z0-9_-]{100,}$/) }]);
    } finally {
      await handle.close();
    }
  });

  it('the session cookie copied out of the browser opens nothing without the device key', async () => {
    const cookie = (await phone.context.cookies()).find((c) => c.name === 'tir_session');
    expect(cookie).toBeDefined();
    const response = await fetch(`${server.origin}/api/sync/pull`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `tir_session=${cookie?.value ?? ''}` },
      body: JSON.stringify({ schemaVersion: SCHEMA_VERSION, clientId: 'a-copied-cookie', cookie: null }),
    });
    expect(response.status).toBe(428);
    const body = await response.text();
    expect(JSON.parse(body)).toMatchObject({ error: { code: 'proof-required' } });
    expect(body).not.toContain('Amal');
  });

  it('locks, and opens again with fingerprint or screen lock, also after a reload; a change is sent', async () => {
    await page.getByRole('button', { name: 'Vergrendel' }).click();
    await page.getByRole('heading', { name: 'De app is op slot' }).waitFor();
    expect(await page.getByText('Amal').count()).toBe(0);
    // Only the passkey was set up: no access code field.
    expect(await page.getByLabel('Toegangscode', { exact: true }).count()).toBe(0);
    await expectAxeClean(page);
    await page.screenshot({ path: '.screenshots/staff-passkey-unlock-nl.png', fullPage: true });
    await page.getByRole('button', { name: 'Openen met vingerafdruk of schermvergrendeling' }).click();
    await page.getByRole('link', { name: /Amal/ }).waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'De app is op slot' }).waitFor();
    await page.getByRole('button', { name: 'Openen met vingerafdruk of schermvergrendeling' }).click();
    await page.getByRole('link', { name: /Amal/ }).click();
    const item = page.getByRole('article', { name: 'Huisarts' });
    await item.getByRole('button', { name: 'Klaar' }).click();
    // Pushed with the device's proof: the server has it.
    const huisarts = async () => {
      const stored = await server.admin('GET', `/api/admin/dossiers/${AMAL}`);
      const dossier = (await stored.json()) as { checklist: { kind: string; status: string }[] };
      return dossier.checklist.find((c) => c.kind === 'huisarts')?.status;
    };
    await expect.poll(huisarts, { timeout: 30_000 }).toBe('done');
    await page.getByText('Alles is verstuurd').waitFor({ timeout: 30_000 });
  });
});
