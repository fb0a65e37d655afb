import { useId } from 'react';
import type { EmergencyNumber } from '../../../gemeenten';
import nlInfo from '../../../../locales/nl/info.json';
import { isPictogramName, Pictogram } from '../../components/Pictogram';
import { Bilingual } from '../../reading/Bilingual';
import { ReadAloud } from '../../reading/ReadAloud';
import { InfoPage } from './InfoPage';
import { Lines } from './Lines';
import { displayNumber, telHref } from './PartnerCard';
import { splitLines, useInfoTexts } from './useInfoTexts';
import { InfoHead } from './InfoHead';

type NumberId = keyof typeof nlInfo.emergency.numbers;

/** Numbers come from the municipality config; only those with texts are shown. */
function isNumberId(id: string): id is NumberId {
  return Object.hasOwn(nlInfo.emergency.numbers, id);
}

function NumberCard({ entry, id }: { entry: EmergencyNumber; id: NumberId }) {
  const { t, tNl } = useInfoTexts();
  const headingId = useId();
  return (
    <li>
      <article className={`card emergency${id === 'emergency' ? ' emergency--alarm' : ''}`} aria-labelledby={headingId}>
        <div className="info-block__head">
          <Pictogram name={isPictogramName(entry.picture) ? entry.picture : 'call'} size={48} />
          <Bilingual as="h2" id={headingId} dutch={tNl?.(`emergency.numbers.${id}.name`)}>
            {t(`emergency.numbers.${id}.name`)}
          </Bilingual>
        </div>
        <Lines text={t(`emergency.numbers.${id}.when`)} dutch={tNl?.(`emergency.numbers.${id}.when`)} />
        <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action button--block call-button" href={telHref(entry.number)}>
          <Pictogram name="call" size={32} />
          <span>{t('emergency.call', { number: displayNumber(entry.number) })}</span>
        </a>
      </article>
    </li>
  );
}

/** Emergency and help numbers, most urgent first, each one tap to call. */
export function EmergencyScreen() {
  const { gemeente, t, tNl } = useInfoTexts();
  const numbers = gemeente.emergency.flatMap((entry) => (isNumberId(entry.id) ? [{ entry, id: entry.id }] : []));
  return (
    <InfoPage feedback="nood">
      <InfoHead picture="emergency" title={t('emergency.title')} titleNl={tNl?.('emergency.title')} summary={t('emergency.summary')} summaryNl={tNl?.('emergency.summary')} />
      <ReadAloud
        texts={[
          t('emergency.title'),
          t('emergency.summary'),
          ...numbers.flatMap(({ entry, id }) => [t(`emergency.numbers.${id}.name`), displayNumber(entry.number), ...splitLines(t(`emergency.numbers.${id}.when`))]),
        ]}
      />
      <ul className="plain-list emergency-list">
        {numbers.map(({ entry, id }) => (
          <NumberCard key={id} entry={entry} id={id} />
        ))}
      </ul>
    </InfoPage>
  );
}
