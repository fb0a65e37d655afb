import { useTranslation } from 'react-i18next';
import { monthsLeft } from '../../../domain/traject';
import { Pictogram } from '../../components/Pictogram';
import { formatDate } from '../../format';

interface Props {
  termijn: { start: string; end: string };
  today: string;
  regie: string;
}

/** The end of the three-year term, as a date and as "N months left", with a bar of time passed. */
export function TermCard({ termijn, today, regie }: Props) {
  const { t, i18n } = useTranslation('traject');
  const left = monthsLeft(today, termijn.end);
  const total = Date.parse(termijn.end) - Date.parse(termijn.start);
  const passed = Math.min(1, Math.max(0, (Date.parse(today) - Date.parse(termijn.start)) / (total || 1)));
  const end = formatDate(termijn.end, i18n.language);
  return (
    <section className="card term" aria-labelledby="term-title">
      <h2 id="term-title" className="utrecht-heading-2 with-icon">
        <Pictogram name="deadline" size={32} /> {t('term.title')}
      </h2>
      <p className="utrecht-paragraph term__left">
        {left < 0 ? t('term.ended', { date: end }) : left === 0 ? t('term.lessThanMonth') : t('term.left', { count: left })}
      </p>
      <div className="term__bar" aria-hidden="true">
        <span style={{ inlineSize: `${Math.round(passed * 100)}%` }} />
      </div>
      <p className="utrecht-paragraph">{left < 0 ? t('term.endedHelp', { role: regie }) : t('term.end', { date: end })}</p>
    </section>
  );
}
