import { StrictMode, Suspense } from 'react';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';

/** The whole app, as the browser renders it and as the build renders its first screen (prerender.tsx). */
export function AppRoot() {
  return (
    <StrictMode>
      {/* A screen whose chunk is gone reloads once (ErrorBoundary); a chunk failing outside a screen
          (a pictogram, a language) is no reason to reload in the middle of a task. */}
      <ErrorBoundary>
        <Suspense fallback={null}>
          <App />
        </Suspense>
      </ErrorBoundary>
    </StrictMode>
  );
}
