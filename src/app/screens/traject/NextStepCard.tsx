import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useCanChange } from '../../../data';
import type { TimelineEntry } from '../../../domain/traject';
import { stepPictogram } from '../../components/kindPictograms';
import { Pictogram } from '../../components/Pictogram';
import { formatDate } from '../../format';
import { ReadAloud } from '../../reading/ReadAloud';

/** The next step in one sentence; an overdue step comes first, with what to do about it. */
export function NextStepCard({ entry, regie }: { entry: TimelineEntry | undefined; regie: string }) {
  const { t, i18n } = useTranslation('traject');
  const canChange = useCanChange();
  if (!entry) {
    return (
      <section className="card card--highlight next-step" aria-labelledby="next-step-title">
        <h2 className="utrecht-heading-2" id="next-step-title">{t('next.title')}</h2>
        <p className="utrecht-paragraph with-icon">
          <Pictogram name="finish" size={40} /> <span>{t('next.none')}</span>
        </p>
        <ReadAloud texts={[t('next.title'), t('next.none')]} />
      </section>
    );
  }
  const step = t(`step.${entry.kind}.title`);
  const date = entry.step?.date;
  const sentence = date ? t('next.withDate', { step, date: formatDate(date, i18n.language) }) : t('next.noDate', { step });
  return (
    <section
      className={`card card--highlight next-step${entry.overdue ? ' next-step--overdue' : ''}`}
      aria-labelledby="next-step-title"
    >
      <h2 className="utrecht-heading-2" id="next-step-title">{t(entry.overdue ? 'next.overdueTitle' : 'next.title')}</h2>
      <div className="with-icon">
        <Pictogram name={entry.overdue ? 'overdue' : stepPictogram(entry.kind)} size={48} />
        <div>
          <p className="utrecht-paragraph next-step__sentence">
            {sentence}
          </p>
          <p className="utrecht-paragraph hint">{t(`step.${entry.kind}.hint`)}</p>
        </div>
      </div>
      <ReadAloud
        texts={[t(entry.overdue ? 'next.overdueTitle' : 'next.title'), sentence, t(`step.${entry.kind}.hint`), ...(entry.overdue ? [t('next.overdue', { role: regie })] : [])]}
      />
      {entry.overdue && (
        <>
          <p className="utrecht-paragraph">{t('next.overdue', { role: regie })}</p>
          {canChange && (
            <Link href="/vraag" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action button--block">
              <Pictogram name="question" size={24} /> {t('next.ask')}
            </Link>
          )}
        </>
      )}
    </section>
  );
}
