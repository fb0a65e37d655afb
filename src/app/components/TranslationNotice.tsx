import { useTranslation } from 'react-i18next';
import status from '../../../locales/status.json';
import { Pictogram } from './Pictogram';
import { regieContext } from '../gemeente';

type Status = { status: 'source' | 'reviewed' | 'unreviewed' };
const LANGUAGE_STATUS = status.languages as Record<string, Status | undefined>;

export function isReviewed(language: string): boolean {
  const s = LANGUAGE_STATUS[language]?.status;
  return s === 'source' || s === 'reviewed';
}

/** Honest about translations no native speaker has checked yet, in the reader's own language. */
export function TranslationNotice() {
  const { t, i18n } = useTranslation();
  if (isReviewed(i18n.language)) return null;
  return (
    <div className="translation-notice with-icon" role="note">
      <Pictogram name="warning" size={20} />
      <p>{t('translationNotice', regieContext())}</p>
    </div>
  );
}
