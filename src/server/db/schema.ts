// The stored tables, as Kysely sees them. Timestamps are ISO 8601 text and JSON is text, so one
// schema and one query layer serve SQLite and PostgreSQL alike.

export interface DossierTable {
  id: string;
  gemeente: string;
  /** The per-dossier version counter: every change of the dossier's rows bumps it once. */
  version: number;
  created_at: string;
}

/** One synced row of any table in src/domain/tables.ts. Deletes are tombstones (deleted = 1). */
export interface RowTable {
  dossier_id: string;
  tbl: string;
  key: string;
  /** JSON text; null for a tombstone (no personal data kept for deleted rows). */
  value: string | null;
  version: number;
  deleted: number;
}

export type ActivationKind = 'dossier';

export interface ActivationCodeTable {
  code_hash: string;
  /** Null is reserved for later kinds (staff) that are not bound to one dossier. */
  dossier_id: string | null;
  kind: string;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

export interface SessionTable {
  id: string;
  token_hash: string;
  dossier_id: string | null;
  kind: string;
  created_at: string;
  last_seen_at: string;
  revoked_at: string | null;
}

/** A device's sync client: its mutations are numbered 1, 2, 3 … and it belongs to one session. */
export interface ClientTable {
  client_id: string;
  session_id: string;
  last_mutation_id: number;
}

export type MutationStatus = 'applied' | 'rejected';

/** Every processed mutation, including the refused ones with their reason. */
export interface MutationTable {
  client_id: string;
  mutation_id: number;
  name: string;
  args: string;
  status: MutationStatus;
  error: string | null;
  dossier_id: string | null;
  created_at: string;
}

/** A dossier's private calendar subscription (`GET /api/calendar/<token>.ics`); one per dossier. */
export interface CalendarFeedTable {
  dossier_id: string;
  token_hash: string;
  created_at: string;
}

export interface Database {
  dossier: DossierTable;
  row: RowTable;
  activation_code: ActivationCodeTable;
  session: SessionTable;
  client: ClientTable;
  mutation: MutationTable;
  calendar_feed: CalendarFeedTable;
}
