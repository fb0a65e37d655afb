import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { aDossier } from '../../../../tests/support/builders';
import { renderAt } from '../../../../tests/support/renderAt';
import { db, syncEngine } from '../../../data/device';
import { staffStore, vault } from '../../../data/staffDevice';
import { resetDevice } from '../../../data/local';
import { LOCK_AFTER_MS } from '../../../data/staffVault';
import { dossierToRows } from '../../../domain/tables';
import { initI18n } from '../../i18n/i18n';
import { StaffRoutes } from './StaffRoutes';

// A begeleider's work phone: PIN first, then the caseload; a home visit changes the checklist
// offline; after five quiet minutes the PIN screen comes back by itself.
// PBKDF2 with 310,000 iterations takes a moment on a busy machine: waits after a PIN are longer.
const SLOW = { timeout: 15_000 };

const PIN = '482913';
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

  it('asks for a PIN of six digits or more, twice the same, then shows the caseload', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    renderAt('/', <StaffRoutes />);
    await screen.findByRole('heading', { name: 'Kies een pincode' });
    await user.type(screen.getByLabelText('Nieuwe pincode (minstens 6 cijfers)'), '12345');
    await user.type(screen.getByLabelText('Typ de pincode nog een keer'), '12345');
    await user.click(screen.getByRole('button', { name: /Pincode instellen/ }));
    expect((await screen.findByRole('alert')).textContent).toBe('Kies minstens 6 cijfers.');
    await user.clear(screen.getByLabelText('Nieuwe pincode (minstens 6 cijfers)'));
    await user.clear(screen.getByLabelText('Typ de pincode nog een keer'));
    await user.type(screen.getByLabelText('Nieuwe pincode (minstens 6 cijfers)'), PIN);
    await user.type(screen.getByLabelText('Typ de pincode nog een keer'), PIN);
    await user.click(screen.getByRole('button', { name: /Pincode instellen/ }));
    await screen.findByRole('heading', { name: 'Mijn huishoudens' }, SLOW);
    await act(pullCaseload);
    const amal = await screen.findByRole('link', { name: /Amal/ }, SLOW);
    expect(amal.textContent).toContain('Nog open: 1');
    expect(within(screen.getByRole('region', { name: 'Nog open bij alle huishoudens' })).getByText('Huisarts')).toBeTruthy();
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

  it('locks itself after five minutes without a tap, and refuses a wrong PIN', { timeout: 30_000 }, async () => {
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

    await user.type(screen.getByLabelText('Pincode'), '000000');
    await user.click(screen.getByRole('button', { name: /Openen/ }));
    expect((await screen.findByRole('alert', {}, SLOW)).textContent).toBe('Deze pincode klopt niet. Probeer het opnieuw.');
    await user.type(screen.getByLabelText('Pincode'), PIN);
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
});
