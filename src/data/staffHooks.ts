import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import type { TableRows } from '../domain/tables';
import type { MutatorInput, MutatorName } from '../domain/mutators';
import type { OutboxEntry, RejectedEntry } from './db';
import { waitingOf } from './syncCore';
import { syncEngine } from './device';
import { staffStore, vault } from './staffDevice';
import { PasskeyUnavailable, passkeyAvailable, platformPasskeys } from './passkey';
import type { SealedRow, VaultMethods } from './staffVault';
import { MIN_SECRET_LENGTH, WrongPinError } from './staffVault';

// The staff device's API for screens (begeleider now, consulent later).
//
//   useVaultStatus(methods) 'loading' | 'no-pin' | 'locked' | 'upgrade' | 'unlocked'; re-renders
//                           when the vault locks itself after five minutes without a tap.
//                           'upgrade': a vault of the earlier 6-digit PIN scheme was opened with
//                           its PIN and needs a new way to open (choosePasskey / chooseSecret).
//   useVaultMethods()       how the locked vault opens: passkey, secret, and/or the old PIN.
//   passkeyAvailable()      whether this phone has a fingerprint or screen lock for WebAuthn.
//   choosePasskey()         set-up with fingerprint or screen lock (WebAuthn PRF); throws
//                           PasskeyUnavailable when the phone cannot.
//   chooseSecret(secret)    set-up with a secret; throws PinError('too-short') under 12 characters
//                           and PinError('too-simple') with fewer than 5 different characters.
//                           Cannot be recovered: a forgotten secret means re-activating.
//   unlockVault(secret)     throws PinError('wrong-pin'); a sync runs right after unlocking.
//   unlockWithPasskey()     throws PinError('wrong-pin') when the authenticator did not open it.
//   lockVault()             the "Vergrendel" button.
//   touchVault()            call on taps and key presses: keeps the vault open.
//   useCaseload()           every household of the caseload (Household below), by first name;
//                           undefined while locked or still reading.
//   useHousehold(id)        one household; null when it is not (or no longer) in the caseload.
//   useStaffPending()       how many changes wait to be sent (readable while locked).
//   useStaffRejected()      changes the server refused (sealed too), until dismissStaffRejected(id).
//   change(name, args)      from index.ts, the same as on any phone: on a staff device it applies
//                           the change to the vault and queues it sealed (staffStore.ts). Staff
//                           changes name their dossier: checklist.setStatus, visit.addNote, and a
//                           consulent's appointment.upsert, step.update, question.answer.
//
// Everything in a Household is decrypted in memory only; IndexedDB holds it sealed.

export type VaultStatus = 'loading' | 'no-pin' | 'locked' | 'upgrade' | 'unlocked';

export { MIN_SECRET_LENGTH };
export { PasskeyUnavailable, passkeyAvailable };
export type { VaultMethods };

/** A secret needs this many different characters: "aaaaaaaaaaaa" is 12 characters and no secret. */
const MIN_DISTINCT = 5;

export class PinError extends Error {
  constructor(readonly code: 'too-short' | 'too-simple' | 'wrong-pin') {
    super(code);
  }
}

type Pending<T> = T & { pending: boolean };

export interface Household {
  dossierId: string;
  dossier: TableRows['dossiers'];
  checklist: Pending<TableRows['checklist']>[];
  /** `pending`: a consulent's step.update of it waits to be sent. */
  steps: Pending<TableRows['steps']>[];
  /** Soonest first, also past ones. `pending`: a consulent's appointment.upsert waits to be sent. */
  appointments: Pending<TableRows['appointments']>[];
  /** The next one that has not ended and is not cancelled. */
  nextAppointment: TableRows['appointments'] | null;
  /** Newest first. `pending`: a consulent's answer waits to be sent. */
  questions: Pending<TableRows['questions']>[];
  /** The inburgeraar's "coming / not coming" answers, newest first. */
  attendance: TableRows['attendance'][];
  /** Newest first. */
  visitNotes: Pending<TableRows['visitNotes']>[];
  contacts: TableRows['contacts'][];
  /** Checklist items still to do or busy. */
  openCount: number;
}

function subscribeVault(listener: () => void): () => void {
  return vault.subscribe(listener);
}

function useUnlocked(): boolean {
  return useSyncExternalStore(subscribeVault, () => vault.unlocked);
}

function useOpenState(): 'unlocked' | 'upgrade' | 'locked' {
  return useSyncExternalStore(subscribeVault, () => (vault.unlocked ? 'unlocked' : vault.needsUpgrade ? 'upgrade' : 'locked'));
}

export function useVaultMethods(): VaultMethods | undefined {
  const open = useOpenState();
  // Re-read when the vault opens or locks: set-up changes the methods.
  return useLiveQuery(() => vault.methods(), [open]);
}

/** The vault's state, given useVaultMethods() (one live query for both, in the screen that routes). */
export function useVaultStatus(methods: VaultMethods | undefined): VaultStatus {
  const open = useOpenState();
  if (methods === undefined) return 'loading';
  if (open === 'upgrade') return 'upgrade';
  if (!methods.secret && !methods.passkey && !methods.legacyPin) return 'no-pin';
  return open;
}

export async function chooseSecret(secret: string): Promise<void> {
  if (secret.length < MIN_SECRET_LENGTH) throw new PinError('too-short');
  if (new Set(secret).size < MIN_DISTINCT) throw new PinError('too-simple');
  await vault.setUp({ secret });
}

export async function choosePasskey(): Promise<void> {
  const passkey = await platformPasskeys.create();
  await vault.setUp({ passkey });
}

export async function unlockVault(secret: string): Promise<void> {
  try {
    await vault.unlock(secret);
  } catch (error) {
    if (error instanceof WrongPinError) throw new PinError('wrong-pin');
    throw error;
  }
}

export async function unlockWithPasskey(): Promise<void> {
  try {
    await vault.unlockWithPasskey(platformPasskeys);
  } catch (error) {
    if (error instanceof WrongPinError) throw new PinError('wrong-pin');
    throw error;
  }
}

export function lockVault(): void {
  vault.lock();
}

export function touchVault(): void {
  vault.touch();
}

/** Starts the staff device over after a forgotten PIN: nothing of the caseload stays. */
export async function forgetStaffDevice(): Promise<void> {
  await staffStore.wipe();
  void syncEngine.sync();
}

type Row = Record<string, unknown> & { dossierId?: string };

async function openAll(rows: SealedRow[]): Promise<{ table: string; value: Row }[]> {
  return Promise.all(rows.map(async (r) => ({ table: r.table, value: await vault.openRow<Row>(r) })));
}

/** Ids named by `field` in waiting changes of mutation `name`, as `<dossierId>/<id>`. */
function waiting<N extends MutatorName>(outbox: OutboxEntry[], name: N, field: keyof MutatorInput<N> & string): Set<string> {
  const ids = new Set<string>();
  for (const m of waitingOf(outbox, name)) {
    const args = m.args as Record<string, unknown>;
    if (typeof args[field] === 'string') ids.add(`${String(args.dossierId)}/${args[field]}`);
  }
  return ids;
}

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

function households(opened: { table: string; value: Row }[], now: number): Household[] {
  const outbox = opened.filter((r) => r.table === 'outbox').map((r) => r.value as unknown as OutboxEntry);
  const checking = waiting(outbox, 'checklist.setStatus', 'itemId');
  const noting = waiting(outbox, 'visit.addNote', 'id');
  const stepping = waiting(outbox, 'step.update', 'stepId');
  const answering = waiting(outbox, 'question.answer', 'questionId');
  const planning = new Set(
    waitingOf(outbox, 'appointment.upsert').map((m) => `${m.args.dossierId}/${m.args.appointment.id}`),
  );
  const of = <T extends keyof TableRows>(table: T, dossierId: string) =>
    opened.filter((r) => r.table === table && r.value.dossierId === dossierId).map((r) => r.value as unknown as TableRows[T]);
  return opened
    .filter((r) => r.table === 'dossiers')
    .map((r) => {
      const dossier = r.value as unknown as TableRows['dossiers'];
      const id = dossier.dossierId;
      const checklist = of('checklist', id)
        .sort(byOrder)
        .map((k) => ({ ...k, pending: checking.has(`${id}/${k.id}`) }));
      const appointments = of('appointments', id)
        .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
        .map((a) => ({ ...a, pending: planning.has(`${id}/${a.id}`) }));
      return {
        dossierId: id,
        dossier,
        checklist,
        steps: of('steps', id)
          .sort(byOrder)
          .map((s) => ({ ...s, pending: stepping.has(`${id}/${s.id}`) })),
        appointments,
        nextAppointment: appointments.find((a) => Date.parse(a.end) > now && a.status !== 'cancelled') ?? null,
        questions: of('questions', id)
          .sort((a, b) => b.askedAt.localeCompare(a.askedAt))
          .map((q) => ({ ...q, pending: answering.has(`${id}/${q.id}`) })),
        attendance: of('attendance', id).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
        visitNotes: of('visitNotes', id)
          .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
          .map((n) => ({ ...n, pending: noting.has(`${id}/${n.id}`) })),
        contacts: of('contacts', id).sort(byOrder),
        openCount: checklist.filter((k) => k.status === 'todo' || k.status === 'busy').length,
      };
    })
    .sort((a, b) => a.dossier.firstName.localeCompare(b.dossier.firstName));
}

/**
 * Reads the sealed rows first (Dexie tracks those reads for live updates), then decrypts outside
 * Dexie's zone: WebCrypto's promise is wrapped in Promise.resolve() as dexie-react-hooks asks.
 */
async function readCaseload(dossierId?: string): Promise<Household[] | undefined> {
  const rows = await staffStore.sealedCaseload(dossierId);
  if (!vault.unlocked) return undefined;
  try {
    return households(await Promise.resolve(openAll(rows)), Date.now());
  } catch {
    // Locked while reading: the screen shows the PIN again.
    return undefined;
  }
}

export function useCaseload(): Household[] | undefined {
  const unlocked = useUnlocked();
  return useLiveQuery(() => (unlocked ? readCaseload() : undefined), [unlocked]);
}

export function useHousehold(dossierId: string): Household | null | undefined {
  const unlocked = useUnlocked();
  return useLiveQuery(async () => {
    if (!unlocked) return undefined;
    const found = await readCaseload(dossierId);
    return found && (found[0] ?? null);
  }, [unlocked, dossierId]);
}

export function useStaffPending(): number {
  return useLiveQuery(() => staffStore.waitingCount(), [], 0);
}

/** Changes the server refused, oldest first; empty while locked. */
export function useStaffRejected(): RejectedEntry[] {
  const unlocked = useUnlocked();
  return useLiveQuery(
    async () => {
      const rows = await staffStore.sealedRejected();
      if (!unlocked) return [];
      try {
        return await Promise.resolve(Promise.all(rows.map((r) => vault.openRow<RejectedEntry>(r))));
      } catch {
        return [];
      }
    },
    [unlocked],
    [],
  );
}

export async function dismissStaffRejected(id: number): Promise<void> {
  await staffStore.dismissRejected(id);
}
