import { randomUUID } from 'node:crypto';
import type { AuditEntry } from '../../domain/adminApi';
import { sql, type Selectable } from 'kysely';
import type { AuditTable } from '../db/schema';
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

type AuditRow = Selectable<AuditTable>;

function toEntry(r: AuditRow): AuditEntry {
  return {
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
  };
}

// One order for both databases (their NULLs sort differently): time, then within one device its
// mutation ids, then the entry's own id. A cursor is the last entry's place in that order.
type Place = [at: string, client: string, mutation: number, id: string];

function placeOf(r: AuditRow): Place {
  return [r.at, r.client_id ?? '', r.mutation_id ?? -1, r.id];
}

function encodeCursor(place: Place): string {
  return Buffer.from(JSON.stringify(place), 'utf8').toString('base64url');
}

/** The place a cursor names, or null for one that is not ours. */
export function decodeCursor(cursor: string): Place | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) && value.length === 4 && typeof value[0] === 'string' && typeof value[1] === 'string' &&
      Number.isInteger(value[2]) && typeof value[3] === 'string'
    ) {
      return value as Place;
    }
  } catch {
    // not JSON: not ours
  }
  return null;
}

export interface AuditPage {
  /** Entries after this place (exclusive); null: from the oldest. */
  after: Place | null;
  limit: number;
}

/**
 * The entries about one dossier or one staff member, oldest first; only those of `gemeente` (an
 * admin token sees its own municipality's trail, also of dossiers deleted since). Without a page:
 * the newest AUDIT_LIMIT. With a page: the next `limit` after its place, and a cursor when more follow.
 */
export async function listAudit(
  db: Db,
  gemeente: string,
  about: { dossierId: string } | { staffId: string },
  page?: AuditPage,
): Promise<{ entries: AuditEntry[]; truncated: boolean; nextCursor?: string }> {
  let query = db.selectFrom('audit').selectAll().where('gemeente', '=', gemeente);
  query = 'dossierId' in about ? query.where('dossier_id', '=', about.dossierId) : query.where('staff_id', '=', about.staffId);
  const client = sql<string>`coalesce(client_id, '')`;
  const mutation = sql<number>`coalesce(mutation_id, -1)`;
  if (!page) {
    // Newest first to cut at the limit; within one device, its mutation ids give the order.
    const rows = await query.orderBy('at', 'desc').orderBy(client, 'desc').orderBy(mutation, 'desc').orderBy('id', 'desc').limit(AUDIT_LIMIT + 1).execute();
    return { entries: rows.slice(0, AUDIT_LIMIT).reverse().map(toEntry), truncated: rows.length > AUDIT_LIMIT };
  }
  if (page.after) {
    const [at, clientId, mutationId, id] = page.after;
    query = query.where(sql<boolean>`(at, coalesce(client_id, ''), coalesce(mutation_id, -1), id) > (${at}, ${clientId}, ${mutationId}, ${id})`);
  }
  const rows = await query.orderBy('at').orderBy(client).orderBy(mutation).orderBy('id').limit(page.limit + 1).execute();
  const entries = rows.slice(0, page.limit);
  const last = entries.at(-1);
  const more = rows.length > page.limit && last !== undefined;
  return { entries: entries.map(toEntry), truncated: more, ...(more ? { nextCursor: encodeCursor(placeOf(last)) } : {}) };
}

/**
 * A refusal that repeats the one before it (same device, next mutation id, same name and error
 * code) is folded into that one's audit entry instead of adding its own: the entry moves on to the
 * new mutation id and counts the repeats. Returns false when there was no such entry.
 */
export async function mergeRepeatedRefusal(
  trx: Db,
  refusal: { clientId: string; mutationId: number; action: string; errorCode: string },
): Promise<boolean> {
  const previous = await trx
    .selectFrom('audit')
    .select(['id', 'detail'])
    .where('client_id', '=', refusal.clientId)
    .where('mutation_id', '=', refusal.mutationId - 1)
    .where('status', '=', 'rejected')
    .where('action', '=', refusal.action)
    .where('error_code', '=', refusal.errorCode)
    .executeTakeFirst();
  if (!previous) return false;
  const detail = previous.detail ? (JSON.parse(previous.detail) as { repeated?: number; firstMutationId?: number }) : {};
  const merged = { firstMutationId: detail.firstMutationId ?? refusal.mutationId - 1, repeated: (detail.repeated ?? 1) + 1 };
  await trx
    .updateTable('audit')
    .set({ mutation_id: refusal.mutationId, detail: JSON.stringify(merged) })
    .where('id', '=', previous.id)
    .execute();
  return true;
}
