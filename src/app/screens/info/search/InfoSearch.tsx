import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'wouter';
import { Pictogram } from '../../../components/Pictogram';
import { useReadingT } from '../../../reading/useReadingT';
import { useInfoTexts } from '../useInfoTexts';
import type { InfoSearch as Engine } from './searchEngine';
import { SearchResults } from './SearchResults';
import './search.css';

/**
 * The search field at the top of the informatiemap (issue 16). The search itself is a chunk of its
 * own, loaded when someone starts typing; the words stay in the address (`/info?q=huur`), so the
 * way back from a result comes back to the same list.
 */
export function InfoSearch() {
  const { t } = useReadingT('search');
  const { i18n } = useTranslation();
  const { gemeente } = useInfoTexts();
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState(() => params.get('q') ?? '');
  const [engine, setEngine] = useState<Engine | null>(null);
  const [failed, setFailed] = useState(false);
  const fieldId = useId();
  const hintId = useId();
  const language = i18n.language;
  const wanted = query.trim() !== '';
  // After a change of language the index of the new language is built.
  const ready = engine?.language === language ? engine : null;

  useEffect(() => {
    if (!wanted || ready) return;
    let live = true;
    import('./searchEngine')
      .then((m) => m.openSearch(i18n, gemeente))
      .then((built) => live && setEngine(built))
      // The chunk is precached with the app; failing here means storage was cleared while offline.
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [wanted, ready, language, i18n, gemeente]);

  const hits = useMemo(() => ready?.search(query) ?? [], [ready, query]);

  const change = (value: string) => {
    setQuery(value);
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set('q', value);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  };

  return (
    <div role="search" className="info-search">
      <label htmlFor={fieldId} className="with-icon info-search__label">
        <Pictogram name="search" size={32} />
        {t('label')}
      </label>
      <p id={hintId} className="hint">
        {t('hint')}
      </p>
      <input id={fieldId} className="utrecht-textbox utrecht-textbox--html-input" type="search" value={query} onChange={(e) => change(e.target.value)} aria-describedby={hintId} autoComplete="off" enterKeyHint="search" dir="auto" />
      {wanted && <SearchResults status={ready ? 'ready' : failed ? 'failed' : 'loading'} hits={hits} />}
    </div>
  );
}
