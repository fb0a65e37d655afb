import { Link, useParams } from 'wouter';
import { Pictogram } from '../../../components/Pictogram';
import { ReadAloud } from '../../../reading/ReadAloud';
import { useReadingT } from '../../../reading/useReadingT';
import { InfoPage } from '../InfoPage';
import { useInfoTexts } from '../useInfoTexts';
import { AskAboutLetter } from './AskAboutLetter';
import { isLetterId, LETTERS, letterById } from './letters';
import { SampleLetterView } from './SampleLetterView';
import './letters.css';
import { InfoHead } from '../InfoHead';

/** "Brieven uitgelegd": five sample letters, one open at a time, and a way to ask about your own. */
export function LettersScreen() {
  const { gemeente } = useInfoTexts();
  const { t, tNl } = useReadingT('letters');
  const { letter: param } = useParams<{ letter?: string }>();
  const chosen = isLetterId(param) ? letterById(param) : null;

  return (
    <InfoPage>
      <InfoHead picture="letters" title={t('title')} titleNl={tNl?.('title')} summary={t('summary')} summaryNl={tNl?.('summary')} />
      <ReadAloud texts={[t('title'), t('summary'), ...(chosen ? [t(`letter.${chosen.id}.title`)] : LETTERS.map((l) => t(`letter.${l.id}.title`)))]} />
      <nav aria-label={t('choose')}>
        <ul className="letter-choice">
          {LETTERS.map((l) => (
            <li key={l.id}>
              <Link href={`/info/brieven/${l.id}`} className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action button--block letter-choice__link" aria-current={chosen?.id === l.id ? 'page' : undefined}>
                <Pictogram name={l.picture} size={32} />
                <span>{t(`letter.${l.id}.title`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {chosen && (
        <>
          <h2>{t(`letter.${chosen.id}.title`)}</h2>
          <SampleLetterView key={chosen.id} letter={chosen} gemeente={gemeente.name} />
        </>
      )}
      <AskAboutLetter />
    </InfoPage>
  );
}
