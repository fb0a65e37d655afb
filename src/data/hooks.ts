import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { answerIsCurrent } from '../domain/tables';
import type { Stored } from './db';
import { db, staffDeviceIfLoaded, subscribeStaffDevice, syncEngine } from './device';
import { watchDevice } from './deviceWatch';
import { useShellDevice, type DeviceState } from './shell';
import { waitingOf } from './syncCore';
import type { SyncState } from './sync';

// Hooks: the only way the UI reads data. They re-render when IndexedDB changes, also when another
// tab or the sync engine changed it.

export type { DeviceState } from './shell';

/**
 * What this phone is (not activated, activated and as whom); the app's frame reads the same (shell.ts).
 * The watch that keeps it told starts once, after the first render that asks (it runs for the page's lifetime).
 */
export function useDevice(): DeviceState {
  useEffect(watchDevice, []);
  return useShellDevice();
}

export function useDossier() {
  return useLiveQuery(() => db.dossiers.toCollection().first());
}

export type AgendaItem = Stored<'appointments'> & {
  /** The user's answer for the appointment as it is planned now. */
  attendance?: Stored<'attendance'>;
  /**
   * An answer given before the appointment moved (its `forStart` is the old time): shown as an
   * answer for that time, never as one for the new time.
   */
  answerForOldTime?: Stored<'attendance'> & { forStart: string };
  /** The latest answer is still waiting to be delivered. */
  attendancePending: boolean;
};

/** Appointments that have not ended yet, soonest first, with the user's answer. */
export function useAgenda(now: Date): AgendaItem[] | undefined {
  const nowIso = now.toISOString();
  return useLiveQuery(async () => {
    const [appointments, attendance, outbox] = await Promise.all([
      db.appointments.toArray(),
      db.attendance.toArray(),
      db.outbox.toArray(),
    ]);
    const byKey = new Map(attendance.map((a) => [a.key, a]));
    const pending = new Set(
      waitingOf(outbox, 'appointment.setAttendance').map((m) => m.args.appointmentId),
    );
    return appointments
      .filter((a) => Date.parse(a.end) > Date.parse(nowIso))
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
      .map((a) => {
        const answer = byKey.get(a.key);
        const item: AgendaItem = { ...a, attendancePending: pending.has(a.id) };
        if (answer?.forStart !== undefined && !answerIsCurrent(answer, a)) item.answerForOldTime = { ...answer, forStart: answer.forStart };
        else if (answer) item.attendance = answer;
        return item;
      });
  }, [nowIso.slice(0, 16)]);
}

export function useNextAppointment(now: Date): AgendaItem | null | undefined {
  const agenda = useAgenda(now);
  if (!agenda) return undefined;
  // Not one the person said they cannot come to: the next place they have to be.
  return agenda.find((a) => a.status !== 'cancelled' && a.attendance?.attendance !== 'not-coming') ?? null;
}

/** Whether the browser thinks it has a connection; follows the `online` / `offline` events. */
export function useOnline(): boolean {
  const [online, setOnline] = useState(() => typeof navigator === 'undefined' || navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

export interface SyncStatus extends SyncState {
  online: boolean;
  pending: number;
  lastSyncedAt?: string;
}

export function useSyncStatus(): SyncStatus {
  const state = useSyncExternalStore(
    (listener) => syncEngine.subscribe(listener),
    () => syncEngine.getState(),
    () => syncEngine.getState(),
  );
  const online = useOnline();
  // A staff device's waiting changes are sealed in its vault; their number is readable all the same
  // (once the vault code has loaded: only a staff device loads it).
  const staff = useSyncExternalStore(subscribeStaffDevice, staffDeviceIfLoaded, staffDeviceIfLoaded);
  const pending = useLiveQuery(
    async () => (await db.outbox.count()) + (staff ? await staff.staffStore.waitingCount() : 0),
    [staff],
    0,
  );
  const lastSyncedAt = useLiveQuery(async () => (await db.meta.get('lastSyncedAt'))?.value as string | undefined);
  return { ...state, online, pending, ...(lastSyncedAt ? { lastSyncedAt } : {}) };
}

export function useRejected() {
  return useLiveQuery(() => db.rejected.orderBy('id').toArray(), [], []);
}
