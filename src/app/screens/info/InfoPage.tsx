import { useEffect, type ReactNode } from 'react';
import { Link } from 'wouter';
import { Pictogram } from '../../components/Pictogram';
import { focusAnchor } from './search/anchors';
import { useInfoTexts } from './useInfoTexts';
import './info.css';

interface Props {
  children: ReactNode;
  /** The index itself has no way back. */
  back?: boolean;
}

/** Frame of every informatiemap page: a way back to the index, and the page starts at its top. */
export function InfoPage({ children, back = true }: Props) {
  const { t } = useInfoTexts();
  useEffect(() => {
    // Wouter keeps the scroll position between routes; a new page should start at its title, or
    // at the section a search result leads to (`#anchor`).
    if (!focusAnchor(window.location.hash)) document.documentElement.scrollTop = 0;
  }, []);
  return (
    <div className="info-page">
      {back && (
        <Link href="/info" className="button info-back">
          <Pictogram name="info" size={24} />
          {t('back')}
        </Link>
      )}
      {children}
    </div>
  );
}
