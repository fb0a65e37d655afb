import { useTranslation } from 'react-i18next';
import { Pictogram } from './Pictogram';

/**
 * Safari's steps, and why they matter: WebKit deletes a website's storage (the dossier, waiting
 * changes) after 7 days without a visit, unless the app is on the home screen.
 */
export function IosInstallHint({ onDismiss }: { onDismiss(): void }) {
  const { t } = useTranslation();
  return (
    <section className="card install-hint" aria-labelledby="install-title">
      <Pictogram name="install" size={48} />
      <div>
        <h2 className="utrecht-heading-2" id="install-title">{t('install.title')}</h2>
        <p className="utrecht-paragraph">{t('install.ios.why')}</p>
        <ol className="install-hint__steps">
          <li>{t('install.ios.step1')}</li>
          <li>{t('install.ios.step2')}</li>
          <li>{t('install.ios.step3')}</li>
        </ol>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onDismiss}>
          {t('install.ios.understood')}
        </button>
      </div>
    </section>
  );
}
