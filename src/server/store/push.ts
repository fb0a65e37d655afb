import { MutationError, applyMutation, targetDossier } from '../../domain/mutators';
import type { ErrorBody, Mutation, MutationResult, PushRequest, PushResponse } from '../../domain/sync';
import { ApiError } from '../errors';
import { assertSchemaVersion } from './pull';
import { BufferedMutationTx } from './mutationTx';
import { lockDossier, type Db } from './rows';
import { mayUseClient, writableDossiers, type Session } from './sessions';

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
      throw new ApiError(403, 'forbidden', 'This clientId belongs to a device of another dossier.');
    }
    // The same phone, activated again: its mutation numbering continues under the new session.
    await trx.updateTable('client').set({ session_id: session.id }).where('client_id', '=', clientId).execute();
  }
  return client.last_mutation_id;
}

/** Runs the mutator on the locked dossier; a refusal becomes an error body, anything else is a fault. */
async function runMutator(trx: Db, dossier: LockedDossier, mutation: Mutation, now: string): Promise<ErrorBody | null> {
  const tx = new BufferedMutationTx(trx, dossier.id, now);
  try {
    await applyMutation(tx, mutation.name, mutation.args);
  } catch (error) {
    if (error instanceof MutationError) return { code: error.code, message: error.message };
    throw error;
  }
  await tx.flush(dossier.version);
  return null;
}

type LockedDossier = { id: string; version: number };

/**
 * The dossier the mutation may change, locked; null when the session may not write it. Locked
 * before the client row, in the same order as import and delete take their locks (dossier
 * first), so concurrent writers queue instead of deadlocking.
 */
async function lockTarget(trx: Db, session: Session, mutation: Mutation): Promise<LockedDossier | null> {
  const id = targetDossier(mutation.args, session.dossierId);
  if (!id || !writableDossiers(session).includes(id)) return null;
  const version = await lockDossier(trx, id);
  if (version === undefined) {
    // Deleted while this request ran: the session went with it.
    throw new ApiError(401, 'unauthenticated', 'This device is no longer activated.');
  }
  return { id, version };
}

const FORBIDDEN: ErrorBody = { code: 'forbidden', message: 'This device may not change that dossier.' };

/**
 * One mutation in one transaction: its row changes (if accepted), the client's lastMutationId and
 * the mutation record commit together or not at all.
 */
async function processMutation(db: Db, session: Session, clientId: string, mutation: Mutation): Promise<Outcome> {
  return db.transaction().execute(async (trx) => {
    const target = await lockTarget(trx, session, mutation);
    const last = await lockClient(trx, clientId, session);
    if (mutation.id <= last) return { kind: 'alreadyProcessed' };
    if (mutation.id > last + 1) return { kind: 'gap', expected: last + 1 };

    const now = new Date().toISOString();
    const error = target ? await runMutator(trx, target, mutation, now) : FORBIDDEN;
    await trx.updateTable('client').set({ last_mutation_id: mutation.id }).where('client_id', '=', clientId).execute();
    await trx
      .insertInto('mutation')
      .values({
        client_id: clientId,
        mutation_id: mutation.id,
        name: mutation.name,
        args: JSON.stringify(mutation.args ?? null),
        status: error ? 'rejected' : 'applied',
        error: error ? JSON.stringify(error) : null,
        // A forbidden mutation is filed under the sender's own dossier, so it goes when that one goes.
        dossier_id: target?.id ?? session.dossierId,
        created_at: now,
      })
      .execute();
    return error ? { kind: 'rejected', error } : { kind: 'applied' };
  });
}

/**
 * Applies a device's mutations in order. Ids already processed are acknowledged; a gap stops the
 * batch (nothing after it is applied) and is a 409 when nothing in this request was processed yet.
 */
export async function push(db: Db, session: Session, request: PushRequest): Promise<PushResponse> {
  assertSchemaVersion(request.schemaVersion);
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
