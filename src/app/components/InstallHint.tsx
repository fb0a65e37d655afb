import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { needsIosInstallHint } from './installPlatform';
import { STORAGE_KEYS } from '../../data/storageKeys';
import { Pictogram } from './Pictogram';

interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

const DISMISSED_KEY = STORAGE_KEYS.installHintDismissed;

// Only an iPhone or iPad downloads the steps for Safari.
const IosInstallHint = lazy(() => import('./IosInstallHint').then((m) => ({ default: m.IosInstallHint })));

/**
 * Offers to put the app on the home screen: with the browser's own prompt where there is one, with
 * steps on an iPhone or iPad, where there is none.
 */
export function InstallHint() {
  const { t } = useTranslation();
  const [event, setEvent] = useState<BeforeInstallPromptEvent | null>(null);
  const [dismissed, setDismissed] = useState(() => localStorage.getItem(DISMISSED_KEY) === '1');
  const [ios] = useState(() => needsIosInstallHint());

  useEffect(() => {
    const onPrompt = (e: Event) => {
      e.preventDefault();
      setEvent(e as BeforeInstallPromptEvent);
    };
    const onInstalled = () => setEvent(null);
    window.addEventListener('beforeinstallprompt', onPrompt);
    window.addEventListener('appinstalled', onInstalled);
    return () => {
      window.removeEventListener('beforeinstallprompt', onPrompt);
      window.removeEventListener('appinstalled', onInstalled);
    };
  }, []);

  const dismiss = () => {
    localStorage.setItem(DISMISSED_KEY, '1');
    setDismissed(true);
  };
  if (dismissed) return null;
  // An iPhone never has the browser's prompt; its steps come first whatever a browser claims.
  if (ios) {
    return (
      <Suspense fallback={null}>
        <IosInstallHint onDismiss={dismiss} />
      </Suspense>
    );
  }
  if (!event) return null;
  return (
    <section className="card install-hint" aria-labelledby="install-title">
      <Pictogram name="install" size={48} />
      <div>
        <h2 className="utrecht-heading-2" id="install-title">{t('install.title')}</h2>
        <p className="utrecht-paragraph">{t('install.text')}</p>
        <div className="banner__actions">
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            onClick={() => void event.prompt().then(() => setEvent(null))}
          >
            {t('install.button')}
          </button>
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={dismiss}
          >
            {t('install.dismiss')}
          </button>
        </div>
      </div>
    </section>
  );
}

