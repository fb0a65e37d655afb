import { useTranslation } from 'react-i18next';
import type { PaymentRow } from '../../../domain/tables';
import { paymentPictogram } from '../../components/kindPictograms';
import { Pictogram } from '../../components/Pictogram';
import { formatDayMonth } from '../../format';
import { Amount } from './Amount';

/** One fixed cost: what, to whom, how much, and whether it was paid. */
export function PaymentItem({ payment }: { payment: PaymentRow }) {
  const { t, i18n } = useTranslation('geld');
  const date = payment.date ? formatDayMonth(payment.date, i18n.language) : null;
  return (
    <li className="payment" data-status={payment.status}>
      <Pictogram name={paymentPictogram(payment.kind)} size={36} />
      <div className="payment__body">
        <p className="utrecht-paragraph payment__what">{t(`kind.${payment.kind}`)}</p>
        <p className="utrecht-paragraph payment__to">
          {t('to')} <span dir="auto">{payment.payee}</span>
        </p>
        <p className={`utrecht-badge-status tag--${payment.status}`}>
          {t(`status.${payment.status}`)}
          {date && payment.status !== 'failed' ? ` · ${date}` : ''}
        </p>
      </div>
      <Amount cents={payment.amountCents} />
    </li>
  );
}
