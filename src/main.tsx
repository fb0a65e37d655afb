import { createRoot, hydrateRoot } from 'react-dom/client';
import { AppRoot } from './app/AppRoot';
import { loadActivatedPart } from './app/activatedPart';
import { activatedLastTime, expectWelcomeFirst } from './app/firstScreen';
import { preloadPictograms } from './app/components/Pictogram';
import { applyGemeenteTheme } from './app/gemeente';
import { applyReadingSettings } from './app/reading/settings';
import { initI18n } from './app/i18n/i18n';
import { keepLanguageOffline } from './app/i18n/keepLanguageOffline';
import './app/styles.css';
import i18next from 'i18next';

/** After the first screen is up and the browser has a moment: work the first screen does not need. */
function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 3000 });
  else setTimeout(work, 1000);
}

/** The data layer (the database, the sync engine): a chunk of its own, which the welcome screen does not wait for. */
async function startData(): Promise<void> {
  const { openLocalData, startSignOutRetry, syncEngine } = await import('./data');
  openLocalData();
  syncEngine.start();
  // A phone whose data was removed offline still ends its session on the server when it can.
  startSignOutRetry();
}

async function main() {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  // The prerendered welcome screen, where the page's inline check kept it (src/domain/firstPaint.ts).
  const welcome = root.hasChildNodes();
  // An activated phone's first screen needs the data layer and its part of the app: loaded at once,
  // side by side and while the texts load. The welcome screen needs neither: they wait until it is
  // up, so they do not compete with it for a slow connection.
  let data: Promise<void> | null = null;
  if (!welcome) {
    data = startData();
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
    createRoot(root).render(<AppRoot />);
  }
  await (data ?? new Promise<void>((resolve) => whenIdle(() => void startData().then(resolve))));
  // Opt-in only: this never asks for permission; it only notices a subscription made earlier.
  whenIdle(() => void import('./data/webPush').then((m) => m.startNotifications(i18next.language)));
  // Feedback on the informatiemap given offline goes when the phone is online again, on any page.
  whenIdle(() => void import('./data/feedback').then((m) => m.startFeedbackSender()));
  // The other pictograms (a large chunk): a screen that shows one loads them at once anyway.
  whenIdle(() => void preloadPictograms());
  // Ask the browser not to evict our IndexedDB under storage pressure: waiting changes live there.
  void navigator.storage?.persist?.();
}

void main();
