import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startUpdateChecks, UPDATE_CHECK_MS, updateBlock } from './updateCheck';

// An installed app that stays open for days still finds a new version: it asks every hour.

function fakeRegistration() {
  return { update: vi.fn(() => Promise.resolve(undefined as unknown as ServiceWorkerRegistration)), installing: null as ServiceWorker | null };
}

describe('startUpdateChecks', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks for a new version every hour, not before', () => {
    const registration = fakeRegistration();
    const stop = startUpdateChecks(registration, { online: () => true });
    vi.advanceTimersByTime(UPDATE_CHECK_MS - 1);
    expect(registration.update).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(registration.update).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(23 * UPDATE_CHECK_MS);
    expect(registration.update).toHaveBeenCalledTimes(24);
    stop();
    vi.advanceTimersByTime(UPDATE_CHECK_MS);
    expect(registration.update).toHaveBeenCalledTimes(24);
  });

  it('does not ask while offline or while a new version is installing', () => {
    const registration = fakeRegistration();
    let online = false;
    const stop = startUpdateChecks(registration, { online: () => online });
    vi.advanceTimersByTime(UPDATE_CHECK_MS);
    expect(registration.update).not.toHaveBeenCalled();
    online = true;
    registration.installing = {} as ServiceWorker;
    vi.advanceTimersByTime(UPDATE_CHECK_MS);
    expect(registration.update).not.toHaveBeenCalled();
    registration.installing = null;
    vi.advanceTimersByTime(UPDATE_CHECK_MS);
    expect(registration.update).toHaveBeenCalledTimes(1);
    stop();
  });

  it('starts one timer per registration, however often it is called', () => {
    const registration = fakeRegistration();
    const stop = startUpdateChecks(registration, { online: () => true });
    startUpdateChecks(registration, { online: () => true });
    vi.advanceTimersByTime(UPDATE_CHECK_MS);
    expect(registration.update).toHaveBeenCalledTimes(1);
    stop();
  });

  it('asks when the app comes back to the front after an hour or more away', () => {
    const registration = fakeRegistration();
    let now = 0;
    const stop = startUpdateChecks(registration, { online: () => true, now: () => now, intervalMs: UPDATE_CHECK_MS });
    now = 10 * 60_000;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(registration.update).not.toHaveBeenCalled();
    // The phone paused the timer in the background; back after two hours.
    now = 2 * UPDATE_CHECK_MS;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(registration.update).toHaveBeenCalledTimes(1);
    stop();
  });

  it('swallows a failed check (offline server): the next hour tries again', async () => {
    const registration = fakeRegistration();
    registration.update.mockImplementationOnce(() => Promise.reject(new Error('offline')));
    const stop = startUpdateChecks(registration, { online: () => true });
    vi.advanceTimersByTime(UPDATE_CHECK_MS);
    await Promise.resolve();
    vi.advanceTimersByTime(UPDATE_CHECK_MS);
    expect(registration.update).toHaveBeenCalledTimes(2);
    stop();
  });
});

describe('updateBlock', () => {
  it('holds the update back for unsaved input and for changes being sent, not otherwise', () => {
    expect(updateBlock({ unsavedInput: true, syncing: false, pending: 0 })).toBe('form');
    expect(updateBlock({ unsavedInput: true, syncing: true, pending: 2 })).toBe('form');
    expect(updateBlock({ unsavedInput: false, syncing: true, pending: 2 })).toBe('sending');
    // A pull with nothing to send, or changes waiting offline (kept safely on the phone): no reason to wait.
    expect(updateBlock({ unsavedInput: false, syncing: true, pending: 0 })).toBeNull();
    expect(updateBlock({ unsavedInput: false, syncing: false, pending: 3 })).toBeNull();
  });
});
