import { useTranslation } from 'react-i18next';
import type { MonthState, OntzorgenMonth } from '../../../domain/ontzorgen';
import { Pictogram, type PictogramName } from '../../components/Pictogram';
import { formatMonthShort } from '../../format';

const STATE_PICTURE: Record<Exclude<MonthState, 'empty'>, PictogramName> = {
  paid: 'done',
  scheduled: 'waiting',
  failed: 'notComing',
};

/**
 * The ontzorgen period as a row of months, "month N of 6" in one look. A plain, accessible list:
 * another developer may later draw it as an SVG infographic with the same data.
 */
export function PeriodCalendar({ months }: { months: OntzorgenMonth[] }) {
  const { t, i18n } = useTranslation('geld');
  return (
    <>
      <ol className="period" aria-label={t('period.label')}>
        {months.map((m) => (
          <li
            key={m.month}
            className="period__month"
            data-state={m.state}
            data-when={m.when}
            aria-current={m.when === 'current' ? 'date' : undefined}
          >
            <span className="period__number">{m.index}</span>
            <span className="period__name">{formatMonthShort(m.month, i18n.language)}</span>
            {m.state === 'empty' ? <span className="period__blank" /> : <Pictogram name={STATE_PICTURE[m.state]} size={24} />}
            <span className="visually-hidden">{t(`monthState.${m.state}`)}</span>
          </li>
        ))}
      </ol>
      <ul className="plain-list period__legend" aria-hidden="true">
        {(['paid', 'scheduled', 'failed'] as const).map((state) => (
          <li key={state}>
            <Pictogram name={STATE_PICTURE[state]} size={20} /> {t(`monthState.${state}`)}
          </li>
        ))}
      </ul>
    </>
  );
}
