import { useEffect, useState } from 'react';
import { activitiesResponseSchema, type Activity } from '../domain/activities';
import { STORAGE_KEYS } from './storageKeys';

// The municipality's local activities (GET /api/activities): public, the same for everyone, so no
// login and no Dexie table. The last list fetched is kept in localStorage and shown offline; a
// public face loaded on demand by the activities page only (not in the first download).

export type { Activity } from '../domain/activities';

export interface ActivitiesState {
  /** `loading`: nothing to show yet; `ready`: a list (maybe kept from before); `unavailable`: offline and none kept. */
  status: 'loading' | 'ready' | 'unavailable';
  activities: Activity[];
  /** When the list shown was fetched; null before any. */
  fetchedAt: string | null;
  /** The list is the one kept from before: the server could not be reached. */
  stale: boolean;
}

interface Kept {
  fetchedAt: string;
  activities: Activity[];
}

function readKept(): Kept | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEYS.activities);
    if (!raw) return null;
    const value = JSON.parse(raw) as { fetchedAt?: unknown; answer?: unknown };
    const answer = activitiesResponseSchema.safeParse(value.answer);
    return answer.success && typeof value.fetchedAt === 'string' ? { fetchedAt: value.fetchedAt, activities: answer.data.activities } : null;
  } catch {
    return null;
  }
}

function keep(answer: unknown, fetchedAt: string): void {
  try {
    localStorage.setItem(STORAGE_KEYS.activities, JSON.stringify({ fetchedAt, answer }));
  } catch {
    // A full or private storage: the list still shows now, only not offline later.
  }
}

async function fetchActivities(signal: AbortSignal): Promise<Kept> {
  const response = await fetch('/api/activities', { signal, headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`activities: ${response.status}`);
  const answer = activitiesResponseSchema.parse(await response.json());
  const fetchedAt = new Date().toISOString();
  keep(answer, fetchedAt);
  return { fetchedAt, activities: answer.activities };
}

/** The activities to show: the kept list at once, then the server's when it answers. */
export function useActivities(): ActivitiesState {
  const [state, setState] = useState<ActivitiesState>(() => {
    const kept = readKept();
    return kept ? { status: 'ready', ...kept, stale: true } : { status: 'loading', activities: [], fetchedAt: null, stale: false };
  });
  useEffect(() => {
    const controller = new AbortController();
    fetchActivities(controller.signal).then(
      (fresh) => setState({ status: 'ready', ...fresh, stale: false }),
      () => {
        if (controller.signal.aborted) return;
        setState((before) => (before.status === 'ready' ? { ...before, stale: true } : { ...before, status: 'unavailable' }));
      },
    );
    return () => controller.abort();
  }, []);
  return state;
}
