import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { aDossier } from '../../../tests/support/builders';
import { seedDevice } from '../../../tests/support/device';
import { syncEngine } from '../../data';
import { initI18n } from '../i18n/i18n';
import { QuestionForm } from '../screens/vraag/QuestionForm';
import { SyncedUpdatePrompt } from './SyncedUpdatePrompt';
import { UpdatePrompt } from './UpdatePrompt';

// "The update prompt never costs work": while a form holds unsaved input, a new version waits and
// says why; once the form is sent or emptied, the user can take it.

const pwa = vi.hoisted(() => ({
  needRefresh: true,
  setNeedRefresh: vi.fn(),
  updateServiceWorker: vi.fn(() => Promise.resolve()),
  onRegisteredSW: undefined as ((url: string, registration: unknown) => void) | undefined,
}));

vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: (options: { onRegisteredSW?: (url: string, registration: unknown) => void } = {}) => {
    pwa.onRegisteredSW = options.onRegisteredSW;
    return {
      needRefresh: [pwa.needRefresh, pwa.setNeedRefresh],
      offlineReady: [false, vi.fn()],
      updateServiceWorker: pwa.updateServiceWorker,
    };
  },
}));

describe('UpdatePrompt', () => {
  beforeAll(async () => {
    await initI18n('nl');
  });
  beforeEach(async () => {
    pwa.needRefresh = true;
    pwa.updateServiceWorker.mockClear();
    await seedDevice(aDossier());
  });

  it('offers the new version when nothing is being typed', async () => {
    render(<UpdatePrompt />);
    const prompt = screen.getByRole('alert');
    expect(prompt.textContent).toContain('Er is een nieuwe versie van de app.');
    await userEvent.click(within(prompt).getByRole('button', { name: 'Nu vernieuwen' }));
    expect(pwa.updateServiceWorker).toHaveBeenCalledWith(true);
  });

  it('waits while a form holds unsaved input, says so, and offers it again when the form is empty', async () => {
    render(
      <>
        <SyncedUpdatePrompt />
        <QuestionForm recipients={[{ role: 'consulent-inburgering' }]} />
      </>,
    );
    const box = screen.getByRole('textbox', { name: 'Of schrijf je vraag' });
    await userEvent.type(box, 'Wanneer is mijn examen?');
    const prompt = screen.getByRole('alert');
    expect(prompt.textContent).toContain('Bijwerken wacht tot je dit formulier hebt verstuurd of gesloten.');
    expect(within(prompt).queryByRole('button', { name: 'Nu vernieuwen' })).toBeNull();

    await userEvent.clear(box);
    expect(screen.getByRole('alert').textContent).not.toContain('Bijwerken wacht');
    expect(within(screen.getByRole('alert')).getByRole('button', { name: 'Nu vernieuwen' })).toBeTruthy();
  });

  it('stops waiting when the form goes away', async () => {
    const { rerender } = render(
      <>
        <SyncedUpdatePrompt />
        <QuestionForm recipients={[{ role: 'consulent-inburgering' }]} />
      </>,
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'Of schrijf je vraag' }), 'Hallo');
    expect(within(screen.getByRole('alert')).queryByRole('button', { name: 'Nu vernieuwen' })).toBeNull();
    rerender(<SyncedUpdatePrompt />);
    expect(within(screen.getByRole('alert')).getByRole('button', { name: 'Nu vernieuwen' })).toBeTruthy();
  });

  it('starts the hourly check when the service worker is registered', () => {
    vi.useFakeTimers();
    try {
      render(<SyncedUpdatePrompt />);
      const registration = { update: vi.fn(() => Promise.resolve()), installing: null };
      pwa.onRegisteredSW?.('/sw.js', registration);
      vi.advanceTimersByTime(60 * 60 * 1000);
      expect(registration.update).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  describe('when the server speaks only a newer sync schema', () => {
    beforeEach(async () => {
      // The server's 409 'schema-version' (docs/api.md "Sync schema versions") puts the app in "update first".
      const body = { error: { code: 'schema-version', message: 'x', schemaVersions: [99] } };
      vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(body), { status: 409, headers: { 'content-type': 'application/json' } })));
      expect(await syncEngine.sync()).toBe('update-required');
      pwa.needRefresh = false;
    });
    afterEach(async () => {
      // Leave the shared engine out of "update first" for the other tests.
      vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
      await syncEngine.sync();
      vi.unstubAllGlobals();
    });

    it('says so, asks the service worker for the new version, and takes it once it is ready', async () => {
      const { rerender } = render(<SyncedUpdatePrompt />);
      expect(screen.getByRole('alert').textContent).toContain('Deze versie van de app is te oud.');
      const registration = { update: vi.fn(() => Promise.resolve()), installing: null };
      act(() => pwa.onRegisteredSW?.('/sw.js', registration));
      expect(registration.update).toHaveBeenCalledTimes(1);
      expect(pwa.updateServiceWorker).not.toHaveBeenCalled();

      pwa.needRefresh = true;
      rerender(<SyncedUpdatePrompt />);
      expect(pwa.updateServiceWorker).toHaveBeenCalledWith(true);
    });

    it('does not reload while a form holds unsaved input, and says why', async () => {
      const view = () => (
        <>
          <SyncedUpdatePrompt />
          <QuestionForm recipients={[{ role: 'consulent-inburgering' }]} />
        </>
      );
      const { rerender } = render(view());
      await userEvent.type(screen.getByRole('textbox', { name: 'Of schrijf je vraag' }), 'Hallo');
      pwa.needRefresh = true;
      rerender(view());
      expect(screen.getByRole('alert').textContent).toContain('Bijwerken wacht tot je dit formulier hebt verstuurd of gesloten.');
      expect(pwa.updateServiceWorker).not.toHaveBeenCalled();
      await userEvent.clear(screen.getByRole('textbox', { name: 'Of schrijf je vraag' }));
      expect(pwa.updateServiceWorker).toHaveBeenCalledWith(true);
    });
  });

  it('shows nothing without a new version', () => {
    pwa.needRefresh = false;
    render(<SyncedUpdatePrompt />);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
