import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';

/**
 * Renders a screen as if the phone were at `path`, in the municipality the server named in
 * `<meta name="gemeente">` (none: the default). Call `cleanupGemeente()` after each test.
 */
export function renderAt(path: string, ui: ReactNode, gemeente?: string) {
  setGemeente(gemeente);
  const location = memoryLocation({ path, record: true });
  return { ...render(<Router hook={location.hook}>{ui}</Router>), history: location.history };
}

export function setGemeente(id: string | undefined): void {
  cleanupGemeente();
  if (!id) return;
  const meta = document.createElement('meta');
  meta.name = 'gemeente';
  meta.content = id;
  document.head.append(meta);
}

export function cleanupGemeente(): void {
  document.head.querySelectorAll('meta[name="gemeente"]').forEach((m) => m.remove());
}
