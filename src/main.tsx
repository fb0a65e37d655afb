import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/components/ErrorBoundary';
import { preloadPictograms } from './app/components/Pictogram';
import { applyGemeenteTheme } from './app/gemeente';
import { applyReadingSettings } from './app/reading/settings';
import { initI18n } from './app/i18n/i18n';
import { keepLanguageOffline } from './app/i18n/keepLanguageOffline';
import './app/styles.css';
import { startSignOutRetry, syncEngine } from './data';
import i18next from 'i18next';

async function main() {
  applyGemeenteTheme();
  applyReadingSettings();
  keepLanguageOffline();
  await initI18n();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      {/* A screen whose chunk is gone reloads once (ErrorBoundary); a chunk failing outside a screen
          (a pictogram, a language) is no reason to reload in the middle of a task. */}
      <ErrorBoundary>
        <Suspense fallback={null}>
          <App />
        </Suspense>
      </ErrorBoundary>
    </StrictMode>,
  );
  syncEngine.start();
  // Opt-in only: this never asks for permission; it only notices a subscription made earlier.
  void import('./data/webPush').then((m) => m.startNotifications(i18next.language));
  // Feedback on the informatiemap given offline goes when the phone is online again, on any page.
  void import('./data/feedback').then((m) => m.startFeedbackSender());
  // A phone whose data was removed offline still ends its session on the server when it can.
  startSignOutRetry();
  void preloadPictograms();
  // Ask the browser not to evict our IndexedDB under storage pressure: waiting changes live there.
  void navigator.storage?.persist?.();
}

void main();
