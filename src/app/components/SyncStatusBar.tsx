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
  const noSession = status.errorCode === 'no-session';

  let picture: PictogramName = 'coming';
  let text: string;
  if (!status.online || status.phase === 'offline') {
    picture = 'offline';
    text = t('sync.offline');
  } else if (status.phase === 'syncing') {
    picture = 'syncing';
    text = t('sync.syncing');
  } else if (status.phase === 'error') {
    picture = 'warning';
    text = noSession ? t('sync.noSession', regieContext()) : t('sync.error');
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
        <Link href="/activate" className="button button--primary button--block">
          <Pictogram name="key" size={24} /> {t('sync.activateAgain')}
        </Link>
      )}
    </div>
  );
}
