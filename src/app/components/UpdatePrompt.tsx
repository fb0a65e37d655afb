import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useHasUnsavedInput } from '../../data/shell';
import { Pictogram } from './Pictogram';
import { startUpdateChecks, updateBlock, UPDATE_REQUIRED_CHECK_MS } from './updateCheck';

/** What the sync engine knows that matters to an update (SyncedUpdatePrompt.tsx). */
export interface UpdateSyncState {
  /** The server speaks only a newer sync schema: this version cannot sync at all. */
  required: boolean;
  syncing: boolean;
  /** Changes waiting to be sent. */
  pending: number;
}

/** A phone that does not sync (not activated): nothing waits, and no version is too old to sync. */
const NOT_SYNCING: UpdateSyncState = { required: false, syncing: false, pending: 0 };

/**
 * A new version waits until the user says so: never a reload in the middle of a task. While a form
 * holds unsaved input, or changes are being sent, it cannot be taken at all, and says why.
 *
 * When the server speaks only a newer sync schema (409 'schema-version', src/data/syncHandshake.ts)
 * this app cannot sync at all: it says so, asks its service worker for the new version, and takes
 * it as soon as it is there (unless a form holds unsaved input). Waiting changes stay in the outbox
 * and the new version sends them.
 */
export function UpdatePrompt({ sync = NOT_SYNCING }: { sync?: UpdateSyncState }) {
  const { t } = useTranslation();
  const [registration, setRegistration] = useState<ServiceWorkerRegistration | null>(null);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registered) {
      if (!registered) return;
      startUpdateChecks(registered);
      setRegistration(registered);
    },
  });
  const unsavedInput = useHasUnsavedInput();
  const { required, syncing, pending } = sync;
  const block = updateBlock({ unsavedInput, syncing, pending });

  // Ask for the new version now, and again every minute while none has been found.
  useEffect(() => {
    if (!required || needRefresh || !registration) return;
    const ask = () => void registration.update().catch(() => undefined);
    ask();
    const timer = setInterval(ask, UPDATE_REQUIRED_CHECK_MS);
    return () => clearInterval(timer);
  }, [required, needRefresh, registration]);

  // The new version is ready: take it (skipWaiting and reload) unless a form holds unsaved input.
  useEffect(() => {
    if (required && needRefresh && !block) void updateServiceWorker(true);
  }, [required, needRefresh, block, updateServiceWorker]);

  if (required) {
    return (
      <div className="banner utrecht-alert utrecht-alert--info" role="alert">
        <Pictogram name="update" />
        <p className="utrecht-paragraph">
          {t('update.required')} {block && t(`update.waits.${block}`)}
        </p>
      </div>
    );
  }
  if (!needRefresh) return null;
  return (
    <div className="banner utrecht-alert utrecht-alert--info" role="alert">
      <Pictogram name="update" />
      <p className="utrecht-paragraph">
        {t('update.text')} {block && t(`update.waits.${block}`)}
      </p>
      {!block && (
        <div className="banner__actions">
          <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => void updateServiceWorker(true)}>
            {t('update.reload')}
          </button>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setNeedRefresh(false)}>
            {t('update.later')}
          </button>
        </div>
      )}
    </div>
  );
}
