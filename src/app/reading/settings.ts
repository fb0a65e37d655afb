import { useSyncExternalStore } from 'react';
import { STORAGE_KEYS } from '../../data/storageKeys';

// Reading help, kept on this phone across sessions: Dutch under each translated text, larger
// text, high contrast. Stored in localStorage (no personal data) and mirrored as classes on <html>
// so CSS can follow.

export interface ReadingSettings {
  showDutch: boolean;
  largeText: boolean;
  highContrast: boolean;
}

const KEY = STORAGE_KEYS.reading;
const DEFAULTS: ReadingSettings = { showDutch: false, largeText: false, highContrast: false };
const listeners = new Set<() => void>();
let current: ReadingSettings = load();

function load(): ReadingSettings {
  try {
    return { ...DEFAULTS, ...(JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<ReadingSettings>) };
  } catch {
    return DEFAULTS;
  }
}

export function applyReadingSettings(settings: ReadingSettings = current): void {
  const root = document.documentElement.classList;
  root.toggle('text-large', settings.largeText);
  root.toggle('contrast-high', settings.highContrast);
}

export function updateReadingSettings(change: Partial<ReadingSettings>): void {
  current = { ...current, ...change };
  localStorage.setItem(KEY, JSON.stringify(current));
  applyReadingSettings(current);
  for (const l of listeners) l();
}

export function useReadingSettings(): ReadingSettings {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
    () => current,
  );
}
