import { useTranslation } from 'react-i18next';
import type { OntzorgenMonth } from '../../../domain/ontzorgen';
import { formatMonth } from '../../format';
import { PaymentItem } from './PaymentItem';

/** The payments of one month of the period. */
export function MonthPayments({ month }: { month: OntzorgenMonth }) {
  const { t, i18n } = useTranslation('geld');
  const titleId = `month-${month.month}`;
  return (
    <section className={`card month${month.when === 'current' ? ' card--highlight' : ''}`} aria-labelledby={titleId}>
      <h3 className="utrecht-heading-3" id={titleId}>
        {formatMonth(month.month, i18n.language)}
        {month.when === 'current' && <span className="utrecht-badge-status utrecht-badge-status--neutral month__now">{t('thisMonth')}</span>}
      </h3>
      <ul className="plain-list payments">
        {month.payments.map((p) => (
          <PaymentItem key={p.id} payment={p} />
        ))}
      </ul>
    </section>
  );
}
