import type { Appointment, ChecklistItem, Contact, DossierImport, Payment, Step } from './dossier';
import type { ATTENDANCES, READY_QUESTIONS, ShareSection } from './enums';

// The synced tables. Server and device hold the same rows; every row carries its dossierId so a
// staff device can hold several dossiers. A row's sync key is `<dossierId>/<itemId>` (the dossier
// row and the ontzorgen row use the dossierId alone), so keys are unique across dossiers.

export type DossierRow = Pick<
  DossierImport,
  'id' | 'gemeente' | 'firstName' | 'language' | 'doelgroep' | 'leerroute' | 'termijn'
> & { dossierId: string };
export type OntzorgenRow = { dossierId: string; start: string; end: string; course: string };
export type StepRow = Step & { dossierId: string; order: number };
export type ContactRow = Contact & { dossierId: string; order: number };
export type AppointmentRow = Appointment & { dossierId: string };
export type PaymentRow = Payment & { dossierId: string };
export type ChecklistRow = ChecklistItem & { dossierId: string; order: number };
/** Written by the inburgeraar's `appointment.setAttendance`; keyed like its appointment. */
export type AttendanceRow = {
  dossierId: string;
  appointmentId: string;
  attendance: (typeof ATTENDANCES)[number];
  reason?: string;
  updatedAt: string;
  /**
   * The appointment's start the answer was given for. When the appointment moves, the answer
   * keeps it, so the app shows it as an answer for the old time, not the new one. Answers from
   * before this field get it when their appointment moves.
   */
  forStart?: string;
};

/** Two appointment starts name the same moment (an import may write the offset differently). */
export function sameStart(a: string, b: string): boolean {
  return a === b || Date.parse(a) === Date.parse(b);
}

/**
 * The answer once its appointment moved away from `oldStart`: marked as given for that time.
 * Undefined when it already names the time it was given for (it keeps that, also after a second move).
 */
export function attendanceAfterMove(answer: AttendanceRow, oldStart: string): AttendanceRow | undefined {
  return answer.forStart === undefined ? { ...answer, forStart: oldStart } : undefined;
}

/** Is this answer about the appointment as it is planned now? */
export function answerIsCurrent(answer: Pick<AttendanceRow, 'forStart'>, appointment: { start: string }): boolean {
  return answer.forStart === undefined || sameStart(answer.forStart, appointment.start);
}
/** Written by `question.ask`; the answer fields by a consulent's `question.answer`. */
export type QuestionRow = {
  dossierId: string;
  id: string;
  contactRole: string;
  /** What the consulent reads: the ready-made question in Dutch, then the person's own words. */
  text: string;
  /** A ready-made question's key (`vraag:ready.<key>`), when one was picked. */
  ready?: (typeof READY_QUESTIONS)[number];
  /** The person's own words beside a ready-made question. */
  own?: string;
  /** A photo (of a letter) comes with it: uploaded apart, bound to this question (api.md). */
  photo?: { type: 'image/jpeg' | 'image/png'; bytes: number };
  askedAt: string;
  answer?: string;
  answeredAt?: string;
  /** The staff id of the consulent who answered. */
  answeredBy?: string;
};
/**
 * Written by the inburgeraar's `share.create` / `share.revoke`. The server adds the activation
 * `code` (and when it stops working) in the same transaction. The row carries the code once: the
 * server takes it out of its copy as soon as a pull has delivered it to the inburgeraar's phone
 * (only its hash stays); once a helper's device has used it, `activatedAt` is set.
 */
export type ShareRow = {
  dossierId: string;
  id: string;
  sections: ShareSection[];
  expiresAt: string;
  label?: string;
  createdAt: string;
  revokedAt?: string;
  code?: string;
  codeExpiresAt?: string;
  activatedAt?: string;
};
/** Written by a staff member's `visit.addNote`; never synced to the inburgeraar or helpers. */
export type VisitNoteRow = {
  dossierId: string;
  id: string;
  text: string;
  createdAt: string;
  /** The staff id of the author, when known (always on the server). */
  authorId?: string;
};

export interface TableRows {
  dossiers: DossierRow;
  ontzorgen: OntzorgenRow;
  steps: StepRow;
  contacts: ContactRow;
  appointments: AppointmentRow;
  payments: PaymentRow;
  checklist: ChecklistRow;
  attendance: AttendanceRow;
  questions: QuestionRow;
  shares: ShareRow;
  visitNotes: VisitNoteRow;
}

export type TableName = keyof TableRows;

export const TABLES = [
  'dossiers',
  'ontzorgen',
  'steps',
  'contacts',
  'appointments',
  'payments',
  'checklist',
  'attendance',
  'questions',
  'shares',
  'visitNotes',
] as const satisfies readonly TableName[];

/**
 * Tables filled by the case-system import; a re-import replaces exactly these. The case system
 * stays authoritative: a consulent's `appointment.upsert` or `step.update` lasts until the next
 * import, which overwrites the row, or deletes it when the import does not list it.
 */
export const IMPORTED_TABLES = [
  'dossiers',
  'ontzorgen',
  'steps',
  'contacts',
  'appointments',
  'payments',
  'checklist',
] as const satisfies readonly TableName[];

export function rowKey(dossierId: string, itemId?: string): string {
  return itemId === undefined ? dossierId : `${dossierId}/${itemId}`;
}

export type RowOf<T extends TableName> = TableRows[T];
export type AnyRow = { table: TableName; key: string; value: Record<string, unknown> };

function row<T extends TableName>(table: T, key: string, value: TableRows[T]): AnyRow {
  return { table, key, value: value as Record<string, unknown> };
}

/** Splits one dossier import into the rows that are stored and synced. */
export function dossierToRows(d: DossierImport): AnyRow[] {
  const dossierId = d.id;
  const rows: AnyRow[] = [
    row('dossiers', rowKey(dossierId), {
      dossierId,
      id: d.id,
      gemeente: d.gemeente,
      firstName: d.firstName,
      language: d.language,
      doelgroep: d.doelgroep,
      leerroute: d.leerroute,
      termijn: d.termijn,
    }),
  ];
  d.steps.forEach((s, order) => rows.push(row('steps', rowKey(dossierId, s.id), { ...s, dossierId, order })));
  d.contacts.forEach((c, order) =>
    rows.push(row('contacts', rowKey(dossierId, c.id), { ...c, dossierId, order })),
  );
  for (const a of d.appointments) rows.push(row('appointments', rowKey(dossierId, a.id), { ...a, dossierId }));
  d.checklist.forEach((k, order) =>
    rows.push(row('checklist', rowKey(dossierId, k.id), { ...k, dossierId, order })),
  );
  if (d.ontzorgen) {
    const { payments, ...rest } = d.ontzorgen;
    rows.push(row('ontzorgen', rowKey(dossierId), { ...rest, dossierId }));
    for (const p of payments) rows.push(row('payments', rowKey(dossierId, p.id), { ...p, dossierId }));
  }
  return rows;
}

type Stored = { table: string; value: Record<string, unknown> };

function strip(value: Record<string, unknown>, ...fields: string[]): Record<string, unknown> {
  const drop = new Set(['dossierId', ...fields]);
  return Object.fromEntries(Object.entries(value).filter(([k]) => !drop.has(k)));
}

function byOrder(a: Record<string, unknown>, b: Record<string, unknown>): number {
  return Number(a.order) - Number(b.order);
}

/** The inverse of dossierToRows: what `GET /api/admin/dossiers/:id` returns. */
export function rowsToDossier(rows: Stored[]): DossierImport | null {
  const of = (t: TableName) => rows.filter((r) => r.table === t).map((r) => r.value);
  const dossier = of('dossiers')[0];
  if (!dossier) return null;
  const ontzorgen = of('ontzorgen')[0];
  return {
    ...(strip(dossier) as Omit<DossierImport, 'steps' | 'contacts' | 'appointments' | 'checklist'>),
    steps: of('steps').sort(byOrder).map((s) => strip(s, 'order')) as DossierImport['steps'],
    contacts: of('contacts').sort(byOrder).map((c) => strip(c, 'order')) as DossierImport['contacts'],
    appointments: of('appointments')
      .map((a) => strip(a))
      .sort((a, b) => String(a.start).localeCompare(String(b.start))) as DossierImport['appointments'],
    ontzorgen: ontzorgen
      ? ({
          ...strip(ontzorgen),
          payments: of('payments').map((p) => strip(p)) as Payment[],
        } as DossierImport['ontzorgen'])
      : null,
    checklist: of('checklist').sort(byOrder).map((k) => strip(k, 'order')) as DossierImport['checklist'],
  };
}

/** A stable JSON text, so an unchanged row compares equal on re-import. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
