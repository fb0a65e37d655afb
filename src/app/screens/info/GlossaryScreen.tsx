import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/Pictogram';
import { SOURCE_LANGUAGE } from '../../i18n/languages';
import { Bilingual } from '../../reading/Bilingual';
import { ReadAloud } from '../../reading/ReadAloud';
import { useReadingT } from '../../reading/useReadingT';
import { InfoPage } from './InfoPage';
import { normalise, WORDS, type Word, type WordId } from './glossary';
import { useInfoTexts } from './useInfoTexts';
import { InfoHead } from './InfoHead';

const collator = new Intl.Collator('nl');

function isWordId(id: string): id is WordId {
  return Object.hasOwn(WORDS, id);
}

function Entry({ id, word }: { id: WordId; word: Word }) {
  const { t, tNl } = useReadingT('glossary');
  const headingId = useId();
  return (
    <li>
      <article className="card glossary-entry" aria-labelledby={headingId} id={id} tabIndex={-1}>
        <div className="info-block__head">
          <Pictogram name={word.picture} size={48} />
          <div>
            <h2 id={headingId} className="utrecht-heading-2 glossary-entry__word" lang="nl" dir="ltr">
              {word.word}
            </h2>
            {word.full && (
              <p className="utrecht-paragraph hint" lang="nl" dir="ltr">
                {word.full}
              </p>
            )}
          </div>
        </div>
        <Bilingual className="glossary-entry__meaning" dutch={tNl?.(`words.${id}.meaning`)}>
          {t(`words.${id}.meaning`)}
        </Bilingual>
        <Bilingual dutch={tNl?.(`words.${id}.text`)}>{t(`words.${id}.text`)}</Bilingual>
      </article>
    </li>
  );
}

/** Dutch words from letters, each with a picture and a plain explanation in the reader's language. */
export function GlossaryScreen() {
  const { gemeente } = useInfoTexts();
  const { t, tNl } = useReadingT('glossary');
  // Searching also in Dutch: people type the word they saw in a letter.
  const { t: tDutch } = useTranslation('glossary', { lng: SOURCE_LANGUAGE });
  const [query, setQuery] = useState('');
  const searchId = useId();

  const words = useMemo(
    () =>
      Object.entries(WORDS)
        .flatMap(([id, word]) => (isWordId(id) && (!word.when || word.when(gemeente)) ? [{ id, word }] : []))
        .sort((a, b) => collator.compare(a.word.word, b.word.word)),
    [gemeente],
  );
  const q = normalise(query.trim());
  const matches = (texts: string[]) => texts.some((s) => normalise(s).includes(q));
  // The word itself first, then the words whose explanation mentions it.
  const shown = q
    ? [
        ...words.filter(({ word }) => matches([word.word, word.full ?? ''])),
        ...words.filter(
          ({ id, word }) =>
            !matches([word.word, word.full ?? '']) && matches([t(`words.${id}.meaning`), t(`words.${id}.text`), tDutch(`words.${id}.meaning`)]),
        ),
      ]
    : words;

  return (
    <InfoPage feedback="woorden">
      <InfoHead picture="books" title={t('title')} titleNl={tNl?.('title')} summary={t('summary')} summaryNl={tNl?.('summary')} />
      <ReadAloud texts={[t('title'), ...shown.map(({ id, word }) => `${word.word}. ${t(`words.${id}.meaning`)}`)]} />
      <div role="search" className="glossary-search">
        <label htmlFor={searchId} className="with-icon">
          <Pictogram name="search" size={28} />
          {t('search')}
        </label>
        <input id={searchId} className="utrecht-textbox utrecht-textbox--html-input" type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" dir="auto" />
      </div>
      <p role="status" className="utrecht-paragraph hint">
        {shown.length ? t('count', { count: shown.length }) : t('empty')}
      </p>
      <ul className="plain-list glossary-list">
        {shown.map(({ id, word }) => (
          <Entry key={id} id={id} word={word} />
        ))}
      </ul>
    </InfoPage>
  );
}
