import type { StaffRole } from '../../src/domain/access';
import { applyMutation, MutationError, type MutationTx } from '../../src/domain/mutators';
import { dossierToRows, type TableName, type TableRows } from '../../src/domain/tables';
import type { DossierImport } from '../../src/domain/dossier';

/**
 * A MutationTx over a Map, holding the rows of one dossier: the mutators run on it exactly as on
 * the phone (Dexie) and the server (Kysely), so their rules can be tested without either store.
 */
export function memoryTx(
  dossier: DossierImport,
  { now = '2026-11-22T10:00:00.000Z', staffId, staffRole }: { now?: string; staffId?: string; staffRole?: StaffRole } = {},
): MutationTx & { rows: Map<string, unknown> } {
  const rows = new Map<string, unknown>();
  for (const r of dossierToRows(dossier)) rows.set(`${r.table}:${r.key}`, r.value);
  return {
    rows,
    dossierId: dossier.id,
    now,
    ...(staffId ? { staffId } : {}),
    ...(staffRole ? { staffRole } : {}),
    get: async <T extends TableName>(table: T, key: string) => rows.get(`${table}:${key}`) as TableRows[T] | undefined,
    put: async <T extends TableName>(table: T, key: string, value: TableRows[T]) => {
      rows.set(`${table}:${key}`, value);
    },
  };
}

/** The code of the MutationError a change is refused with; fails the test when it is applied. */
export async function refusal(tx: MutationTx, name: string, args: unknown): Promise<string> {
  try {
    await applyMutation(tx, name, args);
  } catch (error) {
    if (error instanceof MutationError) return error.code;
    throw error;
  }
  throw new Error('expected a refusal');
}
