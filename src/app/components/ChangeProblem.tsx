import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { clearChangeProblem, useChangeProblem } from '../../data';
import { Pictogram } from './Pictogram';

/**
 * The one message for a change this phone could not save (a full phone, or another write failure):
 * never a crash, never a change that silently disappears. Mounted while the app is activated, so
 * its texts are loaded (and cached) before they are needed, also when the phone is offline later.
 */
export function ChangeProblem() {
  const { t } = useTranslation('storage', { useSuspense: false });
  const problem = useChangeProblem();
  const ref = useRef<HTMLElement>(null);
  // The button that failed may be far down the screen: bring the message into view.
  useEffect(() => {
    if (problem) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [problem]);
  if (!problem) return null;
  return (
    <section ref={ref} className="banner utrecht-alert utrecht-alert--warning" role="alert" aria-labelledby="change-problem-title" data-problem={problem}>
      <Pictogram name="warning" />
      <div>
        <h2 className="utrecht-heading-2" id="change-problem-title">{t('title')}</h2>
        {problem === 'storage-full' ? (
          <>
            <p className="utrecht-paragraph">{t('full')}</p>
            <p className="utrecht-paragraph">{t('makeRoom')}</p>
            <p className="utrecht-paragraph">{t('example')}</p>
          </>
        ) : (
          <p className="utrecht-paragraph">{t('failed')}</p>
        )}
        <p className="utrecht-paragraph">{t('earlier')}</p>
        <p className="utrecht-paragraph">{t('tryAgain')}</p>
        <div className="banner__actions">
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={clearChangeProblem}>
            {t('dismiss')}
          </button>
        </div>
      </div>
    </section>
  );
}
