import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { aDossier } from '../../../../tests/support/builders';
import { renderAt } from '../../../../tests/support/renderAt';
import { db, syncEngine } from '../../../data/device';
import { staffStore, vault } from '../../../data/staffDevice';
import { resetDevice } from '../../../data/local';
import { LOCK_AFTER_MS, PBKDF2_ITERATIONS } from '../../../data/staffVault';
import { dossierToRows } from '../../../domain/tables';
import { initI18n } from '../../i18n/i18n';
import { StaffRoutes } from './StaffRoutes';

// A begeleider's work phone: how it opens first (here a secret: jsdom has no authenticator), then
// the caseload; a home visit changes the checklist offline; after five quiet minutes the unlock
// screen comes back by itself. A phone set up with the old 6-digit PIN opens with it once and
// then chooses a new way to open, keeping its waiting changes.
// Argon2id over 64 MiB takes a moment on a busy machine: waits after a secret are longer.
const SLOW = { timeout: 15_000 };

const PIN = 'fiets regen koffie dinsdag';
const AMAL = aDossier({ id: 'rw-test-0101', firstName: 'Amal', language: 'ar' });

async function pullCaseload(): Promise<void> {
  await staffStore.applyPull({
    cookie: 1,
    lastMutationId: 0,
    patch: [{ op: 'clear' }, ...dossierToRows(AMAL).map((r) => ({ op: 'put' as const, table: r.table, id: r.key, value: r.value }))],
  });
}

describe('staff device screens', () => {
  beforeAll(async () => {
    await initI18n('nl');
    // No server in a component test: a sync attempt would only report "offline".
    vi.spyOn(syncEngine, 'sync').mockResolvedValue('offline');
  });

  beforeEach(async () => {
    await resetDevice(db, { kind: 'staff', dossierId: null, staffId: 'mw-1', role: 'begeleider', dossiers: [AMAL.id] });
    await vault.wipe();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks for a secret of 12 characters or more, not too simple, twice the same, then shows the caseload', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    renderAt('/', <StaffRoutes />);
    await screen.findByRole('heading', { name: 'Beveilig deze telefoon' });
    // No fingerprint or screen lock here: only the secret is offered.
    expect(screen.queryByRole('button', { name: /Vingerafdruk/ })).toBeNull();
    const first = screen.getByLabelText('Nieuwe toegangscode (minstens 12 tekens)');
    const again = screen.getByLabelText('Typ de toegangscode nog een keer');
    const save = () => user.click(screen.getByRole('button', { name: /Toegangscode instellen/ }));
    await user.type(first, '482913');
    await user.type(again, '482913');
    await save();
    expect((await screen.findByRole('alert')).textContent).toBe('Kies minstens 12 tekens.');
    await user.clear(first);
    await user.clear(again);
    await user.type(first, '111111111111');
    await user.type(again, '111111111111');
    await save();
    expect((await screen.findByRole('alert')).textContent).toBe('Deze code is te makkelijk. Gebruik meer verschillende tekens.');
    await user.clear(first);
    await user.clear(again);
    await user.type(first, PIN);
    await user.type(again, `${PIN}!`);
    await save();
    expect((await screen.findByRole('alert')).textContent).toBe('De twee codes zijn niet hetzelfde.');
    await user.clear(again);
    await user.type(again, PIN);
    await save();
    await screen.findByRole('heading', { name: 'Mijn huishoudens' }, SLOW);
    await act(pullCaseload);
    const amal = await screen.findByRole('link', { name: /Amal/ }, SLOW);
    expect(amal.textContent).toContain('Nog open: 1');
    expect(within(screen.getByRole('region', { name: 'Nog open bij alle huishoudens' })).getByText('Huisarts')).toBeTruthy();
    // This work phone's notifications (its own chunk): what staff get. jsdom has no push service,
    // so it says the phone cannot show them instead of offering the switch (NotificationSettings.test.tsx).
    const notifications = await screen.findByRole('region', { name: 'Berichten op deze telefoon' }, SLOW);
    expect(within(notifications).getByText(/in je caseload een nieuwe vraag/)).toBeTruthy();
    expect(within(notifications).getByText('Deze telefoon kan geen berichten van de app laten zien.')).toBeTruthy();
  });

  it('on a home visit, sets a checklist status that waits to be sent, sealed in the outbox', async () => {
    const user = userEvent.setup();
    await vault.setPin(PIN);
    await pullCaseload();
    renderAt(`/huisbezoek/${AMAL.id}`, <StaffRoutes />);
    await screen.findByRole('heading', { name: 'Huisbezoek bij Amal' });
    const item = screen.getByRole('article', { name: 'Huisarts' });
    await user.click(within(item).getByRole('button', { name: /Klaar/ }));
    await within(item).findByText('Wacht op internet');
    expect(within(item).getByRole('button', { name: /Klaar/ }).getAttribute('aria-pressed')).toBe('true');
    expect(await staffStore.outbox(10)).toEqual([
      expect.objectContaining({ name: 'checklist.setStatus', args: { dossierId: AMAL.id, itemId: 'k1', status: 'done' } }),
    ]);
    expect(await db.outbox.count()).toBe(0);
    await screen.findByText('Wacht op internet: 1');
  });

  it('locks itself after five minutes without a tap, and refuses a wrong secret', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    await vault.setPin(PIN);
    await pullCaseload();
    renderAt('/', <StaffRoutes />);
    await screen.findByRole('link', { name: /Amal/ });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vault.touch();
    act(() => vi.advanceTimersByTime(LOCK_AFTER_MS + 1));
    vi.useRealTimers();
    await screen.findByRole('heading', { name: 'De app is op slot' });
    expect(screen.queryByText('Amal')).toBeNull();

    await user.type(await screen.findByLabelText('Toegangscode'), 'fiets regen koffie woensdag');
    await user.click(screen.getByRole('button', { name: /Openen/ }));
    expect((await screen.findByRole('alert', {}, SLOW)).textContent).toBe('Deze code klopt niet. Probeer het opnieuw.');
    await user.type(screen.getByLabelText('Toegangscode'), PIN);
    await user.click(screen.getByRole('button', { name: /Openen/ }));
    await screen.findByRole('link', { name: /Amal/ }, SLOW);
  });

  it('locks at once with the Vergrendel button', async () => {
    const user = userEvent.setup();
    await vault.setPin(PIN);
    renderAt('/', <StaffRoutes />);
    await user.click(await screen.findByRole('button', { name: /Vergrendel/ }));
    await screen.findByRole('heading', { name: 'De app is op slot' });
    expect(vault.unlocked).toBe(false);
  });
  it('opens a phone set up with the old 6-digit PIN once, asks for a new way to open, and keeps the waiting change', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    // What the earlier version left: PBKDF2 from the PIN, the household and a waiting note sealed with it.
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const material = await crypto.subtle.importKey('raw', new TextEncoder().encode('482913'), 'PBKDF2', false, ['deriveKey']);
    const key = await crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: PBKDF2_ITERATIONS }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt']);
    const seal = async (value: unknown) => {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      return { iv, data: await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(JSON.stringify(value))) };
    };
    const note = { id: 1, name: 'visit.addNote', args: { id: crypto.randomUUID(), dossierId: AMAL.id, text: 'Nog niet verstuurd' }, createdAt: new Date().toISOString() };
    await vault.db.vault.bulkPut([
      { key: 'salt', value: salt },
      { key: 'pin-verifier', value: await seal('pin-verifier') },
    ]);
    for (const r of dossierToRows(AMAL)) await vault.db.rows.put({ key: `${r.table}:${r.key}`, table: r.table, dossierId: AMAL.id, ...(await seal(r.value)) });
    await vault.db.rows.put({ key: 'outbox:000000000001', table: 'outbox', ...(await seal(note)) });

    renderAt('/', <StaffRoutes />);
    await screen.findByRole('heading', { name: 'De app is op slot' });
    await user.type(await screen.findByLabelText('Pincode'), '482913');
    await user.click(screen.getByRole('button', { name: /Openen/ }));
    await screen.findByRole('heading', { name: 'Kies een nieuwe manier om te openen' }, SLOW);
    expect(screen.queryByText('Amal')).toBeNull();
    await user.type(screen.getByLabelText('Nieuwe toegangscode (minstens 12 tekens)'), PIN);
    await user.type(screen.getByLabelText('Typ de toegangscode nog een keer'), PIN);
    await user.click(screen.getByRole('button', { name: /Toegangscode instellen/ }));
    await screen.findByRole('link', { name: /Amal/ }, SLOW);
    await screen.findByText('Wacht op internet: 1');
    expect((await vault.methods()).legacyPin).toBe(false);
    expect(await staffStore.outbox(10)).toEqual([note]);
  });
});
