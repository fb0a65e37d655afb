import { useTranslation } from 'react-i18next';
import { formatEuro } from './money';

/** An amount in the reader's format: one format per language, so a number never shows twice. */
export function Amount({ cents }: { cents: number }) {
  const { i18n } = useTranslation();
  return (
    <span className="amount">
      <span className="amount__own">{formatEuro(cents, i18n.language)}</span>
    </span>
  );
}
