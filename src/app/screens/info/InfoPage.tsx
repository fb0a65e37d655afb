import { useEffect, type ReactNode } from 'react';
import { Link } from 'wouter';
import type { FeedbackPage } from '../../../domain/feedback';
import { Pictogram } from '../../components/Pictogram';
import { FeedbackBlock } from './FeedbackBlock';
import { focusAnchor } from './search/anchors';
import { useInfoTexts } from './useInfoTexts';
import './info.css';

interface Props {
  children: ReactNode;
  /** The index itself has no way back. */
  back?: boolean;
  /** Which page this is, for "Heeft dit geholpen?" at its end; none on a page that does not exist. */
  feedback?: FeedbackPage | null;
}

/** Frame of every informatiemap page: a way back to the index, the page starts at its top, feedback at its end. */
export function InfoPage({ children, back = true, feedback = null }: Props) {
  const { t } = useInfoTexts();
  useEffect(() => {
    // Wouter keeps the scroll position between routes; a new page should start at its title, or
    // at the section a search result leads to (`#anchor`).
    if (!focusAnchor(window.location.hash)) document.documentElement.scrollTop = 0;
  }, []);
  return (
    <div className="info-page">
      {back && (
        <Link href="/info" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action info-back">
          <Pictogram name="info" size={24} />
          {t('back')}
        </Link>
      )}
      {children}
      {feedback && <FeedbackBlock page={feedback} />}
    </div>
  );
}
