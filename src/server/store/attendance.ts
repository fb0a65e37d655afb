import { attendanceAfterMove, canonicalJson, sameStart, type AttendanceRow } from '../../domain/tables';
import { tombstoneRows, upsertRows, type Db } from './rows';

// An inburgeraar's answer ("Ik kom" / "Ik kan niet komen") belongs to one appointment at one time
// (docs/threat-model.md, "Answers go with their appointment"). When an import removes the
// appointment the answer goes too; when it moves the appointment the answer stays, marked as
// given for the old time, so nobody reads last week's "Ik kom" as an answer for the new time.

/** The start of every live appointment among stored rows, by row key. */
export function appointmentStarts(rows: readonly { tbl: string; key: string; value: string | null; deleted: number }[]): Map<string, string> {
  const starts = new Map<string, string>();
  for (const r of rows) {
    if (r.tbl !== 'appointments' || r.deleted || !r.value) continue;
    starts.set(r.key, (JSON.parse(r.value) as { start: string }).start);
  }
  return starts;
}

/** Inside an import's transaction, after its appointment rows were written at `version`. */
export async function followAppointments(
  trx: Db,
  dossierId: string,
  version: number,
  startsBefore: ReadonlyMap<string, string>,
  writes: readonly { table: string; key: string; json: string }[],
  removed: readonly { table: string; key: string }[],
): Promise<void> {
  const gone = removed.filter((r) => r.table === 'appointments').map((r) => r.key);
  const moved = new Map<string, string>();
  for (const w of writes) {
    const before = startsBefore.get(w.key);
    if (w.table === 'appointments' && before !== undefined && !sameStart((JSON.parse(w.json) as { start: string }).start, before)) {
      moved.set(w.key, before);
    }
  }
  const keys = [...gone, ...moved.keys()];
  if (!keys.length) return;
  const answers = await trx
    .selectFrom('row')
    .select(['key', 'value'])
    .where('dossier_id', '=', dossierId)
    .where('tbl', '=', 'attendance')
    .where('key', 'in', keys)
    .where('deleted', '=', 0)
    .execute();
  const live = new Set(answers.map((a) => a.key));
  await tombstoneRows(trx, dossierId, version, gone.filter((key) => live.has(key)).map((key) => ({ table: 'attendance', key })));
  const marked: { table: 'attendance'; key: string; json: string }[] = [];
  for (const a of answers) {
    const oldStart = moved.get(a.key);
    if (oldStart === undefined || !a.value) continue;
    const next = attendanceAfterMove(JSON.parse(a.value) as AttendanceRow, oldStart);
    if (next) marked.push({ table: 'attendance', key: a.key, json: canonicalJson(next) });
  }
  await upsertRows(trx, dossierId, version, marked);
}
