import { DB_NAME, FEEDBACK_DB_NAME, STAFF_DB_NAME, STORAGE_KEYS } from './storageKeys';

// What this phone holds of the app's data, known without loading the data layer: the welcome
// screen of a phone that never stored anything here needs none of that code (src/main.tsx).

export interface StoredData {
  /** A device database, or a sign-out still to send: the data layer has something to read or do. */
  device: boolean;
  /** Feedback on the informatiemap may be waiting to be sent (feedback.ts). */
  feedback: boolean;
}

/** A sign-out the server has not had yet (thisPhone.ts writes and clears it). */
export function signOutPending(): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(STORAGE_KEYS.signOutPending) === '1';
  } catch {
    return false;
  }
}

/** Which of the app's databases exist here; everything is assumed to exist where the browser cannot tell. */
export async function storedData(): Promise<StoredData> {
  let names: Set<string | undefined>;
  try {
    names = new Set((await indexedDB.databases()).map((database) => database.name));
  } catch {
    return { device: true, feedback: true };
  }
  return {
    device: names.has(DB_NAME) || names.has(STAFF_DB_NAME) || signOutPending(),
    feedback: names.has(FEEDBACK_DB_NAME),
  };
}
