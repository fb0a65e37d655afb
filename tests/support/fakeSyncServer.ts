import { applyMutation, MutationError, targetDossier, type MutationTx } from '../../src/domain/mutators';
import type { PatchOp, PullRequest, PushRequest } from '../../src/domain/sync';
import { dossierToRows, type TableName, type TableRows } from '../../src/domain/tables';
import type { DossierImport } from '../../src/domain/dossier';

// An in-memory stand-in for the sync server, for the data layer's unit tests only. It follows the
// sync contract (docs/api.md, "Sync protocol") with the shared mutators; the real server is tested on SQLite and
// PostgreSQL in tests/server, and the two meet in the end-to-end tests.

interface Row { table: TableName; key: string; value: Record<string, unknown>; version: number; deleted: boolean }

export class FakeSyncServer {
  rows = new Map<string, Row>();
  version = 0;
  lastMutationIds = new Map<string, number>();
  applied: { clientId: string; id: number; name: string; status: string }[] = [];
  /** Set to make every request fail like a dead network, or with an HTTP status. */
  failWith: 'network' | number | null = null;
  /** The sync schema versions this server speaks (newest first); null: any (docs/api.md "Sync schema versions"). */
  speaks: number[] | null = null;
  requests: string[] = [];
  /** Public keys registered by a staff device (PUT /api/staff/device-key), and the proofs it sent. */
  deviceKeys: string[] = [];
  proofs: { path: string; proof: string; body: string }[] = [];

  constructor(readonly dossierId: string) {}

  load(dossier: DossierImport): void {
    this.version += 1;
    for (const r of dossierToRows(dossier)) {
      this.rows.set(`${r.table}:${r.key}`, { ...r, version: this.version, deleted: false });
    }
  }

  update(table: TableName, key: string, patch: Record<string, unknown> | null): void {
    const row = this.rows.get(`${table}:${key}`);
    if (!row) throw new Error(`no row ${table}:${key}`);
    this.version += 1;
    row.version = this.version;
    if (patch === null) row.deleted = true;
    else row.value = { ...row.value, ...patch };
  }

  fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const path = String(input);
    if (path === '/api/staff/device-key' && this.failWith === null) {
      this.deviceKeys.push((JSON.parse(String(init?.body)) as { publicKey: string }).publicKey);
      return new Response(null, { status: 204 });
    }
    this.requests.push(path);
    const proof = new Headers(init?.headers).get('x-tir-proof');
    if (proof) this.proofs.push({ path, proof, body: String(init?.body) });
    if (this.failWith === 'network') throw new TypeError('Failed to fetch');
    if (typeof this.failWith === 'number') return json(this.failWith, { error: { code: 'x', message: 'x' } });
    const body = JSON.parse(String(init?.body)) as unknown;
    const { schemaVersion } = body as { schemaVersion?: number };
    if (this.speaks && path.startsWith('/api/sync/') && !this.speaks.includes(schemaVersion ?? -1)) {
      return json(409, { error: { code: 'schema-version', message: 'update the app', schemaVersions: this.speaks } });
    }
    if (path === '/api/sync/pull') return json(200, this.pull(body as PullRequest));
    if (path === '/api/sync/push') return this.push(body as PushRequest);
    return json(404, { error: { code: 'not-found', message: path } });
  };

  private pull(req: PullRequest) {
    const since = typeof req.cookie === 'number' ? req.cookie : null;
    const patch: PatchOp[] = since === null ? [{ op: 'clear' }] : [];
    for (const r of this.rows.values()) {
      if (since !== null && r.version <= since) continue;
      if (r.deleted) {
        if (since !== null) patch.push({ op: 'del', table: r.table, id: r.key });
      } else patch.push({ op: 'put', table: r.table, id: r.key, value: r.value });
    }
    return { cookie: this.version, lastMutationId: this.lastMutationIds.get(req.clientId) ?? 0, patch };
  }

  private async push(req: PushRequest): Promise<Response> {
    const results = [];
    for (const m of req.mutations) {
      const last = this.lastMutationIds.get(req.clientId) ?? 0;
      if (m.id <= last) {
        results.push({ id: m.id, status: 'alreadyProcessed' as const });
        continue;
      }
      if (m.id > last + 1) return json(409, { error: { code: 'mutation-gap', message: `expected ${last + 1}` } });
      const staged = new Map<string, Row>();
      const tx: MutationTx = {
        dossierId: targetDossier(m.args, this.dossierId) ?? this.dossierId,
        now: new Date().toISOString(),
        get: async <T extends TableName>(table: T, key: string) => {
          const row = staged.get(`${table}:${key}`) ?? this.rows.get(`${table}:${key}`);
          return row && !row.deleted ? (row.value as unknown as TableRows[T]) : undefined;
        },
        put: async <T extends TableName>(table: T, key: string, value: TableRows[T]) => {
          staged.set(`${table}:${key}`, { table, key, value: value as Record<string, unknown>, version: 0, deleted: false });
        },
      };
      try {
        await applyMutation(tx, m.name, m.args);
        this.version += 1;
        for (const [k, r] of staged) this.rows.set(k, { ...r, version: this.version });
        results.push({ id: m.id, status: 'applied' as const });
        this.applied.push({ clientId: req.clientId, id: m.id, name: m.name, status: 'applied' });
      } catch (error) {
        if (!(error instanceof MutationError)) throw error;
        results.push({ id: m.id, status: 'rejected' as const, error: { code: error.code, message: error.message } });
        this.applied.push({ clientId: req.clientId, id: m.id, name: m.name, status: 'rejected' });
      }
      this.lastMutationIds.set(req.clientId, m.id);
    }
    return json(200, { results });
  }
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}
