import { lazy, Suspense } from 'react';

// Home's "what changed" and the screen visits that mark it seen load as one chunk after the first
// screen (its texts are a namespace of their own), so the first download stays within budget.
// Nothing shows while it loads: the card appears under "what to do now" once it is there.

const LazyWhatChanged = lazy(() => import('./WhatChanged').then((m) => ({ default: m.WhatChanged })));
const LazySeenOnVisit = lazy(() => import('./SeenOnVisit').then((m) => ({ default: m.SeenOnVisit })));

export function WhatChangedCard() {
  return (
    <Suspense fallback={null}>
      <LazyWhatChanged />
    </Suspense>
  );
}

export function MarkSeenOnVisit() {
  return (
    <Suspense fallback={null}>
      <LazySeenOnVisit />
    </Suspense>
  );
}
