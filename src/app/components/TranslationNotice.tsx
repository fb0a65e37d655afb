import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import status from '../../../locales/status.json';
import { Pictogram } from './Pictogram';
import { regieContext } from '../gemeente';

type Status = { status: 'source' | 'reviewed' | 'unreviewed' };
const LANGUAGE_STATUS = status.languages as Record<string, Status | undefined>;

export function isReviewed(language: string): boolean {
  const s = LANGUAGE_STATUS[language]?.status;
  return s === 'source' || s === 'reviewed';
}

// The languages whose notice this phone has shown in full (no personal data): read once, then a
// small marker that opens it again (issue 11: at 200% text the notice filled 1.5 screens on every page).
const SEEN_KEY = 'thuis.translationNoticeSeen';

function readSeen(): string[] {
  try {
    const seen: unknown = JSON.parse(localStorage.getItem(SEEN_KEY) ?? '[]');
    return Array.isArray(seen) ? seen.filter((l): l is string => typeof l === 'string') : [];
  } catch {
    return [];
  }
}

function markSeen(language: string): void {
  const seen = readSeen();
  if (!seen.includes(language)) localStorage.setItem(SEEN_KEY, JSON.stringify([...seen, language]));
}

/** Honest about translations no native speaker has checked yet, in the reader's own language. */
export function TranslationNotice() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [location] = useLocation();
  // Seen on an earlier screen or visit: folded. The screen where it first shows keeps it open
  // until the person taps "got it" or goes to another screen.
  const [foldedFor, setFoldedFor] = useState<string[]>(readSeen);
  const firstShown = useRef<{ language: string; location: string } | null>(null);
  const reviewed = isReviewed(language);

  useEffect(() => {
    if (reviewed || foldedFor.includes(language)) return;
    if (firstShown.current?.language !== language) {
      firstShown.current = { language, location };
      markSeen(language);
    } else if (firstShown.current.location !== location) {
      setFoldedFor((f) => [...f, language]);
    }
  }, [reviewed, foldedFor, language, location]);

  if (reviewed) return null;
  const text = t('translationNotice', regieContext());
  if (foldedFor.includes(language)) {
    return (
      <details className="translation-notice translation-notice--folded">
        <summary className="with-icon">
          <Pictogram name="warning" size={20} /> <span>{t('translationCheck.marker')}</span>
        </summary>
        <p className="utrecht-paragraph">{text}</p>
      </details>
    );
  }
  return (
    <div className="translation-notice with-icon" role="note">
      <Pictogram name="warning" size={20} />
      <div>
        <p className="utrecht-paragraph">{text}</p>
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action translation-notice__ok"
          onClick={() => {
            markSeen(language);
            setFoldedFor((f) => [...f, language]);
          }}
        >
          {t('translationCheck.ok')}
        </button>
      </div>
    </div>
  );
}
