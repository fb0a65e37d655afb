import { z } from './zod';
import type { StaffRole } from './access';
import type { TableName, TableRows } from './tables';

// The building blocks of mutators, apart from the list in mutators.ts so mutators can live in
// several small files (shares, staff) without importing each other in a circle.

/** What a mutator may do: read and write rows of one dossier. */
export interface MutationTx {
  readonly dossierId: string;
  /** ISO timestamp of the change, set by whoever applies it. */
  readonly now: string;
  /**
   * The staff member applying the change. The server always sets it for a staff session (so an
   * answer or note names its author authoritatively); a staff device may set it for the
   * optimistic copy. Absent for inburgeraars.
   */
  readonly staffId?: string;
  /**
   * The role of that staff member. The server always sets it for a staff session, so a mutator
   * can refuse what this role may not do with this row (`question.answer`: only the person the
   * question is addressed to). A device may leave it out: the server decides.
   */
  readonly staffRole?: StaffRole;
  get<T extends TableName>(table: T, key: string): Promise<TableRows[T] | undefined>;
  put<T extends TableName>(table: T, key: string, value: TableRows[T]): Promise<void>;
}

/** A refusal that is shown to the user; the code is stable, the message is for logs and admins. */
/**
 * Why a change is refused: by a mutator (here and on the device), or by the server's policy
 * (`forbidden`, src/server/store/push.ts). One list for the mutators and the UI that explains them
 * (src/app/components/RejectedChanges.tsx).
 */
export const REFUSAL_CODES = [
  'appointment-cancelled',
  'forbidden',
  'invalid-args',
  'invalid-expiry',
  'not-activated',
  'not-addressed-to-you',
  'not-found',
  'not-in-caseload',
  'not-staff',
  'read-only',
  'staff-vault',
  'unknown-mutation',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export class MutationError extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string,
  ) {
    super(message);
    this.name = 'MutationError';
  }
}

export function define<S extends z.ZodType>(args: S, apply: (tx: MutationTx, args: z.infer<S>) => Promise<void>) {
  return { args, apply };
}

/** Staff devices name the dossier; an inburgeraar's device acts on its own dossier only. */
export const dossierRef = { dossierId: z.string().max(64).optional() };

/** Staff-only mutations always name their dossier: a staff device holds a whole caseload. */
export const requiredDossierRef = { dossierId: z.string().min(1).max(64) };
