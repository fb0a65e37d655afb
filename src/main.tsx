import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { AppRoot } from './app/AppRoot';
import { loadActivatedPart } from './app/activatedPart';
import { activatedLastTime, expectWelcomeFirst } from './app/firstScreen';
import { applyGemeenteTheme } from './app/gemeente';
import { applyReadingSettings } from './app/reading/settings';
import { initI18n } from './app/i18n/i18n';
import { keepLanguageOffline } from './app/i18n/keepLanguageOffline';
import './app/styles.css';
import { startDataLayer, whenIdle } from './app/dataLayer';
import { publishShellState, storedData } from './data/shell';
import { FIRST_SCREEN, STORAGE_KEYS } from './data/storageKeys';

/** Feedback on the informatiemap given offline goes when the phone is online again, on any page. */
function startFeedback(): void {
  whenIdle(() => void import('./data/feedback').then((m) => m.startFeedbackSender()));
}

/**
 * What this phone stored before decides what starts. A phone that never stored anything here (no
 * database, no sign-out to send) has nothing for the data layer to read or send: its code waits until
 * there is, when the phone is activated here (the code form starts it) or in another tab (which notes
 * it in localStorage). Where the browser cannot tell what it stores, everything starts.
 */
async function startForStoredData(): Promise<void> {
  const stored = await storedData();
  if (stored.feedback) startFeedback();
  if (stored.device) {
    await startDataLayer();
    return;
  }
  publishShellState({ device: { status: 'not-activated' } });
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEYS.firstScreen && event.newValue === FIRST_SCREEN.app) void startDataLayer();
  });
}

async function main() {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  // The prerendered welcome screen, where the page's inline check kept it (src/domain/firstPaint.ts).
  const welcome = root.hasChildNodes();
  // An activated phone's first screen needs the data layer and its part of the app: loaded at once,
  // side by side and while the texts load. Any other phone asks what it stores: at once, or over the
  // prerendered welcome screen once the browser has a moment (below).
  if (activatedLastTime()) {
    void startDataLayer();
    void loadActivatedPart();
  }
  if (!welcome) void startForStoredData();
  applyGemeenteTheme();
  applyReadingSettings();
  keepLanguageOffline();
  await initI18n();
  // React takes the prerendered screen over as it stands; else the app renders into the empty #root.
  if (welcome) {
    expectWelcomeFirst();
    hydrateRoot(root, <AppRoot />);
  } else {
    // As a transition: the first screen is built in small steps that leave the phone free to answer.
    const app = createRoot(root);
    startTransition(() => app.render(<AppRoot />));
  }
  if (welcome) whenIdle(() => void startForStoredData());
  // Ask the browser not to evict our IndexedDB under storage pressure: waiting changes live there.
  void navigator.storage?.persist?.();
}

void main();
