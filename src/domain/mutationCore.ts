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

export { MutationError, REFUSAL_CODES, type RefusalCode } from './refusal';

export function define<S extends z.ZodType>(args: S, apply: (tx: MutationTx, args: z.infer<S>) => Promise<void>) {
  return { args, apply };
}

/** Staff devices name the dossier; an inburgeraar's device acts on its own dossier only. */
export const dossierRef = { dossierId: z.string().max(64).optional() };

/** Staff-only mutations always name their dossier: a staff device holds a whole caseload. */
export const requiredDossierRef = { dossierId: z.string().min(1).max(64) };
