import type { StaffRole } from '../../domain/access';
import type { MutationTx } from '../../domain/mutators';
import { canonicalJson, type TableName, type TableRows } from '../../domain/tables';
import { setDossierVersion, upsertRows, type Db } from './rows';

/**
 * The server's MutationTx: reads go to the database (within the caller's transaction), writes are
 * buffered and only reach the database in `flush`. A refused mutation therefore leaves no trace
 * except its record, without needing savepoints, and the version is bumped at most once.
 */
export class BufferedMutationTx implements MutationTx {
  private readonly writes = new Map<string, { table: TableName; key: string; value: unknown }>();

  constructor(
    private readonly trx: Db,
    readonly dossierId: string,
    readonly now: string,
    /** Set for a staff session, so answers and notes name their author. */
    readonly staffId?: string,
    /** Set for a staff session: what this role may do with a row (question.answer). */
    readonly staffRole?: StaffRole,
  ) {}

  async get<T extends TableName>(table: T, key: string): Promise<TableRows[T] | undefined> {
    const pending = this.writes.get(`${table}\u0000${key}`);
    if (pending) return structuredClone(pending.value) as TableRows[T];
    const row = await this.trx
      .selectFrom('row')
      .select('value')
      .where('tbl', '=', table)
      .where('key', '=', key)
      .where('dossier_id', '=', this.dossierId)
      .where('deleted', '=', 0)
      .executeTakeFirst();
    return row?.value ? (JSON.parse(row.value) as TableRows[T]) : undefined;
  }

  put<T extends TableName>(table: T, key: string, value: TableRows[T]): Promise<void> {
    this.writes.set(`${table}\u0000${key}`, { table, key, value: structuredClone(value) });
    return Promise.resolve();
  }

  /** Writes the buffered rows with the dossier's next version; `currentVersion` is its locked version. */
  async flush(currentVersion: number): Promise<number> {
    if (this.writes.size === 0) return currentVersion;
    const version = currentVersion + 1;
    await setDossierVersion(this.trx, this.dossierId, version);
    const rows = [...this.writes.values()].map((w) => ({ table: w.table, key: w.key, json: canonicalJson(w.value) }));
    await upsertRows(this.trx, this.dossierId, version, rows);
    return version;
  }
}
