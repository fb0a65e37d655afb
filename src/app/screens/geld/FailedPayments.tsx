import { useTranslation } from 'react-i18next';
import type { ContactRow, PaymentRow } from '../../../domain/tables';
import { Pictogram } from '../../components/Pictogram';
import { formatMonth } from '../../format';
import { ContactActions } from '../mensen/ContactActions';
import { Amount } from './Amount';

interface Props {
  failed: PaymentRow[];
  /** Who helps with money here (the municipality's "money" topic). */
  helper: ContactRow | undefined;
  helperRole: string;
}

/** A payment that failed, clearly, with what to do now. */
export function FailedPayments({ failed, helper, helperRole }: Props) {
  const { t, i18n } = useTranslation('geld');
  if (failed.length === 0) return null;
  return (
    <section className="card failed" aria-labelledby="failed-title">
      <h2 id="failed-title" className="utrecht-heading-2 with-icon">
        <Pictogram name="warning" size={32} /> {t('failed.title', { count: failed.length })}
      </h2>
      <ul className="plain-list">
        {failed.map((p) => (
          <li key={p.id} className="failed__item">
            <strong>{t(`kind.${p.kind}`)}</strong>, {formatMonth(p.month, i18n.language)}: <Amount cents={p.amountCents} />
          </li>
        ))}
      </ul>
      <p className="utrecht-paragraph failed__what">{t('failed.what', { role: helperRole })}</p>
      {helper && (
        <>
          <p className="utrecht-paragraph" dir="auto">{helper.name}</p>
          <ContactActions contact={helper} />
        </>
      )}
    </section>
  );
}
