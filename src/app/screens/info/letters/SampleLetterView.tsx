import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../../components/Pictogram';
import { Bilingual } from '../../../reading/Bilingual';
import { ReadAloud } from '../../../reading/ReadAloud';
import { useReadingT } from '../../../reading/useReadingT';
import type { LetterId, LetterLine, SampleLetter, SpotKind } from './letters';

type Spot = { text: string; spot: SpotKind };
const isSpot = (line: LetterLine): line is Spot => 'spot' in line;

/** What a marked part means, in the reader's language, read aloud on request. */
function Explanation({ letterId, spot, id }: { letterId: LetterId; spot: SpotKind; id: string }) {
  const { t, tNl } = useReadingT('letters');
  // Typed per letter in letters.ts; i18next's key type cannot follow the pair (letter, spot).
  const key = `letter.${letterId}.${spot}` as `letter.toeslag.${SpotKind}`;
  return (
    <div id={id} className="letter-explained" role="region" aria-label={t(`spot.${spot}`)}>
      <p className="letter-explained__label">{t(`spot.${spot}`)}</p>
      <Bilingual dutch={tNl?.(key)}>{t(key)}</Bilingual>
      <ReadAloud texts={[t(`spot.${spot}`), t(key)]} />
    </div>
  );
}

/**
 * A sample letter drawn as a sheet of paper, in Dutch (lang="nl", left to right also in a
 * right-to-left page). Its marked parts are real buttons: tap one, its explanation opens under it.
 */
export function SampleLetterView({ letter, gemeente }: { letter: SampleLetter; gemeente: string }) {
  const { t, i18n } = useTranslation('letters');
  const { t: tc } = useTranslation();
  const [open, setOpen] = useState<SpotKind | null>(null);
  const baseId = useId();
  return (
    <article className="sample-letter" aria-label={t(`letter.${letter.id}.title`)}>
      <p className="sample-letter__example with-icon">
        <Pictogram name="info" size={24} />
        <span>{t('example')}</span>
        {i18n.language !== 'nl' && <span className="dutch-text__marker">{tc('dutchText.marker')}</span>}
      </p>
      <div className="sample-letter__paper" lang="nl" dir="ltr">
        {letter.lines(gemeente).map((line, index) => {
          if (!isSpot(line)) return <p key={index}>{line.text}</p>;
          const expanded = open === line.spot;
          const explanationId = `${baseId}-${line.spot}`;
          return (
            <div key={index} className="sample-letter__spot">
              <button
                type="button"
                className="sample-letter__hotspot"
                data-spot={line.spot}
                aria-expanded={expanded}
                aria-controls={explanationId}
                onClick={() => setOpen(expanded ? null : line.spot)}
              >
                {line.text}
              </button>
              {expanded && (
                <div lang={i18n.language} dir={i18n.dir()}>
                  <Explanation letterId={letter.id} spot={line.spot} id={explanationId} />
                </div>
              )}
            </div>
          );
        })}
      </div>
    </article>
  );
}
