import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { reloadOnce } from './app/components/chunkReload';
import { ErrorBoundary } from './app/components/ErrorBoundary';
import { preloadPictograms } from './app/components/Pictogram';
import { applyGemeenteTheme } from './app/gemeente';
import { applyReadingSettings } from './app/reading/settings';
import { initI18n } from './app/i18n/i18n';
import { keepLanguageOffline } from './app/i18n/keepLanguageOffline';
import './app/styles.css';
import { startSignOutRetry, syncEngine } from './data';

// A chunk (or its CSS) that Vite's preloader cannot fetch: reload once instead of failing; a
// second failure goes on to the ErrorBoundary.
window.addEventListener('vite:preloadError', (event) => {
  if (reloadOnce()) event.preventDefault();
});

async function main() {
  applyGemeenteTheme();
  applyReadingSettings();
  keepLanguageOffline();
  await initI18n();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <Suspense fallback={null}>
          <App />
        </Suspense>
      </ErrorBoundary>
    </StrictMode>,
  );
  syncEngine.start();
  // A phone whose data was removed offline still ends its session on the server when it can.
  startSignOutRetry();
  void preloadPictograms();
  // Ask the browser not to evict our IndexedDB under storage pressure: waiting changes live there.
  void navigator.storage?.persist?.();
}

void main();
