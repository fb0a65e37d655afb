import { SCHEMA_VERSION, type PatchOp, type PullRequest, type PullResponse } from '../../domain/sync';
import type { TableName } from '../../domain/tables';
import { ApiError } from '../errors';
import { makeSyncCookie, parseSyncCookie } from './syncCookie';
import { mayUseClient, readableDossiers, type Session } from './sessions';
import type { Db } from './rows';

export function assertSchemaVersion(schemaVersion: number): void {
  if (schemaVersion !== SCHEMA_VERSION) {
    throw new ApiError(409, 'schema-version', `The server speaks sync schema ${SCHEMA_VERSION}, not ${schemaVersion}.`);
  }
}

/** The client's last processed mutation id; 0 for a new client. A clientId is bound to one dossier's device. */
export async function lastMutationIdOf(db: Db, clientId: string, session: Session): Promise<number> {
  const client = await db
    .selectFrom('client')
    .select(['session_id', 'last_mutation_id'])
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  if (!client) return 0;
  if (!(await mayUseClient(db, client.session_id, session))) {
    throw new ApiError(403, 'forbidden', 'This clientId belongs to a device of another dossier.');
  }
  return client.last_mutation_id;
}

/**
 * Everything the device has not seen yet of the dossiers this session may read.
 * Order matters: lastMutationId is read before the dossier versions, so every mutation it
 * acknowledges is already in the patch (a later one may be too; replaying it is harmless).
 * Rows are read up to the version read before them: a writer holds its dossier row locked while
 * it writes rows of version n+1, so nothing at or below the cookie's version can appear later.
 */
export async function pull(db: Db, session: Session, request: PullRequest): Promise<PullResponse> {
  assertSchemaVersion(request.schemaVersion);
  const lastMutationId = await lastMutationIdOf(db, request.clientId, session);

  const readable = readableDossiers(session);
  const dossiers = readable.length
    ? await db.selectFrom('dossier').select(['id', 'version']).where('id', 'in', readable).orderBy('id').execute()
    : [];
  const current = new Map(dossiers.map((d) => [d.id, d.version]));

  const seen = parseSyncCookie(request.cookie);
  // Start over when the cookie is unreadable, names a dossier this session may no longer read, or
  // is ahead of the server (e.g. a dossier deleted and imported again).
  const startOver =
    !seen || [...seen].some(([id, version]) => !current.has(id) || version > (current.get(id) ?? -1));

  const patch: PatchOp[] = startOver ? [{ op: 'clear' }] : [];
  for (const [dossierId, version] of current) {
    const since = startOver || !seen ? undefined : seen.get(dossierId);
    let query = db
      .selectFrom('row')
      .select(['tbl', 'key', 'value', 'deleted'])
      .where('dossier_id', '=', dossierId)
      .where('version', '<=', version);
    query = since === undefined ? query.where('deleted', '=', 0) : query.where('version', '>', since);
    const rows = await query.orderBy('version').orderBy('tbl').orderBy('key').execute();
    for (const r of rows) {
      const table = r.tbl as TableName;
      patch.push(
        r.deleted || r.value === null
          ? { op: 'del', table, id: r.key }
          : { op: 'put', table, id: r.key, value: JSON.parse(r.value) as Record<string, unknown> },
      );
    }
  }
  return { cookie: makeSyncCookie(current), lastMutationId, patch };
}
