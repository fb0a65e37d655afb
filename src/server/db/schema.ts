// The stored tables, as Kysely sees them. Timestamps are ISO 8601 text and JSON is text, so one
// schema and one query layer serve SQLite and PostgreSQL alike.

export interface DossierTable {
  id: string;
  gemeente: string;
  /** The per-dossier version counter: every change of the dossier's rows bumps it once. */
  version: number;
  created_at: string;
  /** 'import' (the case system) or 'app' (created at a consulent's intake, not yet adopted). */
  origin: string;
  /** New whenever the person behind this id may have changed; part of every sync cookie. */
  epoch: string;
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

export type ActivationKind = 'dossier' | 'share' | 'staff';

export interface ActivationCodeTable {
  code_hash: string;
  /** Null is reserved for later kinds (staff) that are not bound to one dossier. */
  dossier_id: string | null;
  kind: string;
  expires_at: string;
  used_at: string | null;
  created_at: string;
  /** For kind 'staff'. */
  staff_id: string | null;
  /** For kind 'share' (with the share's dossier in dossier_id). */
  share_id: string | null;
}

export interface SessionTable {
  id: string;
  token_hash: string;
  /** The inburgeraar's dossier, or the dossier a helper's share is of; null for staff. */
  dossier_id: string | null;
  /** 'dossier' (the inburgeraar), 'helper' or 'staff'. */
  kind: string;
  created_at: string;
  last_seen_at: string;
  revoked_at: string | null;
  staff_id: string | null;
  share_id: string | null;
  /** SHA-256 of the device's restore secret (migration 0007); null for staff devices. */
  restore_hash: string | null;
  /** The secret before the last restore, valid until the newest one is used (restore.ts). */
  restore_prev_hash: string | null;
  /** A staff device's public key (SPKI, base64url), registered once per session; null until then. */
  device_key: string | null;
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

export interface StaffTable {
  id: string;
  name: string;
  role: string;
  gemeente: string;
  created_at: string;
  updated_at: string;
}

/** Which dossiers a staff member may read and write. */
export interface CaseloadTable {
  staff_id: string;
  dossier_id: string;
}

/** One entry of the audit trail: ids, names and outcomes, never personal data. */
export interface AuditTable {
  id: string;
  at: string;
  /** 'admin', 'inburgeraar', 'helper', 'begeleider' or 'consulent'. */
  actor: string;
  session_id: string | null;
  staff_id: string | null;
  dossier_id: string | null;
  /** A mutation name, or an admin action such as 'dossier.import'. */
  action: string;
  /** 'applied' / 'rejected' for mutations, 'done' for everything else. */
  status: string;
  error_code: string | null;
  /** Small JSON with ids and counts only. */
  detail: string | null;
  client_id: string | null;
  mutation_id: number | null;
  /** The municipality whose trail this is (its dossier's or staff member's); null for entries older than 0004 that named neither. */
  gemeente: string | null;
}

/** A shared rate-limit or failure counter (http/counters.ts); keys are hashes, never an address or code. */
export interface RateCounterTable {
  scope: string;
  key: string;
  window_end: string;
  count: number;
}

/** A device session's Web Push subscription (db/pushMigration.ts). */
export interface PushSubscriptionTable {
  session_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  created_at: string;
}

/** A notification to send, claimed by exactly one instance (server/push/dispatcher.ts). */
export interface PushEventTable {
  id: string;
  dossier_id: string;
  audience: string;
  kind: string;
  created_at: string;
  claimed_by: string | null;
  claimed_at: string | null;
}

/** A notification that was queued once and never again (the term's end reminders). */
export interface PushOnceTable {
  dossier_id: string;
  key: string;
  created_at: string;
}

/** Anonymous feedback on an informatiemap page (db/feedbackMigration.ts). */
export interface FeedbackTable {
  client_id: string;
  gemeente: string;
  page: string;
  language: string;
  choice: string;
  text: string | null;
  /** YYYY-MM-DD: the day it arrived, never a time. */
  day: string;
}

/** A local activity of one municipality (db/activityMigration.ts); `body` is its JSON. */
export interface ActivityTable {
  gemeente: string;
  id: string;
  body: string;
  created_at: string;
  updated_at: string;
}

/** A photo sent with a question (migration 0011), base64; see questionPhotoMigration.ts. */
export interface QuestionPhotoTable {
  dossier_id: string;
  question_id: string;
  content_type: string;
  data: string;
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
  staff: StaffTable;
  caseload: CaseloadTable;
  audit: AuditTable;
  rate_counter: RateCounterTable;
  push_subscription: PushSubscriptionTable;
  push_event: PushEventTable;
  push_once: PushOnceTable;
  feedback: FeedbackTable;
  activity: ActivityTable;
  question_photo: QuestionPhotoTable;
}
