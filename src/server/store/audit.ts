import { randomUUID } from 'node:crypto';
import type { AuditEntry } from '../../domain/adminApi';
import type { Db } from './rows';

// The audit trail: who (which device session, which staff member, or the admin API) did what,
// when, on which dossier. Written in the same transaction as the change it describes, so there is
// no change without its entry. Only ids, names, outcomes and counts: the arguments of a change
// (question texts, notes) stay in `mutation` and go when their dossier goes; the audit stays.

export type AuditActor = AuditEntry['actor'];

export interface AuditInput {
  actor: AuditActor;
  action: string;
  status?: 'applied' | 'rejected' | 'done';
  sessionId?: string | null;
  staffId?: string | null;
  dossierId?: string | null;
  errorCode?: string | null;
  detail?: Record<string, string | number | boolean | string[]>;
  clientId?: string;
  mutationId?: number;
  /** Whose trail this is; by default the dossier's municipality, else the staff member's. */
  gemeente?: string;
}

export async function recordAudit(trx: Db, entry: AuditInput, now = new Date()): Promise<void> {
  const dossierId = entry.dossierId ?? null;
  const staffId = entry.staffId ?? null;
  await trx
    .insertInto('audit')
    .values((eb) => ({
      id: randomUUID(),
      at: now.toISOString(),
      actor: entry.actor,
      session_id: entry.sessionId ?? null,
      staff_id: staffId,
      dossier_id: dossierId,
      action: entry.action,
      status: entry.status ?? 'done',
      error_code: entry.errorCode ?? null,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
      client_id: entry.clientId ?? null,
      mutation_id: entry.mutationId ?? null,
      // In the same statement, so no writer pays an extra round trip for it.
      gemeente:
        entry.gemeente ??
        eb.fn.coalesce(
          eb.selectFrom('dossier').select('gemeente').where('id', '=', dossierId ?? ''),
          eb.selectFrom('staff').select('gemeente').where('id', '=', staffId ?? ''),
        ),
    }))
    .execute();
}

/** Enough for years of one dossier; an answer beyond it says `truncated` and holds the newest. */
export const AUDIT_LIMIT = 5000;

/**
 * The entries about one dossier or one staff member, oldest first; only those of `gemeente` (an
 * admin token sees its own municipality's trail, also of dossiers deleted since).
 */
export async function listAudit(
  db: Db,
  gemeente: string,
  about: { dossierId: string } | { staffId: string },
): Promise<{ entries: AuditEntry[]; truncated: boolean }> {
  let query = db.selectFrom('audit').selectAll().where('gemeente', '=', gemeente);
  query = 'dossierId' in about ? query.where('dossier_id', '=', about.dossierId) : query.where('staff_id', '=', about.staffId);
  // Newest first to cut at the limit; within one device, its mutation ids give the order.
  const rows = await query
    .orderBy('at', 'desc')
    .orderBy('client_id', 'desc')
    .orderBy('mutation_id', 'desc')
    .orderBy('id', 'desc')
    .limit(AUDIT_LIMIT + 1)
    .execute();
  const truncated = rows.length > AUDIT_LIMIT;
  const entries = rows.slice(0, AUDIT_LIMIT).reverse().map((r) => ({
    at: r.at,
    actor: r.actor as AuditActor,
    action: r.action,
    status: r.status as AuditEntry['status'],
    ...(r.session_id ? { sessionId: r.session_id } : {}),
    ...(r.staff_id ? { staffId: r.staff_id } : {}),
    ...(r.dossier_id ? { dossierId: r.dossier_id } : {}),
    ...(r.error_code ? { errorCode: r.error_code } : {}),
    ...(r.mutation_id !== null ? { mutationId: r.mutation_id } : {}),
    ...(r.detail ? { detail: JSON.parse(r.detail) as Record<string, unknown> } : {}),
  }));
  return { entries, truncated };
}
