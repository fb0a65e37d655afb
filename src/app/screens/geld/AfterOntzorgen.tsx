import { useTranslation } from 'react-i18next';
import type { PAYMENT_KINDS } from '../../../domain/enums';
import { paymentPictogram } from '../../components/kindPictograms';
import { Pictogram } from '../../components/Pictogram';
import { formatDate } from '../../format';
import { ReadAloud } from '../../reading/ReadAloud';

type Cost = (typeof PAYMENT_KINDS)[number];

/** What changes when ontzorgen ends: the costs the municipality paid are now yours to arrange. */
export function AfterOntzorgen({ costs, end, ended }: { costs: Cost[]; end: string; ended: boolean }) {
  const { t, i18n } = useTranslation('geld');
  const date = formatDate(end, i18n.language);
  return (
    <section className="card after" aria-labelledby="after-title">
      <h2 id="after-title" className="utrecht-heading-2 with-icon">
        <Pictogram name="payYourself" size={32} /> {ended ? t('after.titleEnded') : t('after.title', { date })}
      </h2>
      <p className="utrecht-paragraph">{t('after.intro')}</p>
      <ReadAloud texts={[ended ? t('after.titleEnded') : t('after.title', { date }), t('after.intro'), ...costs.map((kind) => t(`after.item.${kind}`)), t('after.bank')]} />
      <ul className="plain-list after__list">
        {costs.map((kind) => (
          <li key={kind} className="with-icon">
            <Pictogram name={paymentPictogram(kind)} size={28} />
            <span>{t(`after.item.${kind}`)}</span>
          </li>
        ))}
        <li className="with-icon">
          <Pictogram name="bank" size={28} />
          <span>{t('after.bank')}</span>
        </li>
      </ul>
    </section>
  );
}
