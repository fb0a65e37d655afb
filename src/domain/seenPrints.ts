import type { AppointmentRow, PaymentRow, QuestionRow, StepRow } from './tables';

// What the phone remembers of each watched row: a short print of what the person last saw
// (whatChanged.ts compares it). Apart from whatChanged.ts, because the sync's first pull records
// the baseline with it: only this small part is in the first screen's download.

export const WATCHED_TABLES = ['appointments', 'steps', 'questions', 'payments'] as const;
export type WatchedTable = (typeof WATCHED_TABLES)[number];

export interface WatchedRows {
  appointments: (AppointmentRow & { key: string })[];
  steps: (StepRow & { key: string })[];
  questions: (QuestionRow & { key: string })[];
  payments: (PaymentRow & { key: string })[];
}

/** What the person last saw of a row, keyed `<table>:<row key>`. */
export interface SeenEntry {
  key: string;
  print: string;
}

export const seenKey = (table: WatchedTable, rowKey: string) => `${table}:${rowKey}`;

export const instant = (iso: string) => String(Date.parse(iso));

export const PRINT: { [T in WatchedTable]: (row: WatchedRows[T][number]) => string } = {
  appointments: (a) => `${a.status}|${instant(a.start)}|${instant(a.end)}`,
  steps: (s) => `${s.status}|${s.date ?? ''}`,
  questions: (q) => q.answeredAt ?? '',
  payments: (p) => p.status,
};

/** What to store as seen for every row now on the phone (the baseline, or "mark all seen"). */
export function snapshot(rows: WatchedRows): SeenEntry[] {
  return WATCHED_TABLES.flatMap((table) =>
    (rows[table] as { key: string }[]).map((row) => ({ key: seenKey(table, row.key), print: (PRINT[table] as (r: unknown) => string)(row) })),
  );
}

