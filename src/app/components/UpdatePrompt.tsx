import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useHasUnsavedInput, useSyncStatus } from '../../data';
import { Pictogram } from './Pictogram';
import { startUpdateChecks, updateBlock } from './updateCheck';

/**
 * A new version waits until the user says so: never a reload in the middle of a task. While a form
 * holds unsaved input, or changes are being sent, it cannot be taken at all, and says why.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (registration) startUpdateChecks(registration);
    },
  });
  const unsavedInput = useHasUnsavedInput();
  const { phase, pending } = useSyncStatus();
  if (!needRefresh) return null;
  const block = updateBlock({ unsavedInput, syncing: phase === 'syncing', pending });
  return (
    <div className="banner" role="alert">
      <Pictogram name="update" />
      <p>
        {t('update.text')} {block && t(`update.waits.${block}`)}
      </p>
      {!block && (
        <div className="banner__actions">
          <button type="button" className="button button--primary" onClick={() => void updateServiceWorker(true)}>
            {t('update.reload')}
          </button>
          <button type="button" className="button" onClick={() => setNeedRefresh(false)}>
            {t('update.later')}
          </button>
        </div>
      )}
    </div>
  );
}
