import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/server/db/createDatabase';
import { backends, type TestStorage } from './backends';
import { aFullDossier } from '../support/builders';
import {
  activate,
  importDossier,
  parsePull,
  postgresBinDir,
  pullOver,
  pushOver,
  removeServerBundle,
  sleep,
  startPostgresCluster,
  startServerProcess,
  type PostgresCluster,
} from './processes';

// Faults of the server side, each on the real server process (DEMO off):
// - kill -9 of the server while devices push as fast as they can, on SQLite and PostgreSQL;
// - an immediate PostgreSQL stop (`pg_ctl stop -m immediate`) under the same stream, on a cluster
//   of this test's own (the shared test server is used by other files at the same time).
// Devices behave as the app does: a batch of its waiting changes, from the first one not yet
// acknowledged; an acknowledged change ("applied" or "alreadyProcessed") leaves the outbox.
// What must hold afterwards: every acknowledged mutation is there, none is applied twice (one
// mutation record, one audit entry, one dossier version per mutation id), and pushing continues
// without a gap error.

const DEVICES = 3;
const KILLS = 2;
const STOPS = 2;

/** Mutation n of device d: mostly a new question, every third one a checklist change. */
function mutationOf(device: number, n: number) {
  if (n % 3 === 0) return { id: n, name: 'checklist.setStatus', args: { itemId: 'k2', status: n % 2 ? 'done' : 'todo' } };
  const id = `00000000-0000-4000-8000-${device.toString(16).padStart(4, '0')}${n.toString(16).padStart(8, '0')}`;
  return { id: n, name: 'question.ask', args: { id, contactRole: 'consulent-inburgering', text: `Vraag ${n}` } };
}

const questionsUpTo = (n: number) => n - Math.floor(n / 3);

class PushingDevice {
  /** The highest mutation id the server acknowledged: the outbox holds everything after it. */
  acked = 0;
  /** Answers that must never come: a gap, a refusal, a 4xx. */
  readonly faults: string[] = [];
  serverErrors = 0;
  requests = 0;

  constructor(
    readonly no: number,
    readonly dossierId: string,
    readonly initialVersion: number,
    readonly cookie: string,
    readonly clientId = `crash-client-${no}-${Math.random().toString(36).slice(2, 10)}`,
  ) {}

  /**
   * Pushes batches of 1–6 waiting mutations until `done()`. A failed connection ends the stream
   * when `onNetworkError` is 'end' (the server was killed); a 5xx is retried after a short pause.
   */
  async stream(origin: () => string, done: () => boolean, onNetworkError: 'end' | 'retry'): Promise<void> {
    while (!done() && this.faults.length === 0) {
      const size = 1 + Math.floor(Math.random() * 6);
      const batch = Array.from({ length: size }, (_, i) => mutationOf(this.no, this.acked + 1 + i));
      let answer;
      this.requests++;
      try {
        answer = await pushOver(origin(), this.cookie, this.clientId, batch);
      } catch (error) {
        if (onNetworkError === 'end') return;
        this.faults.push(`push failed without an answer: ${String(error)}`);
        return;
      }
      if (answer.status >= 500) {
        this.serverErrors++;
        await sleep(50);
        continue;
      }
      if (answer.status !== 200) {
        this.faults.push(`push answered ${answer.status}: ${JSON.stringify(answer.body)}`);
        return;
      }
      const { results } = answer.body as { results: { id: number; status: string }[] };
      for (const result of results) {
        if (result.status === 'rejected' || result.id > this.acked + 1) {
          this.faults.push(`unexpected result ${JSON.stringify(result)} after ${this.acked}`);
          return;
        }
        this.acked = Math.max(this.acked, result.id);
      }
    }
  }
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

async function setUpDevices(origin: string): Promise<PushingDevice[]> {
  const devices: PushingDevice[] = [];
  for (let no = 1; no <= DEVICES; no++) {
    const dossier = aFullDossier();
    const version = await importDossier(origin, dossier);
    devices.push(new PushingDevice(no, dossier.id, version, await activate(origin, dossier.id)));
  }
  return devices;
}

async function lastMutationIdOf(origin: string, device: PushingDevice): Promise<number> {
  return parsePull(await pullOver(origin, device.cookie, device.clientId, null)).lastMutationId;
}

/** Pushes a few more after the last fault: they must be applied in order, with no gap error. */
async function continueAfterFault(origin: string, devices: PushingDevice[]): Promise<void> {
  const goals = devices.map((d) => d.acked + 10);
  await Promise.all(devices.map((d, i) => d.stream(() => origin, () => d.acked >= (goals[i] as number), 'retry')));
  for (const device of devices) {
    expect(device.faults, `device ${device.no}`).toEqual([]);
    expect(await lastMutationIdOf(origin, device)).toBe(device.acked);
  }
}

/**
 * The end state, from the API and straight from the database: every mutation 1..n of each device
 * exactly once. A mutation applied twice would leave a second audit entry and a second version.
 */
async function expectExactlyOnce(origin: string, env: TestStorage['env'], devices: PushingDevice[]): Promise<void> {
  for (const device of devices) {
    const n = device.acked;
    const pulled = parsePull(await pullOver(origin, device.cookie, device.clientId, null));
    expect(pulled.lastMutationId).toBe(n);
    const puts = pulled.patch.flatMap((op) => (op.op === 'put' ? [op] : []));
    const questions = puts.filter((op) => op.table === 'questions').map((op) => op.value.text);
    expect(questions).toHaveLength(questionsUpTo(n));
    expect(new Set(questions).size).toBe(questionsUpTo(n));
    const lastChecklist = Math.floor(n / 3) * 3;
    const k2 = puts.find((op) => op.table === 'checklist' && op.value.id === 'k2');
    expect(k2?.value.status).toBe(lastChecklist === 0 ? 'todo' : lastChecklist % 2 ? 'done' : 'todo');
  }

  const database = createDatabase({
    databaseUrl: env.DATABASE_URL ?? null,
    dataDir: env.DATA_DIR,
    sqliteFile: path.join(env.DATA_DIR, 'thuis.sqlite'),
  });
  try {
    for (const device of devices) {
      const n = device.acked;
      const records = await database.db
        .selectFrom('mutation')
        .select(['mutation_id', 'status'])
        .where('client_id', '=', device.clientId)
        .orderBy('mutation_id')
        .execute();
      expect(records.map((r) => Number(r.mutation_id))).toEqual(Array.from({ length: n }, (_, i) => i + 1));
      expect(new Set(records.map((r) => r.status))).toEqual(new Set(['applied']));
      const audit = await database.db.selectFrom('audit').select('mutation_id').where('client_id', '=', device.clientId).execute();
      expect(audit).toHaveLength(n);
      expect(new Set(audit.map((a) => Number(a.mutation_id))).size).toBe(n);
      const dossier = await database.db.selectFrom('dossier').select('version').where('id', '=', device.dossierId).executeTakeFirstOrThrow();
      expect(Number(dossier.version)).toBe(device.initialVersion + n);
    }
  } finally {
    await database.close();
  }
}

/** Kills the server `KILLS` times while the devices push, restarting it each time on the same storage. */
async function killDuringPushes(env: TestStorage['env']): Promise<void> {
  let server = await startServerProcess(env);
  try {
    const devices = await setUpDevices(server.origin);
    for (let kill = 1; kill <= KILLS; kill++) {
      const running = server;
      const before = devices.map((d) => d.acked);
      const streams = Promise.all(devices.map((d) => d.stream(() => running.origin, () => false, 'end')));
      // Each device has had something acknowledged in this life of the server; then a random moment.
      await waitFor(() => devices.every((d, i) => d.acked >= (before[i] as number) + 3), 'acknowledged pushes');
      await sleep(Math.random() * 300);
      expect(await running.kill9()).toBe('SIGKILL');
      await streams;
      for (const device of devices) expect(device.faults, `device ${device.no}, kill ${kill}`).toEqual([]);

      server = await startServerProcess(env);
      for (const device of devices) {
        // Everything acknowledged survived; more may have been committed without its answer.
        const last = await lastMutationIdOf(server.origin, device);
        expect(last).toBeGreaterThanOrEqual(device.acked);
        expect(last).toBeLessThanOrEqual(device.acked + 6);
      }
    }
    await continueAfterFault(server.origin, devices);
    await expectExactlyOnce(server.origin, env, devices);
    expect(await server.stop()).toBe(0);
  } finally {
    await server.kill9();
  }
}

/** Stops PostgreSQL at once `STOPS` times while the devices push, and starts it again. */
async function stopPostgresDuringPushes(cluster: PostgresCluster, env: TestStorage['env']): Promise<void> {
  const running = await startServerProcess(env);
  let crashed = false;
  void running.exited.then(() => {
    crashed = true;
  });
  try {
    const devices = await setUpDevices(running.origin);
    for (let stop = 1; stop <= STOPS; stop++) {
      let done = false;
      const before = devices.map((d) => d.acked);
      const streams = Promise.all(devices.map((d) => d.stream(() => running.origin, () => done, 'retry')));
      await waitFor(() => devices.every((d, i) => d.acked >= (before[i] as number) + 3), 'acknowledged pushes');
      await sleep(Math.random() * 300);
      cluster.stopImmediately();

      // Down: a 503 with Retry-After, within a bound (the request's own 10 s timeout), no crash.
      for (const device of devices) {
        const next = [1, 2].map((i) => mutationOf(device.no, device.acked + i));
        const answer = await pushOver(running.origin, device.cookie, device.clientId, next, 10_000).catch((error: unknown) => {
          throw new Error(`no answer while PostgreSQL is down (${String(error)}); server output:\n${running.output()}`);
        });
        expect(answer.status, JSON.stringify(answer.body)).toBe(503);
        expect(answer.headers.get('retry-after')).toBe('5');
        expect(answer.body).toEqual({ error: { code: 'unavailable', message: expect.any(String) } });
        const pulled = await pullOver(running.origin, device.cookie, device.clientId, null, 10_000);
        expect(pulled.status, JSON.stringify(pulled.body)).toBe(503);
      }
      const whileDown = devices.map((d) => d.acked);
      await sleep(1000);
      // Nothing can be acknowledged while the database is gone.
      expect(devices.map((d) => d.acked)).toEqual(whileDown);
      expect(crashed, running.output()).toBe(false);

      cluster.start();
      await waitFor(() => devices.every((d, i) => d.acked >= (whileDown[i] as number) + 3), 'pushes after PostgreSQL is back');
      done = true;
      await streams;
      for (const device of devices) {
        expect(device.faults, `device ${device.no}, stop ${stop}`).toEqual([]);
        expect(device.serverErrors).toBeGreaterThan(0);
      }
    }
    expect(crashed, running.output()).toBe(false);
    await continueAfterFault(running.origin, devices);
    await expectExactlyOnce(running.origin, env, devices);
    expect(await running.stop()).toBe(0);
  } finally {
    await running.kill9();
  }
}

afterAll(removeServerBundle);

// The faults run side by side: most of their time is spent starting server processes.
describe.concurrent('server faults during a stream of pushes', () => {
  it.for(backends)('kill -9 of the server on $name: every acknowledged mutation kept, none applied twice, no gap after', { timeout: 120_000 }, async (backend) => {
    const storage = await backend.create();
    try {
      await killDuringPushes(storage.env);
    } finally {
      await storage.drop();
    }
  });

  // On a PostgreSQL cluster of its own, whenever PostgreSQL can be tested (CI always can).
  if (process.env.DATABASE_URL || postgresBinDir()) {
    it('immediate PostgreSQL stop: 503 while it is down, recovery when it is back, every acknowledged mutation kept once', { timeout: 120_000 }, async () => {
      const cluster = await startPostgresCluster();
      const dataDir = await mkdtemp(path.join(tmpdir(), 'tir-pg-stop-'));
      try {
        await stopPostgresDuringPushes(cluster, { DATA_DIR: dataDir, DATABASE_URL: cluster.url });
      } finally {
        await cluster.destroy();
        await rm(dataDir, { recursive: true, force: true });
      }
    });
  }
});
