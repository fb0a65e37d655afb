// Every name this app stores something under in the browser, and the lock its tabs share, in one
// place: a key written by a screen and removed by "remove my data" (thisPhone.ts) must be the same
// string. None of the localStorage values is personal, except that a share id names a share.

/** The IndexedDB databases: the device database (db.ts), a staff device's sealed vault (staffVault.ts), the feedback queue. */
export const DB_NAME = 'thuis';
export const STAFF_DB_NAME = 'thuis-staff';
/** Feedback on the informatiemap waiting to be sent (feedback.ts): anonymous, on any phone, activated or not. */
export const FEEDBACK_DB_NAME = 'thuis-feedback';

/** localStorage keys. */
export const STORAGE_KEYS = {
  /** The language someone picked on this phone (the language screen): it always wins. */
  language: 'thuis.language',
  /** The dossier's language, from the activation link of this phone's inburgeraar (`?lang=`). */
  languageDossier: 'thuis.language.dossier',
  /** Reading settings: Dutch under each text, read-aloud (reading/settings.ts). */
  reading: 'thuis.reading',
  /** The install hint was closed. */
  installHintDismissed: 'thuis.installHintDismissed',
  /** When the app last reloaded for a missing script (chunkReload.ts). */
  chunkReloadAt: 'thuis.chunkReloadAt',
  /** A sign-out the server has not had yet (the phone was offline): just "send it". */
  signOutPending: 'thuis.signOutPending',
  /** The last list of local activities fetched (public, the same for everyone): shown offline. */
  activities: 'thuis.activities',
  /**
   * Which first screen this phone shows: 'welcome' (not activated) or 'app' (activated). Written by
   * the app once it knows; read by the page's inline check before the first paint (firstPaint.ts).
   */
  firstScreen: 'thuis.firstScreen',
} as const;

/** The values of STORAGE_KEYS.firstScreen: an activated phone, and one that is not. */
export const FIRST_SCREEN = { app: 'app', welcome: 'welcome' } as const;

/** Prefix of the per-share mark that a taalmaatje's phone switched to the inburgeraar's language (HelperHome). */
export const HELPER_READING_PREFIX = 'thuis.helperReading.';
export const helperReadingKey = (shareId: string): string => `${HELPER_READING_PREFIX}${shareId}`;

/** The Web Lock every tab's sync engine holds while it syncs, and "remove my data" while it deletes. */
export const SYNC_LOCK = 'thuis-sync';

/** Runs `fn` holding the sync lock (across tabs through the Web Locks API where there is one). */
export function withSyncLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? locks.request(SYNC_LOCK, fn) : fn();
}
