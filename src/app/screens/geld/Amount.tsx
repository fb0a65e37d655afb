import { useTranslation } from 'react-i18next';
import { dutchEuro, formatEuro } from './money';

/** An amount in the reader's format, with the Dutch format beside it when that differs. */
export function Amount({ cents }: { cents: number }) {
  const { i18n } = useTranslation();
  const dutch = dutchEuro(cents, i18n.language);
  return (
    <span className="amount">
      <span className="amount__own">{formatEuro(cents, i18n.language)}</span>
      {dutch && (
        <span className="amount__nl" lang="nl" dir="ltr">
          {dutch}
        </span>
      )}
    </span>
  );
}
