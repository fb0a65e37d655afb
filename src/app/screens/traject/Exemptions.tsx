import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../../../domain/traject';
import { stepPictogram } from '../../components/kindPictograms';
import { Pictogram } from '../../components/Pictogram';

/** The steps this person does not have to do (vrijstellingen), together in one place. */
export function Exemptions({ entries }: { entries: TimelineEntry[] }) {
  const { t } = useTranslation('traject');
  if (entries.length === 0) return null;
  return (
    <section className="card" aria-labelledby="exemptions-title">
      <h2 id="exemptions-title" className="utrecht-heading-2 with-icon">
        <Pictogram name="exempt" size={32} /> {t('exemptions.title')}
      </h2>
      <p className="utrecht-paragraph">{t('exemptions.text')}</p>
      <ul className="plain-list exemptions">
        {entries.map((e) => (
          <li key={e.id} className="with-icon">
            <Pictogram name={stepPictogram(e.kind)} size={32} />
            <span>{t(`step.${e.kind}.title`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
