import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { changesSince, type Change } from '../domain/whatChanged';
import { db } from './instance';
import { getMeta, getSession } from './local';
import { markSeen, watchedRows } from './seen';

// "What changed" for home (src/domain/whatChanged.ts): read from the phone's own database, so it
// works offline and its marks survive reloads.

export type { Change, ChangeKind } from '../domain/whatChanged';

/** What is new since the person last looked, newest first; `undefined` while reading. */
export function useWhatChanged(now: Date): Change[] | undefined {
  const minute = now.toISOString().slice(0, 16);
  return useLiveQuery(async () => {
    const [session, dossierId, baseline] = await Promise.all([getSession(db), getMeta<string>(db, 'dossierId'), getMeta<boolean>(db, 'seenBaseline')]);
    // Before the first pull there is nothing to compare with; a staff device has its own overview.
    if (!session || session.kind === 'staff' || !dossierId || !baseline) return [];
    const [rows, seen] = await Promise.all([watchedRows(db, dossierId), db.seen.toArray()]);
    return changesSince(rows, seen, new Date(`${minute}:00Z`), session.kind === 'helper' ? session.sections : undefined);
  }, [minute]);
}

/** The person opened these changes: they are no longer new. */
export function markChangesSeen(changes: readonly Change[]): Promise<void> {
  return markSeen(db, changes);
}

/**
 * While a screen is open, its changes count as seen: the person is looking at them. Also those a
 * sync brings while it is open.
 */
export function useMarkScreenSeen(screen: string, now: Date): void {
  const changes = useWhatChanged(now);
  const onScreen = (changes ?? []).filter((c) => c.screen === screen);
  const marker = onScreen.map((c) => `${c.key}=${c.print}`).join(',');
  useEffect(() => {
    if (onScreen.length > 0) void markChangesSeen(onScreen);
    // `marker` names exactly the changes to mark; the array itself is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [marker]);
}
