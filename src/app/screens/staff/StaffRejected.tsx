import { useTranslation } from 'react-i18next';
import { dismissStaffRejected, isChangeOf, useStaffRejected } from '../../../data/staff';
import type { RefusalCode } from '../../../domain/mutators';
import { Pictogram } from '../../components/Pictogram';

/** The refusals this list explains in words (the codes are the mutators', src/domain/mutationCore.ts). */
const KNOWN_REASONS = ['forbidden', 'invalid-args', 'not-addressed-to-you', 'unknown-mutation'] as const satisfies readonly RefusalCode[];

/** A change the server refused (kept sealed in the vault) is shown until the staff member has read it. */
export function StaffRejected() {
  const { t } = useTranslation();
  const rejected = useStaffRejected();
  if (rejected.length === 0) return null;
  return (
    <section className="banner utrecht-alert utrecht-alert--warning" role="alert" aria-labelledby="staff-rejected-title">
      <Pictogram name="warning" />
      <div>
        <h2 className="utrecht-heading-2" id="staff-rejected-title">{t('rejected.title')}</h2>
        <ul className="plain-list">
          {rejected.map((r) => {
            const code = KNOWN_REASONS.find((c) => c === r.error.code);
            const checklist = isChangeOf(r, 'checklist.setStatus');
            const reason = r.error.code === 'not-found' && checklist ? t('rejected.reason.not-found-checklist') : code ? t(`rejected.reason.${code}`) : t('rejected.reason.default');
            // A refused note or answer shows its text, so nothing typed is lost.
            const note = isChangeOf(r, 'visit.addNote') || isChangeOf(r, 'question.answer') ? r.args.text : undefined;
            return (
              <li key={r.id}>
                <p className="utrecht-paragraph">
                  <strong>{checklist ? t('rejected.what.checklist') : t('rejected.what.other')}</strong> {reason}
                </p>
                {typeof note === 'string' && (
                  <p className="utrecht-paragraph rejected__question" dir="auto">
                    {note}
                  </p>
                )}
                <div className="banner__actions">
                  <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void dismissStaffRejected(r.id)}>
                    {t('rejected.dismiss')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
