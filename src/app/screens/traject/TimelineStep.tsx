import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../../../domain/traject';
import { stepPictogram } from '../../components/kindPictograms';
import { Pictogram, type PictogramName } from '../../components/Pictogram';
import { formatDate } from '../../format';
import { StepNote } from './StepNote';

const PHASE_PICTURE: Record<TimelineEntry['phase'], PictogramName> = {
  done: 'done',
  exempt: 'exempt',
  now: 'busy',
  next: 'start',
  later: 'later',
};

interface Props {
  entry: TimelineEntry;
  /** The regie role's name, e.g. "consulent inburgering": who writes the notes. */
  noteFrom: string;
}

export function TimelineStep({ entry, noteFrom }: Props) {
  const { t, i18n } = useTranslation('traject');
  const { step, phase, kind } = entry;
  const titleId = `step-${entry.id}`;
  return (
    <li
      className="timeline__step"
      data-phase={phase}
      data-overdue={entry.overdue || undefined}
      aria-labelledby={titleId}
      aria-current={phase === 'now' ? 'step' : undefined}
    >
      <span className="timeline__marker">
        <Pictogram name={PHASE_PICTURE[phase]} size={28} />
      </span>
      <div className="timeline__body">
        <div className="timeline__head">
          <Pictogram name={stepPictogram(kind)} size={40} />
          <div>
            <h3 className="utrecht-heading-3" id={titleId}>{t(`step.${kind}.title`)}</h3>
            <p className="utrecht-paragraph hint">{t(`step.${kind}.hint`)}</p>
          </div>
        </div>
        <p className="utrecht-paragraph tags">
          <span className={`utrecht-badge-status tag--${phase}`}>{t(`phase.${phase}`)}</span>
          {entry.overdue && (
            <span className="utrecht-badge-status utrecht-badge-status--danger">
              <Pictogram name="overdue" size={18} /> {t('overdue')}
            </span>
          )}
          {step?.date && (
            <span className="timeline__date">
              {phase === 'now' ? t('since', { date: formatDate(step.date, i18n.language) }) : formatDate(step.date, i18n.language)}
            </span>
          )}
        </p>
        {step?.note && <StepNote note={step.note} from={noteFrom} />}
      </div>
    </li>
  );
}
