import { useTranslation } from 'react-i18next';
import { useDossier, useSteps } from '../../../data';
import { buildTimeline, nextStep } from '../../../domain/traject';
import { Pictogram, type PictogramName } from '../../components/Pictogram';
import { dayKey } from '../../format';
import { useMyGemeente } from '../../useMyGemeente';
import { useNow } from '../../useNow';
import { useRoleName } from '../mensen/useRoleName';
import { Exemptions } from './Exemptions';
import { NextStepCard } from './NextStepCard';
import { TermCard } from './TermCard';
import { TimelineStep } from './TimelineStep';
import './traject.css';

const ROUTE_PICTURE: Record<'b1' | 'z' | 'onderwijs' | 'none', PictogramName> = {
  b1: 'exam',
  z: 'speak',
  onderwijs: 'books',
  none: 'search',
};

/** Mijn traject: the steps of the leerroute as a timeline, the next step, the end of the term. */
export function TrajectScreen() {
  const { t } = useTranslation('traject');
  const dossier = useDossier();
  const steps = useSteps();
  const gemeente = useMyGemeente();
  const roleName = useRoleName();
  const today = dayKey(useNow());
  if (!dossier || !steps) return null;

  const route = dossier.leerroute ?? 'none';
  const template = dossier.leerroute ? gemeente.trajectTemplates[dossier.leerroute] : [];
  const timeline = buildTimeline(steps, template, today);
  const regie = roleName(gemeente.regieRole);
  // Gezinsmigranten arrange their own inburgering; the municipality only advises (Wi2021).
  const adviceOnly = dossier.doelgroep === 'gezinsmigrant';

  return (
    <>
      <header className="screen-head">
        <Pictogram name="traject" size={48} />
        <div>
          <h1 className="utrecht-heading-1">{t('title')}</h1>
          <p className="utrecht-paragraph">{t('intro')}</p>
        </div>
      </header>
      <section className="card route" aria-labelledby="route-title">
        <div className="with-icon">
          <Pictogram name={ROUTE_PICTURE[route]} size={40} />
          <div>
            <h2 className="utrecht-heading-2" id="route-title">{t(`route.${route}.name`)}</h2>
            <p className="utrecht-paragraph">{t(`route.${route}.hint`)}</p>
          </div>
        </div>
        {adviceOnly && (
          <p className="utrecht-paragraph with-icon route__advice">
            <Pictogram name="tip" size={28} />
            <span>
              <strong>{t('adviceOnly.title')}</strong> {t('adviceOnly.text')}
            </span>
          </p>
        )}
      </section>
      <NextStepCard entry={nextStep(timeline)} regie={regie} />
      <TermCard termijn={dossier.termijn} today={today} regie={regie} />
      <section aria-labelledby="steps-title">
        <h2 className="utrecht-heading-2" id="steps-title">{t('steps')}</h2>
        <ol className="timeline">
          {timeline.map((entry) => (
            <TimelineStep key={entry.id} entry={entry} noteFrom={regie} />
          ))}
        </ol>
      </section>
      <Exemptions entries={timeline.filter((e) => e.phase === 'exempt')} />
    </>
  );
}
