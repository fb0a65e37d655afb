import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useSignedOut } from '../../../data/shell';
import { Pictogram } from '../../components/Pictogram';
import { ActivateForm } from './ActivateForm';
import { regieContext } from '../../gemeente';

/** What a phone that is not activated yet shows. */
export function WelcomeScreen() {
  const { t } = useTranslation('activate');
  const { t: tc } = useTranslation();
  const [, navigate] = useLocation();
  const signedOut = useSignedOut();
  return (
    <>
      {signedOut && (
        <p className="utrecht-paragraph banner utrecht-alert utrecht-alert--warning" role="alert">
          {tc('signedOut')}
        </p>
      )}
      <header className="screen-head">
        <Pictogram name="welcome" size={56} />
        <div>
          <h1 className="utrecht-heading-1">{t('title')}</h1>
          <p className="utrecht-paragraph">{t('intro')}</p>
        </div>
      </header>
      <p className="utrecht-paragraph with-icon card">
        <Pictogram name="key" size={40} />
        <span>{t('howTo', regieContext())}</span>
      </p>
      <ActivateForm onActivated={() => navigate('/')} />
      <Link href="/info" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action button--block">
        <Pictogram name="info" size={24} /> {t('info')}
      </Link>
      <Link href="/language" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action button--block">
        <Pictogram name="language" size={24} /> {tc('language.choose')}
      </Link>
    </>
  );
}
