import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Pictogram } from '../../../components/Pictogram';
import { useReadingT } from '../../../reading/useReadingT';
import type { Hit } from './searchEngine';
import type { TextIn } from './searchDocs';

interface Props {
  status: 'loading' | 'ready' | 'failed';
  hits: Hit[];
}

/**
 * A text of a result. In another language than the page's (a Dutch word, a text not translated
 * yet) it says so with `lang`, so a screen reader and read-aloud speak it right.
 */
function Text({ text, className, language }: { text: TextIn; className: string; language: string }) {
  const other = text.lang !== null && text.lang !== language;
  return (
    <span className={className} {...(other ? { lang: text.lang ?? undefined, dir: 'auto' } : {})}>
      {text.text}
    </span>
  );
}

function HitLink({ hit }: { hit: Hit }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const dutch = language !== 'nl' && hit.snippet.lang === 'nl';
  return (
    <Link href={hit.href} className="search-hit">
      <Pictogram name={hit.picture} size={40} />
      <span className="search-hit__body">
        <Text text={hit.page} className="search-hit__page" language={language} />
        <Text text={hit.title} className="search-hit__title" language={language} />
        {hit.snippet.text && <Text text={hit.snippet} className="search-hit__snippet" language={language} />}
        {dutch && <span className="dutch-text__marker">{t('dutchText.marker')}</span>}
      </span>
    </Link>
  );
}

/** What the search found, or a way on when it found nothing: who helps you, the words. */
export function SearchResults({ status, hits }: Props) {
  const { t } = useReadingT('search');
  const { t: ti } = useReadingT('info');
  const { t: tw } = useReadingT('glossary');
  const found = status === 'ready' && hits.length > 0;
  const message = status === 'loading' ? t('loading') : status === 'failed' ? t('failed') : found ? t('count', { number: hits.length }) : t('empty');
  return (
    <div className="search-results">
      <p role="status" className={found || status === 'loading' ? 'hint' : 'search-results__empty'}>
        {message}
      </p>
      {found && (
        <ul className="plain-list search-results__list" aria-label={t('results')}>
          {hits.map((hit) => (
            <li key={hit.href}>
              <HitLink hit={hit} />
            </li>
          ))}
        </ul>
      )}
      {status === 'ready' && !found && (
        <>
          <p>{t('emptyHint')}</p>
          <div className="search-results__ways">
            <Link href="/info/hulp#vraag" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action">
              <Pictogram name="helpingHands" size={28} />
              {ti('help.ask')}
            </Link>
            <Link href="/info/woorden" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action">
              <Pictogram name="books" size={28} />
              {tw('title')}
            </Link>
          </div>
        </>
      )}
    </div>
  );
}
