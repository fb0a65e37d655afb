import { useLiveQuery } from 'dexie-react-hooks';
import type { OntzorgenRow, PaymentRow } from '../domain/tables';
import type { OutboxEntry, Stored } from './db';
import { db } from './device';
import { useDevice } from './hooks';
import { getMeta } from './local';

// Hooks of the personal screens (traject, people, money, checklist, questions). Each reads the
// rows of this device's own dossier; `undefined` means "still reading", never "nothing there".

async function ownDossier(): Promise<string> {
  return (await getMeta<string>(db, 'dossierId')) ?? '';
}

/** Ids named by `field` in the waiting changes of mutation `name`: those are not delivered yet. */
function waiting(outbox: OutboxEntry[], name: string, field: string): Set<string> {
  const ids = new Set<string>();
  for (const m of outbox) {
    if (m.name !== name || !m.args || typeof m.args !== 'object') continue;
    const value = (m.args as Record<string, unknown>)[field];
    if (typeof value === 'string') ids.add(value);
  }
  return ids;
}

/**
 * Whether this phone may change the dossier: the inburgeraar's own. A taalmaatje's phone reads the
 * same screens along, so they hide what it cannot do (its changes would never be queued).
 */
export function useCanChange(): boolean {
  const device = useDevice();
  return device.status === 'activated' && device.kind === 'inburgeraar';
}

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

/** The traject's steps, in the consulent's order. */
export function useSteps(): Stored<'steps'>[] | undefined {
  return useLiveQuery(async () => {
    const rows = await db.steps.where('dossierId').equals(await ownDossier()).toArray();
    return rows.sort(byOrder);
  });
}

/** The contact persons, in the consulent's order. */
export function useContacts(): Stored<'contacts'>[] | undefined {
  return useLiveQuery(async () => {
    const rows = await db.contacts.where('dossierId').equals(await ownDossier()).toArray();
    return rows.sort(byOrder);
  });
}

export interface OntzorgenData {
  /** Null when the municipality does not pay fixed costs for this person (e.g. gezinsmigranten). */
  ontzorgen: OntzorgenRow | null;
  payments: PaymentRow[];
}

export function useOntzorgen(): OntzorgenData | undefined {
  return useLiveQuery(async () => {
    const dossierId = await ownDossier();
    const [ontzorgen, payments] = await Promise.all([
      db.ontzorgen.get(dossierId),
      db.payments.where('dossierId').equals(dossierId).toArray(),
    ]);
    payments.sort((a, b) => a.month.localeCompare(b.month) || (a.date ?? '').localeCompare(b.date ?? ''));
    return { ontzorgen: ontzorgen ?? null, payments };
  });
}

export type ChecklistEntry = Stored<'checklist'> & {
  /** The latest change is shown already but still waiting to be delivered. */
  pending: boolean;
};

/** The household checklist, in the consulent's order, with what still waits for the internet. */
export function useChecklist(): ChecklistEntry[] | undefined {
  return useLiveQuery(async () => {
    const [rows, outbox] = await Promise.all([
      db.checklist.where('dossierId').equals(await ownDossier()).toArray(),
      db.outbox.toArray(),
    ]);
    const pending = waiting(outbox, 'checklist.setStatus', 'itemId');
    return rows.sort(byOrder).map((k) => ({ ...k, pending: pending.has(k.id) }));
  });
}

export type QuestionEntry = Stored<'questions'> & {
  /** Still in the outbox: asked on this phone, not yet delivered. */
  pending: boolean;
};

/** The questions asked from this dossier, newest first. */
export function useQuestions(): QuestionEntry[] | undefined {
  return useLiveQuery(async () => {
    const [rows, outbox] = await Promise.all([
      db.questions.where('dossierId').equals(await ownDossier()).toArray(),
      db.outbox.toArray(),
    ]);
    const pending = waiting(outbox, 'question.ask', 'id');
    return rows
      .sort((a, b) => b.askedAt.localeCompare(a.askedAt))
      .map((q) => ({ ...q, pending: pending.has(q.id) }));
  });
}
