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
 * The welcome screen's data. A phone that never stored anything here (no database, no sign-out to
 * send) has nothing for the data layer to read or send: its code waits until there is, when this
 * phone is activated here (the code form starts it) or in another tab (which notes it in
 * localStorage). Where the browser cannot tell what it stores, the data layer starts as on any page.
 */
async function startWelcomeData(): Promise<void> {
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
  // side by side and while the texts load. The welcome screen needs neither: they wait until it is
  // up, so they do not compete with it for a slow connection.
  if (!welcome) {
    void startDataLayer();
    if (activatedLastTime()) void loadActivatedPart();
  }
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
  // The other pictograms (a large chunk) load when a screen first shows one: the first screens need
  // none of them, and a cheap phone's start is shorter without.
  if (!welcome) startFeedback();
  else whenIdle(() => void startWelcomeData());
  // Ask the browser not to evict our IndexedDB under storage pressure: waiting changes live there.
  void navigator.storage?.persist?.();
}

void main();
