import { STORAGE_KEYS } from '../../data/storageKeys';

// After a new version, the files of the old one are gone from the server: a screen that loads its
// chunk late then fails, and so does any chunk on a network failure. One reload fetches the new
// version (or the precached one) and mostly fixes it. Only one: a second failure within a few
// minutes shows the error screen, never a reload loop.

const RELOADED_AT_KEY = STORAGE_KEYS.chunkReloadAt;
const ONCE_WITHIN_MS = 5 * 60 * 1000;

const CHUNK_ERROR =
  /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS|Loading (CSS )?chunk .* failed/i;

export function isChunkLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return error.name === 'ChunkLoadError' || CHUNK_ERROR.test(error.message);
}

function session(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * Reloads the page unless it was reloaded for this reason a short while ago; says whether it did.
 * Without sessionStorage it never reloads: a loop is worse than the error screen.
 */
export function reloadOnce(reload: () => void = () => window.location.reload(), now: number = Date.now()): boolean {
  const store = session();
  if (!store) return false;
  const last = Number(store.getItem(RELOADED_AT_KEY));
  if (last && now - last < ONCE_WITHIN_MS) return false;
  store.setItem(RELOADED_AT_KEY, String(now));
  reload();
  return true;
}
