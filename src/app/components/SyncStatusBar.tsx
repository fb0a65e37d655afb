import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useSyncStatus } from '../../data';
import { dayKey, formatDay, formatTime } from '../format';
import { Pictogram, type PictogramName } from './Pictogram';
import { regieContext } from '../gemeente';

/** Always visible: is this what the municipality has, or are changes still waiting? */
export function SyncStatusBar() {
  const { t, i18n } = useTranslation();
  const status = useSyncStatus();
  const lang = i18n.language;
  // The browser lost the session cookie: nothing is removed, the phone only needs a new code.
  // A staff phone whose device key the server refused (another key came first, or set-up came too
  // long after activation, src/domain/deviceProof.ts) needs a new code just the same.
  const keyRefused = status.errorCode === 'device-key-exists' || status.errorCode === 'device-key-too-late';
  const noSession = status.errorCode === 'no-session' || keyRefused;

  let picture: PictogramName = 'done';
  let text: string;
  if (!status.online || status.phase === 'offline') {
    picture = 'offline';
    text = t('sync.offline');
  } else if (status.phase === 'syncing') {
    picture = 'syncing';
    text = t('sync.syncing');
  } else if (status.phase === 'error') {
    picture = 'warning';
    // Another device's clientId, with changes waiting (sync.ts): they stay; a person must look.
    if (keyRefused) text = t('sync.deviceKey');
    else if (noSession) text = t('sync.noSession', regieContext());
    else if (status.errorCode === 'client-id-taken') text = t('sync.clientIdTaken', regieContext());
    // The server speaks only a newer sync schema: the app updates itself (UpdatePrompt).
    else if (status.errorCode === 'update-required') text = t('sync.updateRequired');
    else text = t('sync.error');
  } else if (status.lastSyncedAt) {
    text =
      dayKey(status.lastSyncedAt) === dayKey(new Date())
        ? t('sync.lastSynced', { time: formatTime(status.lastSyncedAt, lang) })
        : t('sync.lastSyncedDay', { date: formatDay(status.lastSyncedAt, lang) });
  } else {
    picture = 'waiting';
    text = t('sync.never');
  }

  return (
    <div className={noSession ? 'sync-status sync-status--no-session' : 'sync-status'} role="status" data-phase={status.online ? status.phase : 'offline'}>
      <Pictogram name={picture} size={24} />
      <span>{text}</span>
      {status.pending > 0 && (
        <span className="sync-status__waiting">
          <Pictogram name="waiting" size={20} /> {t('sync.waiting', { count: status.pending })}
        </span>
      )}
      {noSession && status.online && (
        <Link href="/activate" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action button--block">
          <Pictogram name="key" size={24} /> {t('sync.activateAgain')}
        </Link>
      )}
    </div>
  );
}
