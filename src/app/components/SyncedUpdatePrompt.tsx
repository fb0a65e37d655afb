import { useSyncStatus } from '../../data';
import { UpdatePrompt } from './UpdatePrompt';

/**
 * The update prompt on a phone that syncs (activated): it also waits while changes are being sent,
 * and takes a new version at once when this one is too old to sync. A chunk of its own with the data
 * layer, so that the welcome screen registers its service worker without loading that.
 */
export function SyncedUpdatePrompt() {
  const { phase, pending, errorCode } = useSyncStatus();
  return <UpdatePrompt sync={{ required: errorCode === 'update-required', syncing: phase === 'syncing', pending }} />;
}
