import { useLiveQuery } from 'dexie-react-hooks';
import type { ShareSection } from '../domain/access';
import { rowKey } from '../domain/tables';
import type { Stored } from './db';
import { change, db } from './device';
import { getMeta } from './local';

// The inburgeraar's shares with a taalmaatje. The device writes the share; the server adds the
// single-use code, which arrives with the next pull ("waiting for internet" until then). The
// server keeps only the code's hash once it has delivered it, so a phone that did not get it
// (another phone of the household, a fresh copy after a reset) shows 'code-gone'.

export type ShareEntry = Stored<'shares'> & {
  /** Activated by a helper, ended, or past its end date: the code is no longer shown. */
  state: 'waiting-for-code' | 'code' | 'code-gone' | 'active' | 'ended';
};

function stateOf(share: Stored<'shares'>, nowIso: string): ShareEntry['state'] {
  if (share.revokedAt || share.expiresAt <= nowIso) return 'ended';
  if (share.activatedAt) return 'active';
  if (share.code) return 'code';
  return share.codeExpiresAt ? 'code-gone' : 'waiting-for-code';
}

/** This dossier's shares, newest first; `undefined` while reading. */
export function useShares(now: Date): ShareEntry[] | undefined {
  const nowIso = now.toISOString();
  return useLiveQuery(async () => {
    const dossierId = (await getMeta<string>(db, 'dossierId')) ?? '';
    const rows = await db.shares.where('dossierId').equals(dossierId).toArray();
    return rows
      .map((s) => ({ ...s, state: stateOf(s, nowIso) }))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }, [nowIso.slice(0, 16)]);
}

/** One share, live (to show its code once the server has written it). */
export function useShare(id: string | undefined): ShareEntry | null | undefined {
  return useLiveQuery(async () => {
    if (!id) return null;
    const dossierId = (await getMeta<string>(db, 'dossierId')) ?? '';
    const row = await db.shares.get(rowKey(dossierId, id));
    return row ? { ...row, state: stateOf(row, new Date().toISOString()) } : null;
  }, [id]);
}

const DAY_MS = 86_400_000;

/**
 * Shares the chosen sections for `days` days; works offline. Returns the new share's id, or null
 * when the phone could not save it (the app then says why, see changeProblems.ts).
 */
export async function createShare(sections: ShareSection[], days: number, label?: string): Promise<string | null> {
  const id = crypto.randomUUID();
  const expiresAt = new Date(Date.now() + days * DAY_MS).toISOString();
  const saved = await change('share.create', { id, sections, expiresAt, ...(label?.trim() ? { label: label.trim() } : {}) });
  return saved ? id : null;
}

/** Ends a share now; the helper's phone wipes itself at its next sync. */
export async function revokeShare(id: string): Promise<void> {
  await change('share.revoke', { id });
}
