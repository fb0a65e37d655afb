import { type PatchOp, type PullRequest, type PullResponse } from '../../domain/sync';
import { helperDossierRow } from '../../domain/access';
import { questionReadableBy } from '../../domain/questionRecipients';
import type { TableName } from '../../domain/tables';
import { ApiError } from '../errors';
import { makeSyncCookie, parseSyncCookie, syncCookieRole } from './syncCookie';
import { CLIENT_ID_TAKEN, actorOf, mayUseClient, readableDossiers, readableTablesOf, type PullPrefetch, type Session } from './sessions';
import type { Db } from './rows';
import { forgetDeliveredShareCodes } from './shares';
import { fullPullKey, type CachedFullPull, type FullPullCache } from './fullPullCache';

/** The client's last processed mutation id; 0 for a new client. A clientId is bound to one grant's device (sessions.ts mayUseClient). */
export async function lastMutationIdOf(db: Db, clientId: string, session: Session, prefetch?: PullPrefetch): Promise<number> {
  const client = prefetch ? prefetch.client : await readClient(db, clientId);
  if (!client) return 0;
  if (!(await mayUseClient(db, client.sessionId, session))) {
    throw new ApiError(CLIENT_ID_TAKEN.status, CLIENT_ID_TAKEN.code, CLIENT_ID_TAKEN.message);
  }
  // A phone activated again keeps its clientId: bind the client to the session it uses now (as a
  // push does), so purging the old session (retention.ts) never takes this client's record along.
  if (client.sessionId !== session.id) {
    await db.updateTable('client').set({ session_id: session.id }).where('client_id', '=', clientId).execute();
  }
  return client.lastMutationId;
}

async function readClient(db: Db, clientId: string): Promise<PullPrefetch['client']> {
  const client = await db.selectFrom('client').select(['session_id', 'last_mutation_id']).where('client_id', '=', clientId).executeTakeFirst();
  return client && { sessionId: client.session_id, lastMutationId: client.last_mutation_id };
}

interface PullState {
  lastMutationId: number;
  /** The readable dossiers' versions and epochs, by id, sorted. */
  current: Map<string, { version: number; epoch: string }>;
  seen: ReturnType<typeof parseSyncCookie>;
  startOver: boolean;
  staffRole: string | undefined;
}

/**
 * Everything the device has not seen yet of the dossiers this session may read, and of those only
 * the tables it may read (a helper: the shared sections; staff: no shares; an inburgeraar: no
 * visit notes).
 * Order matters: lastMutationId is read before the dossier versions, so every mutation it
 * acknowledges is already in the patch (a later one may be too; replaying it is harmless).
 * Rows are read up to the version read before them: a writer holds its dossier row locked while
 * it writes rows of version n+1, so nothing at or below the cookie's version can appear later.
 */
export async function pull(db: Db, session: Session, request: PullRequest, prefetch?: PullPrefetch): Promise<PullResponse> {
  const state = await readPullState(db, session, request, prefetch);
  return (await buildPull(db, session, state)).response;
}

/** A pull's answer: built, or for a full pull the cached copy (fullPullCache.ts) with this device's lastMutationId. */
export type PullAnswer = { kind: 'built'; response: PullResponse } | { kind: 'cached'; copy: CachedFullPull; lastMutationId: number };

/** As `pull`, but a full pull comes from `cache`, and a full pull built here is kept in it. */
export async function pullAnswer(db: Db, session: Session, request: PullRequest, cache: FullPullCache, prefetch?: PullPrefetch): Promise<PullAnswer> {
  const state = await readPullState(db, session, request, prefetch);
  const key = state.startOver ? fullPullKey(session, state.current) : undefined;
  const kept = key === undefined ? undefined : cache.get(key);
  if (kept) return { kind: 'cached', copy: kept, lastMutationId: state.lastMutationId };
  const { response, deliveredShareCode } = await buildPull(db, session, state);
  // Kept only when no writer came between the versions read and the rows read (then some row of
  // this version could be missing), and without a share code (it is taken out without a new version).
  if (key === undefined || deliveredShareCode || !(await unchanged(db, state.current))) return { kind: 'built', response };
  return { kind: 'cached', copy: cache.put(key, response), lastMutationId: state.lastMutationId };
}

/** `prefetch`: the client's record and the dossier's version, read with the session (sessions.ts findPullSession). */
async function readPullState(db: Db, session: Session, request: PullRequest, prefetch?: PullPrefetch): Promise<PullState> {
  // The request is in the current sync schema: the route translated it (syncSchemas.ts).
  const lastMutationId = await lastMutationIdOf(db, request.clientId, session, prefetch);
  const readable = readableDossiers(session);
  const current =
    prefetch?.dossier && readable.length === 1 && readable[0] !== undefined
      ? new Map([[readable[0], prefetch.dossier]])
      : await dossierVersions(db, readable);
  const seen = parseSyncCookie(request.cookie);
  // Start over when the cookie is unreadable, names a dossier this session may no longer read, is
  // ahead of the server, or names another epoch of a dossier (deleted and imported again, or
  // adopted from the app: its versions started over, so the cookie's version says nothing; a
  // cookie from before epochs counts as another epoch). A dossier taken off a caseload thus leaves
  // the staff device with a `clear` and a fresh copy of the rest. (`del` for just its rows would be
  // smaller, but the cookie is the device's word: naming someone else's dossier in it must not
  // reveal that dossier's row keys.) Waiting changes survive a clear.
  const staffRole = session.kind === 'staff' ? session.staff.role : undefined;
  const startOver =
    !seen ||
    syncCookieRole(request.cookie) !== staffRole ||
    [...seen].some(([id, was]) => {
      const now = current.get(id);
      return !now || was.epoch !== now.epoch || was.version > now.version;
    });
  return { lastMutationId, current, seen, startOver, staffRole };
}

async function dossierVersions(db: Db, ids: string[]): Promise<Map<string, { version: number; epoch: string }>> {
  const dossiers = ids.length
    ? await db.selectFrom('dossier').select(['id', 'version', 'epoch']).where('id', 'in', ids).orderBy('id').execute()
    : [];
  return new Map(dossiers.map((d) => [d.id, { version: d.version, epoch: d.epoch }]));
}

async function unchanged(db: Db, read: ReadonlyMap<string, { version: number; epoch: string }>): Promise<boolean> {
  const now = await dossierVersions(db, [...read.keys()]);
  return now.size === read.size && [...read].every(([id, d]) => now.get(id)?.version === d.version && now.get(id)?.epoch === d.epoch);
}

async function buildPull(db: Db, session: Session, { lastMutationId, current, seen, startOver, staffRole }: PullState): Promise<{ response: PullResponse; deliveredShareCode: boolean }> {
  const tables = readableTablesOf(session);
  const patch: PatchOp[] = startOver ? [{ op: 'clear' }] : [];
  let deliveredShareCode = false;
  for (const [dossierId, { version }] of current) {
    const since = startOver || !seen ? undefined : seen.get(dossierId)?.version;
    // Nothing can lie above the version the device has and at or below the one read (an idle pull).
    if (since === version) continue;
    let query = db
      .selectFrom('row')
      .select(['tbl', 'key', 'value', 'deleted', 'version'])
      .where('dossier_id', '=', dossierId)
      .where('tbl', 'in', tables)
      .where('version', '<=', version);
    query = since === undefined ? query.where('deleted', '=', 0) : query.where('version', '>', since);
    const rows = await query.orderBy('version').orderBy('tbl').orderBy('key').execute();
    for (const r of rows) {
      const op = toPatchOp(session, r);
      // A staff device gets only the questions addressed to its role (issue 13).
      if (op.op === 'put' && op.table === 'questions' && !questionReadableBy(actorOf(session), op.value)) continue;
      patch.push(op);
    }
    if (await forgetDeliveredShareCodes(db, dossierId, rows)) deliveredShareCode = true;
  }
  return { response: { cookie: makeSyncCookie(current, staffRole), lastMutationId, patch }, deliveredShareCode };
}

function toPatchOp(session: Session, r: { tbl: string; key: string; value: string | null; deleted: number }): PatchOp {
  const table = r.tbl as TableName;
  if (r.deleted || r.value === null) return { op: 'del', table, id: r.key };
  let value = JSON.parse(r.value) as Record<string, unknown>;
  if (table === 'dossiers' && session.kind === 'helper') value = helperDossierRow(value, session.share.sections);
  return { op: 'put', table, id: r.key, value };
}
