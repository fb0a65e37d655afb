import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { aDossier } from '../../../tests/support/builders';
import { seedDevice } from '../../../tests/support/device';
import { change } from '../../data';
import { clearChangeProblem, getChangeProblem, isQuotaExceeded } from '../../data/changeProblems';
import { db } from '../../data/device';
import { initI18n } from '../i18n/i18n';
import { ChangeProblem } from './ChangeProblem';

// A change the phone cannot save is reported in one place, with one clear message, and nothing is
// written. The real quota error in Chromium is covered by tests/e2e/faults-browser.test.ts.

/** What Dexie gives when Chromium aborts a transaction for lack of room. */
function quotaAbort(): Error {
  return Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: new DOMException('full', 'QuotaExceededError') });
}

describe('isQuotaExceeded', () => {
  it('recognises the quota error itself and wrapped in an abort, and nothing else', () => {
    expect(isQuotaExceeded(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaExceeded(quotaAbort())).toBe(true);
    expect(isQuotaExceeded(new Error('x', { cause: new DOMException('full', 'QuotaExceededError') }))).toBe(true);
    expect(isQuotaExceeded(Object.assign(new Error('Transaction aborted'), { name: 'AbortError' }))).toBe(false);
    expect(isQuotaExceeded(new TypeError('x'))).toBe(false);
    expect(isQuotaExceeded(null)).toBe(false);
  });
});

describe('change() and ChangeProblem', () => {
  beforeAll(async () => {
    await initI18n('nl');
  });
  beforeEach(async () => {
    clearChangeProblem();
    await seedDevice(aDossier());
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('says the phone is full when the change cannot be stored, writes nothing, and clears after a saved change', async () => {
    render(<ChangeProblem />);
    expect(screen.queryByRole('alert')).toBeNull();
    vi.spyOn(db, 'transaction').mockRejectedValueOnce(quotaAbort());

    let saved: boolean | undefined;
    await act(async () => {
      saved = await change('checklist.setStatus', { itemId: 'k1', status: 'done' });
    });
    expect(saved).toBe(false);
    expect(getChangeProblem()).toBe('storage-full');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Je wijziging is niet bewaard');
    expect(alert.textContent).toContain('Je telefoon is vol.');
    expect(alert.textContent).toContain('Wat je eerder deed, staat nog op je telefoon.');
    // Drawn with the NL Design System components (src/app/theme/nlds.css).
    expect([...alert.classList]).toEqual(expect.arrayContaining(['utrecht-alert', 'utrecht-alert--warning']));
    expect(screen.getByRole('heading', { name: 'Je wijziging is niet bewaard' }).classList).toContain('utrecht-heading-2');
    expect(alert.querySelector('p')?.classList).toContain('utrecht-paragraph');
    expect([...screen.getByRole('button').classList]).toEqual(expect.arrayContaining(['utrecht-button', 'utrecht-button--secondary-action']));
    expect(await db.outbox.count()).toBe(0);

    await act(async () => {
      saved = await change('checklist.setStatus', { itemId: 'k1', status: 'done' });
    });
    expect(saved).toBe(true);
    expect(await db.outbox.count()).toBe(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('gives a general message for another failure, which the person can close', async () => {
    render(<ChangeProblem />);
    let saved: boolean | undefined;
    await act(async () => {
      // @ts-expect-error -- a status the schema does not know: refused at run time too
      saved = await change('checklist.setStatus', { itemId: 'k1', status: 'not-a-status' });
    });
    expect(saved).toBe(false);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Er ging iets mis op je telefoon.');
    expect(alert.textContent).not.toContain('Je telefoon is vol.');
    await userEvent.click(screen.getByRole('button', { name: 'Begrepen' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
