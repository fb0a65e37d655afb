import { DOSSIER_ID } from '../../domain/dossier';
import { mayUseMutation } from '../../domain/mutationPolicy';
import { MutationError, applyMutation, isMutatorName, targetDossier } from '../../domain/mutators';
import type { ErrorBody, Mutation, MutationResult, PushRequest, PushResponse } from '../../domain/sync';
import { ApiError } from '../errors';
import { mergeRepeatedRefusal, recordAudit } from './audit';
import { BufferedMutationTx } from './mutationTx';
import { lockDossier, type Db } from './rows';
import { CLIENT_ID_TAKEN, actorOf, homeDossier, mayUseClient, staffIdOf, writableDossiers, type Session } from './sessions';
import { enqueuePush, type PushAudience } from './pushSubscriptions';
import { afterMutation } from './shares';
import type { PushKind } from '../../domain/webPush';

type Outcome =
  | { kind: 'alreadyProcessed' }
  | { kind: 'gap'; expected: number }
  | { kind: 'applied' }
  | { kind: 'rejected'; error: ErrorBody };

/**
 * Inserts the client row if it is new (bound to this session) and locks it for the transaction
 * with a no-op UPDATE (see rows.ts), so two pushes of one client cannot interleave. Returns the
 * client's last processed mutation id.
 */
async function lockClient(trx: Db, clientId: string, session: Session): Promise<number> {
  await trx
    .insertInto('client')
    .values({ client_id: clientId, session_id: session.id, last_mutation_id: 0 })
    .onConflict((oc) => oc.column('client_id').doNothing())
    .execute();
  const client = await trx
    .updateTable('client')
    .set((eb) => ({ last_mutation_id: eb.ref('last_mutation_id') }))
    .where('client_id', '=', clientId)
    .returning(['session_id', 'last_mutation_id'])
    .executeTakeFirstOrThrow();
  if (client.session_id !== session.id) {
    if (!(await mayUseClient(trx, client.session_id, session))) {
      throw new ApiError(CLIENT_ID_TAKEN.status, CLIENT_ID_TAKEN.code, CLIENT_ID_TAKEN.message);
    }
    // The same phone, activated again: its mutation numbering continues under the new session.
    await trx.updateTable('client').set({ session_id: session.id }).where('client_id', '=', clientId).execute();
  }
  return client.last_mutation_id;
}

/**
 * Runs the mutator on the locked dossier, then the server's own part of it (a share's code, a
 * revoked share's sessions), all in the caller's transaction. A refusal becomes an error body,
 * anything else is a fault.
 */
async function runMutator(trx: Db, dossier: LockedDossier, session: Session, mutation: Mutation, now: Date): Promise<ErrorBody | null> {
  const staff = session.kind === 'staff' ? session.staff : undefined;
  const tx = new BufferedMutationTx(trx, dossier.id, now.toISOString(), staff?.id, staff?.role);
  try {
    await applyMutation(tx, mutation.name, mutation.args);
    await afterMutation(trx, tx, mutation.name, mutation.args, now);
  } catch (error) {
    if (error instanceof MutationError) return { code: error.code, message: error.message };
    throw error;
  }
  await tx.flush(dossier.version);
  return null;
}

type LockedDossier = { id: string; version: number };

const READ_ONLY: ErrorBody = { code: 'read-only', message: 'A helper’s device can only read along; it cannot change anything.' };
const FORBIDDEN: ErrorBody = { code: 'forbidden', message: 'This device may not change that dossier.' };
const FORBIDDEN_ROLE: ErrorBody = { code: 'forbidden', message: 'This kind of device may not make this change.' };

/**
 * May this session make this change, and on which dossier? Refused are: every change of a helper
 * (read-only, rejected per mutation rather than with a 403, which would wipe the helper's phone),
 * a dossier outside what the session may write (not in the caseload, someone else's), and a
 * mutation its actor may not use (src/domain/mutationPolicy.ts). Unknown names pass here and are
 * refused by applyMutation with their own code.
 */
function authorise(session: Session, mutation: Mutation): { dossierId: string } | ErrorBody {
  if (session.kind === 'helper') return READ_ONLY;
  const id = targetDossier(mutation.args, session.dossierId);
  if (!id || !writableDossiers(session).includes(id)) return FORBIDDEN;
  if (isMutatorName(mutation.name) && !mayUseMutation(actorOf(session), mutation.name)) return FORBIDDEN_ROLE;
  return { dossierId: id };
}

/**
 * Locks the dossier the mutation may change. Locked before the client row, in the same order as
 * import and delete take their locks (dossier first), so concurrent writers queue instead of
 * deadlocking.
 */
async function lockTarget(trx: Db, dossierId: string): Promise<LockedDossier> {
  const version = await lockDossier(trx, dossierId);
  if (version === undefined) {
    // Deleted while this request ran: the session went with it.
    throw new ApiError(401, 'unauthenticated', 'This device is no longer activated.');
  }
  return { id: dossierId, version };
}

/**
 * Where a mutation's record is filed: its dossier, else the sender's own one (so it goes when that
 * one goes), else — for staff, who have none — the dossier it named, so that dossier's audit trail
 * shows the attempt.
 */
function filedUnder(session: Session, mutation: Mutation, target: LockedDossier | null): string | null {
  if (target) return target.id;
  const named = targetDossier(mutation.args, null);
  return homeDossier(session) ?? (named && DOSSIER_ID.test(named) ? named : null);
}

interface MutationRecord {
  session: Session;
  clientId: string;
  mutation: Mutation;
  dossierId: string | null;
  now: Date;
}

/**
 * The name as recorded: a device chooses its mutation names, so an unknown one (which could be
 * any text, a name or a message) is recorded as `unknown`.
 */
function recordedName(name: string): string {
  return isMutatorName(name) ? name : 'unknown';
}

function auditOf({ session, clientId, mutation, dossierId }: MutationRecord, status: 'applied' | 'rejected', errorCode: string | null) {
  return {
    actor: actorOf(session),
    action: recordedName(mutation.name),
    status,
    sessionId: session.id,
    staffId: staffIdOf(session),
    dossierId,
    errorCode,
    clientId,
    mutationId: mutation.id,
  };
}

/** An applied change keeps its arguments (90 days, store/retention.ts): they are the change. */
async function recordApplied(trx: Db, record: MutationRecord): Promise<void> {
  const { clientId, mutation, dossierId, now } = record;
  await trx
    .insertInto('mutation')
    .values({
      client_id: clientId,
      mutation_id: mutation.id,
      name: recordedName(mutation.name),
      args: JSON.stringify(mutation.args ?? null),
      status: 'applied',
      error: null,
      dossier_id: dossierId,
      created_at: now.toISOString(),
    })
    .execute();
  await recordAudit(trx, auditOf(record, 'applied', null), now);
}

/**
 * A refused change keeps its name, error code and id only: its arguments changed nothing, and a
 * device that cannot write (a helper's) must not be able to fill the disk with them. A refusal
 * that repeats the one before it is merged into that one's records (the audit entry counts it).
 */
async function recordRefusal(trx: Db, record: MutationRecord, errorCode: string): Promise<void> {
  const { clientId, mutation, dossierId, now } = record;
  const name = recordedName(mutation.name);
  if (await mergeRepeatedRefusal(trx, { clientId, mutationId: mutation.id, action: name, errorCode })) {
    const moved = await trx
      .updateTable('mutation')
      .set({ mutation_id: mutation.id })
      .where('client_id', '=', clientId)
      .where('mutation_id', '=', mutation.id - 1)
      .where('status', '=', 'rejected')
      .where('name', '=', name)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) > 0) return;
  } else {
    await recordAudit(trx, auditOf(record, 'rejected', errorCode), now);
  }
  await trx
    .insertInto('mutation')
    .values({
      client_id: clientId,
      mutation_id: mutation.id,
      name,
      args: 'null',
      status: 'rejected',
      error: JSON.stringify({ code: errorCode }),
      dossier_id: dossierId,
      created_at: now.toISOString(),
    })
    .execute();
}

/**
 * Whom an applied change is told (issue 13): the person's devices hear of staff's changes to their
 * dossier, the caseload's staff of a new question and of a "can't come".
 */
function noticeOf(mutation: Mutation): { audience: PushAudience; kind: PushKind } | null {
  switch (mutation.name) {
    case 'question.answer':
      return { audience: 'person', kind: 'answer' };
    case 'appointment.upsert':
      return { audience: 'person', kind: 'appointment' };
    case 'step.update':
      return { audience: 'person', kind: 'step' };
    case 'question.ask':
      return { audience: 'staff', kind: 'question' };
    case 'appointment.setAttendance':
      return (mutation.args as { attendance?: unknown } | null)?.attendance === 'not-coming' ? { audience: 'staff', kind: 'not-coming' } : null;
    default:
      return null;
  }
}

/**
 * One mutation in one transaction: its row changes (if accepted), the client's lastMutationId,
 * the mutation record and its audit entry commit together or not at all.
 */
async function processMutation(db: Db, session: Session, clientId: string, mutation: Mutation): Promise<Outcome> {
  return db.transaction().execute(async (trx) => {
    const verdict = authorise(session, mutation);
    const target = 'dossierId' in verdict ? await lockTarget(trx, verdict.dossierId) : null;
    const last = await lockClient(trx, clientId, session);
    if (mutation.id <= last) return { kind: 'alreadyProcessed' };
    if (mutation.id > last + 1) return { kind: 'gap', expected: last + 1 };

    const now = new Date();
    const error = target ? await runMutator(trx, target, session, mutation, now) : (verdict as ErrorBody);
    const dossierId = filedUnder(session, mutation, target);
    await trx.updateTable('client').set({ last_mutation_id: mutation.id }).where('client_id', '=', clientId).execute();
    const record = { session, clientId, mutation, dossierId, now };
    if (error) await recordRefusal(trx, record, error.code);
    else {
      await recordApplied(trx, record);
      const notice = target ? noticeOf(mutation) : null;
      if (target && notice) await enqueuePush(trx, target.id, notice.audience, notice.kind, now);
    }
    return error ? { kind: 'rejected', error } : { kind: 'applied' };
  });
}

/**
 * Applies a device's mutations in order. Ids already processed are acknowledged; a gap stops the
 * batch (nothing after it is applied) and is a 409 when nothing in this request was processed yet.
 */
export async function push(db: Db, session: Session, request: PushRequest): Promise<PushResponse> {
  // The request is in the current sync schema: the route translated it (syncSchemas.ts).
  const results: MutationResult[] = [];
  let processedHere = false;
  for (const mutation of request.mutations) {
    const outcome = await processMutation(db, session, request.clientId, mutation);
    if (outcome.kind === 'gap') {
      if (processedHere) break;
      throw new ApiError(409, 'mutation-gap', `Mutation ${mutation.id} is out of order: expected ${outcome.expected}.`);
    }
    if (outcome.kind === 'alreadyProcessed') results.push({ id: mutation.id, status: 'alreadyProcessed' });
    else {
      processedHere = true;
      results.push(
        outcome.kind === 'applied'
          ? { id: mutation.id, status: 'applied' }
          : { id: mutation.id, status: 'rejected', error: outcome.error },
      );
    }
  }
  return { results };
}
