import { liveQuery } from 'dexie';
import { db, syncEngine } from './instance';
import { getMeta, getSession } from './local';
import { publishShellState, type DeviceState } from './shell';

// Keeps the app's outer frame (shell.ts) told what this phone is: read from the database again
// whenever it changes, also from another tab or the sync engine. Started once, by the first use of
// the data layer (openLocalData or a hook); it runs for the page's lifetime.

async function readDevice(): Promise<DeviceState> {
  const [session, dossierId] = await Promise.all([getSession(db), getMeta<string>(db, 'dossierId')]);
  if (!session) return { status: 'not-activated' };
  if (session.kind === 'staff') return { status: 'activated', dossierId: null, ...session };
  return dossierId ? { status: 'activated', dossierId, ...session } : { status: 'not-activated' };
}

let watching = false;

export function watchDevice(): void {
  if (watching) return;
  watching = true;
  liveQuery(readDevice).subscribe({
    next: (device) => publishShellState({ device }),
    // A database that cannot open: the frame keeps "loading"; the sync engine reports the problem.
    error: () => undefined,
  });
  syncEngine.subscribe((s) => publishShellState({ signedOut: s.errorCode === 'signed-out' }));
}
