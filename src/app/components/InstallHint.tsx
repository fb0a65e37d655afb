import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pictogram } from './Pictogram';

interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

const DISMISSED_KEY = 'thuis.installHintDismissed';

/** Offers to put the app on the home screen when the browser allows it. */
export function InstallHint() {
  const { t } = useTranslation();
  const [event, setEvent] = useState<BeforeInstallPromptEvent | null>(null);
  const [dismissed, setDismissed] = useState(() => localStorage.getItem(DISMISSED_KEY) === '1');

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

  if (!event || dismissed) return null;
  return (
    <section className="card install-hint" aria-labelledby="install-title">
      <Pictogram name="install" size={48} />
      <div>
        <h2 id="install-title">{t('install.title')}</h2>
        <p>{t('install.text')}</p>
        <div className="banner__actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => void event.prompt().then(() => setEvent(null))}
          >
            {t('install.button')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              localStorage.setItem(DISMISSED_KEY, '1');
              setDismissed(true);
            }}
          >
            {t('install.dismiss')}
          </button>
        </div>
      </div>
    </section>
  );
}
