import { useEffect } from 'react';
// Not src/domain/firstPaint.ts: that module holds the inline script's text, which is in the page already.
import { FIRST_SCREEN, STORAGE_KEYS } from '../data/storageKeys';

// The welcome screen comes prerendered in index.html (src/prerender.tsx); the page's inline
// check (src/domain/firstPaint.ts) keeps it only where the app will show it. While the phone's
// database is read, the app then shows that same welcome screen (React takes over the HTML as it
// is: hydration), instead of "loading".

let welcomeFirst = false;

/** The first render shows the welcome screen while the device is read: at build time, and over kept prerendered HTML. */
export function expectWelcomeFirst(): void {
  welcomeFirst = true;
}

export function welcomeExpectedFirst(): boolean {
  return welcomeFirst;
}

/** Did this phone note, when it last ran, that it is activated? Its part of the app is then loaded at once. */
export function activatedLastTime(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEYS.firstScreen) === FIRST_SCREEN.app;
  } catch {
    return false;
  }
}

/** Notes for the next start's inline check whether this phone is activated (never personal data). */
export function useRememberFirstScreen(status: 'loading' | 'activated' | 'not-activated'): void {
  useEffect(() => {
    if (status === 'loading') return;
    // Known now: a later wait for the device (none is expected) shows "loading" again.
    welcomeFirst = false;
    try {
      localStorage.setItem(STORAGE_KEYS.firstScreen, status === 'activated' ? FIRST_SCREEN.app : FIRST_SCREEN.welcome);
    } catch {
      // Storage refused (private mode, full): the inline check then falls back to what it knows.
    }
  }, [status]);
}
