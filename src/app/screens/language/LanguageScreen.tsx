import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { changeLanguage } from '../../i18n/i18n';
import { LANGUAGES } from '../../i18n/languages';
import { Pictogram } from '../../components/Pictogram';
import { ReadingHelp } from './ReadingHelp';

/** Every language is shown in its own script, so people find theirs without reading Dutch. */
export function LanguageScreen() {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  return (
    <>
      <header className="screen-head">
        <Pictogram name="language" size={48} />
        <h1 className="utrecht-heading-1">{t('language.choose')}</h1>
      </header>
      <ul className="language-list">
        {LANGUAGES.map((l) => (
          <li key={l.code}>
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action button--block language-option"
              lang={l.code}
              dir={l.dir}
              aria-pressed={i18n.language === l.code}
              onClick={() => void changeLanguage(l.code).then(() => navigate('/'))}
            >
              {l.nativeName}
            </button>
          </li>
        ))}
      </ul>
      <ReadingHelp />
    </>
  );
}
