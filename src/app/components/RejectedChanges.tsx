import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { MutatorName, RefusalCode } from '../../domain/mutators';
import { dismissRejected, useCanChange, useRejected } from '../../data';
import { Pictogram } from './Pictogram';
import { regieContext } from '../gemeente';

/** The refusals this list explains in words (the codes are the mutators', src/domain/mutationCore.ts). */
const KNOWN_REASONS = ['appointment-cancelled', 'forbidden', 'not-found', 'invalid-args', 'unknown-mutation'] as const satisfies readonly RefusalCode[];

/** What the refused change was, by mutation name (names are part of the sync contract). */
const WHAT = {
  'appointment.setAttendance': 'attendance',
  'checklist.setStatus': 'checklist',
  'question.ask': 'question',
} as const satisfies Partial<Record<MutatorName, string>>;

function whatOf(name: string): (typeof WHAT)[keyof typeof WHAT] | 'other' {
  return Object.hasOwn(WHAT, name) ? WHAT[name as keyof typeof WHAT] : 'other';
}

/** A change the municipality refused is explained, with a way forward, never dropped silently. */
export function RejectedChanges() {
  const { t } = useTranslation();
  const rejected = useRejected();
  // Its links lead to the inburgeraar's own screens (ask again, my people): not on a helper's phone.
  const canChange = useCanChange();
  if (rejected.length === 0) return null;
  return (
    <section className="banner utrecht-alert utrecht-alert--warning" role="alert" aria-labelledby="rejected-title">
      <Pictogram name="warning" />
      <div>
        <h2 className="utrecht-heading-2" id="rejected-title">{t('rejected.title')}</h2>
        <ul className="plain-list">
          {rejected.map((r) => {
            const what = whatOf(r.name);
            const code = KNOWN_REASONS.find((c) => c === r.error.code);
            const reason =
              code === 'not-found' && what === 'checklist'
                ? t('rejected.reason.not-found-checklist')
                : code
                  ? t(`rejected.reason.${code}`)
                  : t('rejected.reason.default');
            const question = what === 'question' ? (r.args as { text?: unknown } | null)?.text : undefined;
            return (
              <li key={r.id}>
                <p className="utrecht-paragraph">
                  <strong>{t(`rejected.what.${what}`)}</strong> {reason}
                </p>
                {typeof question === 'string' && (
                  <p className="utrecht-paragraph rejected__question" dir="auto">
                    {question}
                  </p>
                )}
                <div className="banner__actions">
                  {canChange && what === 'question' && (
                    <Link href="/vraag" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action">
                      {t('rejected.askAgain')}
                    </Link>
                  )}
                  {code === 'unknown-mutation' && (
                    <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => window.location.reload()}>
                      {t('update.reload')}
                    </button>
                  )}
                  <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void dismissRejected(r.id)}>
                    {t('rejected.dismiss')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
        {canChange && (
          <p className="utrecht-paragraph">
            {t('rejected.help', regieContext())}{' '}
            <Link href="/mensen" className="utrecht-link">
              {t('rejected.contact')}
            </Link>
          </p>
        )}
      </div>
    </section>
  );
}
