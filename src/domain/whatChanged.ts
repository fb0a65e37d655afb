import type { ShareSection } from './enums';
import { SCREEN_PATHS, type ScreenPath } from './screenPaths';
import { instant, PRINT, seenKey, WATCHED_TABLES, type SeenEntry, type WatchedRows, type WatchedTable } from './seenPrints';
import type { AppointmentRow, PaymentRow, QuestionRow, StepRow } from './tables';

export { seenKey, snapshot, WATCHED_TABLES, type SeenEntry, type WatchedRows, type WatchedTable } from './seenPrints';

// "What changed since you last looked" (issue 13 item 2, issue 11 item 5): computed on the phone
// from what sync brought, so it works offline. The phone keeps, per row it watches, a short print
// of what the person last saw (`seen`); a row whose print differs from the one seen is new. The
// first pull sets the baseline: what came with the activation is not "new".

export const CHANGE_KINDS = ['answer', 'appointmentNew', 'appointmentMoved', 'appointmentCancelled', 'stepChanged', 'paymentFailed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The screen where a change is shown: opening it marks the change seen. */
export const SCREEN_OF: Record<WatchedTable, ScreenPath> = {
  appointments: SCREEN_PATHS.agenda,
  steps: SCREEN_PATHS.traject,
  questions: SCREEN_PATHS.vraag,
  payments: SCREEN_PATHS.geld,
};

/** What a taalmaatje's share must include to see a table's changes (questions are never shared). */
const SECTION_OF: Record<WatchedTable, ShareSection | null> = {
  appointments: 'agenda',
  steps: 'traject',
  questions: null,
  payments: 'money',
};

export interface Change {
  /** The seen key of the row (`<table>:<row key>`). */
  key: string;
  table: WatchedTable;
  /** The row's item id (appointment, step, question or payment id). */
  id: string;
  kind: ChangeKind;
  screen: string;
  /** The print to store once the person has seen it. */
  print: string;
  /** For ordering, newest first: when it happened or, failing that, what it is about. */
  at: string;
}

function appointmentChange(row: WatchedRows['appointments'][number], before: string | undefined, now: number): ChangeKind | null {
  if (Date.parse(row.end) <= now) return null; // the past is not news
  if (before === undefined) return row.status === 'cancelled' ? null : 'appointmentNew';
  const [status, start, end] = before.split('|');
  if (row.status === 'cancelled') return status === 'cancelled' ? null : 'appointmentCancelled';
  if (start !== instant(row.start) || end !== instant(row.end) || status !== row.status) return 'appointmentMoved';
  return null;
}

function kindOf(table: WatchedTable, row: WatchedRows[WatchedTable][number], before: string | undefined, print: string, now: number): ChangeKind | null {
  if (before === print) return null;
  switch (table) {
    case 'appointments':
      return appointmentChange(row as WatchedRows['appointments'][number], before, now);
    case 'steps':
      return 'stepChanged';
    case 'questions':
      return (row as QuestionRow).answer ? 'answer' : null;
    case 'payments':
      return (row as PaymentRow).status === 'failed' ? 'paymentFailed' : null;
  }
}

function timeOf(table: WatchedTable, row: WatchedRows[WatchedTable][number]): string {
  if (table === 'appointments') return (row as AppointmentRow).start;
  if (table === 'questions') return (row as QuestionRow).answeredAt ?? '';
  if (table === 'steps') return (row as StepRow).date ?? '';
  return (row as PaymentRow).date ?? (row as PaymentRow).month;
}

/**
 * What is new since the person last looked, newest first. `sections` limits it to what a
 * taalmaatje's share shows (undefined: the inburgeraar's own phone, everything).
 */
export function changesSince(rows: WatchedRows, seen: readonly SeenEntry[], now: Date, sections?: readonly ShareSection[]): Change[] {
  const seenPrint = new Map(seen.map((s) => [s.key, s.print]));
  const changes: Change[] = [];
  for (const table of WATCHED_TABLES) {
    const section = SECTION_OF[table];
    if (sections && (section === null || !sections.includes(section))) continue;
    for (const row of rows[table] as WatchedRows[WatchedTable][number][]) {
      const key = seenKey(table, row.key);
      const print = (PRINT[table] as (r: unknown) => string)(row);
      const kind = kindOf(table, row, seenPrint.get(key), print, now.getTime());
      if (kind) changes.push({ key, table, id: row.id, kind, screen: SCREEN_OF[table], print, at: timeOf(table, row) });
    }
  }
  return changes.sort((a, b) => b.at.localeCompare(a.at));
}
