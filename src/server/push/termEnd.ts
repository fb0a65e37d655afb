import type { PushKind } from '../../domain/webPush';
import type { Db } from '../store';
import { enqueuePush } from '../store/pushSubscriptions';

// The integration term's end, 6, 3 and 1 months ahead (issue 13, item 4). Checked hourly by every
// instance; each reminder is queued once ever per dossier: push_once's primary key lets only the
// first insert through, whichever instance makes it, and a later check finds it there.

const REMINDERS = [
  { months: 6, kind: 'term-end-6' },
  { months: 3, kind: 'term-end-3' },
  { months: 1, kind: 'term-end-1' },
] as const satisfies readonly { months: number; kind: PushKind }[];

/** `end` (YYYY-MM-DD) minus `months` calendar months, as YYYY-MM-DD (the 31st becomes the month's last day). */
export function monthsBefore(end: string, months: number): string {
  const [y, m, d] = end.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 - months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

/** The reminder due today for a term ending on `end`: the nearest one whose day has come, if any. */
export function dueReminder(end: string, today: string): { kind: PushKind; passed: PushKind[] } | null {
  if (today >= end) return null;
  const reached = REMINDERS.filter((r) => today >= monthsBefore(end, r.months));
  const last = reached.at(-1);
  return last ? { kind: last.kind, passed: reached.map((r) => r.kind) } : null;
}

/**
 * Queues the due reminders. A dossier that is already past several moments (imported late) gets
 * only the nearest one; the earlier ones are marked as done without a message.
 */
export async function queueTermEndReminders(db: Db, now = new Date()): Promise<number> {
  const today = now.toISOString().slice(0, 10);
  const rows = await db.selectFrom('row').select(['dossier_id', 'value']).where('tbl', '=', 'dossiers').where('deleted', '=', 0).execute();
  let queued = 0;
  for (const row of rows) {
    const end = (JSON.parse(row.value ?? 'null') as { termijn?: { end?: unknown } } | null)?.termijn?.end;
    if (typeof end !== 'string') continue;
    const due = dueReminder(end, today);
    if (!due) continue;
    await db.transaction().execute(async (trx) => {
      let fresh = false;
      for (const kind of due.passed) {
        const inserted = await trx
          .insertInto('push_once')
          .values({ dossier_id: row.dossier_id, key: kind, created_at: now.toISOString() })
          .onConflict((oc) => oc.columns(['dossier_id', 'key']).doNothing())
          .returning('key')
          .executeTakeFirst();
        if (inserted && kind === due.kind) fresh = true;
      }
      if (fresh) {
        await enqueuePush(trx, row.dossier_id, 'person', due.kind, now);
        queued++;
      }
    });
  }
  return queued;
}
