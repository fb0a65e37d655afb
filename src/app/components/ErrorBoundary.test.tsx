import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../i18n/i18n';
import { isChunkLoadError, reloadOnce } from './chunkReload';
import { ErrorBoundary } from './ErrorBoundary';

// A screen that throws shows a way out instead of a white page; a chunk that is gone reloads the
// page once, and only once.

function Broken({ error }: { error: Error }): never {
  throw error;
}

const chunkError = () => new TypeError('Failed to fetch dynamically imported module: http://localhost/assets/AgendaScreen-abc123.js');

describe('ErrorBoundary', () => {
  beforeAll(async () => {
    await initI18n('nl');
  });
  beforeEach(() => {
    sessionStorage.clear();
    // React reports a caught render error on the console; that is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows the children while nothing throws', () => {
    render(
      <ErrorBoundary>
        <p>Alles goed</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('Alles goed')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows reload and remove-my-data instead of a white page when a screen throws', async () => {
    const reload = vi.fn();
    render(
      <ErrorBoundary reload={reload}>
        <Broken error={new Error('boom')} />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(screen.getByRole('heading', { name: 'Er ging iets mis' })).toBeTruthy();
    expect(alert.textContent).toContain('De app kan dit scherm niet laten zien.');
    // Not a chunk error: no reload by itself.
    expect(reload).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw laden' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('removes this person’s data only after a warning, then starts afresh', async () => {
    const removeData = vi.fn(() => Promise.resolve('signed-out'));
    const afterRemove = vi.fn();
    render(
      <ErrorBoundary reload={vi.fn()} removeData={removeData} afterRemove={afterRemove}>
        <Broken error={new Error('boom')} />
      </ErrorBoundary>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Verwijder mijn gegevens' }));
    expect(screen.getByText('Wijzigingen die nog niet verstuurd zijn, gaan verloren. Wil je dat?')).toBeTruthy();
    expect(removeData).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Nee, terug' }));
    expect(screen.getByRole('button', { name: 'Verwijder mijn gegevens' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Verwijder mijn gegevens' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, verwijder alles' }));
    expect(removeData).toHaveBeenCalledTimes(1);
    expect(afterRemove).toHaveBeenCalledTimes(1);
  });

  it('says so when removing fails, and stays', async () => {
    const afterRemove = vi.fn();
    render(
      <ErrorBoundary reload={vi.fn()} removeData={() => Promise.reject(new Error('blocked'))} afterRemove={afterRemove}>
        <Broken error={new Error('boom')} />
      </ErrorBoundary>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Verwijder mijn gegevens' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, verwijder alles' }));
    expect(await screen.findByText('Verwijderen lukte niet. Probeer het opnieuw.')).toBeTruthy();
    expect(afterRemove).not.toHaveBeenCalled();
  });

  it('reloads once when a chunk cannot be loaded, and shows the way out the second time', () => {
    const reload = vi.fn();
    const first = render(
      <ErrorBoundary reload={reload}>
        <Broken error={chunkError()} />
      </ErrorBoundary>,
    );
    expect(reload).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toBe('De nieuwe versie wordt geladen…');
    first.unmount();

    // After the reload the chunk fails again: no second reload, no loop.
    render(
      <ErrorBoundary reload={reload}>
        <Broken error={chunkError()} />
      </ErrorBoundary>,
    );
    expect(reload).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('heading', { name: 'Er ging iets mis' })).toBeTruthy();
  });
});

describe('reloadOnce and isChunkLoadError', () => {
  beforeEach(() => sessionStorage.clear());

  it('reloads once within five minutes, and again after that', () => {
    const reload = vi.fn();
    const t0 = 1_000_000_000_000;
    expect(reloadOnce(reload, t0)).toBe(true);
    expect(reloadOnce(reload, t0 + 1_000)).toBe(false);
    expect(reloadOnce(reload, t0 + 4 * 60_000)).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(reloadOnce(reload, t0 + 6 * 60_000)).toBe(true);
    expect(reload).toHaveBeenCalledTimes(2);
  });

  it('recognises what Chromium, Firefox and Safari say about a missing chunk, and nothing else', () => {
    expect(isChunkLoadError(chunkError())).toBe(true);
    expect(isChunkLoadError(new TypeError('error loading dynamically imported module: /assets/x.js'))).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new Error('Unable to preload CSS for /assets/x.css'))).toBe(true);
    expect(isChunkLoadError(new Error('boom'))).toBe(false);
    expect(isChunkLoadError('Failed to fetch dynamically imported module')).toBe(false);
  });
});
