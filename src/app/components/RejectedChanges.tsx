import { useTranslation } from 'react-i18next';
import { dismissRejected, useRejected } from '../../data';
import { Pictogram } from './Pictogram';

const KNOWN_REASONS = ['appointment-cancelled', 'forbidden', 'not-found'] as const;

/** A change the municipality refused is explained, never dropped silently. */
export function RejectedChanges() {
  const { t } = useTranslation();
  const rejected = useRejected();
  if (rejected.length === 0) return null;
  return (
    <section className="banner banner--warning" role="alert" aria-labelledby="rejected-title">
      <Pictogram name="warning" />
      <div>
        <h2 id="rejected-title">{t('rejected.title')}</h2>
        <ul className="plain-list">
          {rejected.map((r) => {
            const code = KNOWN_REASONS.find((c) => c === r.error.code);
            return (
              <li key={r.id}>
                <p>{code ? t(`rejected.reason.${code}`) : t('rejected.reason.default')}</p>
                <button type="button" className="button" onClick={() => void dismissRejected(r.id)}>
                  {t('rejected.dismiss')}
                </button>
              </li>
            );
          })}
        </ul>
        <p>{t('rejected.help')}</p>
      </div>
    </section>
  );
}
