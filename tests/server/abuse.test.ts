import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditResponseSchema } from '../../src/domain/adminApi';
import { SCHEMA_VERSION } from '../../src/domain/sync';
import { productionLogger } from '../../src/server/app';
import { DatabaseCounterStore, windowEnd } from '../../src/server/http/counters';
import { DeviceRateCounts } from '../../src/server/http/deviceRateCounts';
import { DEFAULT_ABUSE_LIMITS } from '../../src/server/http/rateLimits';
import { CODE_ALPHABET } from '../../src/server/store/secrets';
import { backends } from './backends';
import { aFullDossier, aShare } from '../support/builders';
import { activateWith, inburgeraarDevice, share } from './devices';
import { activateDevice, admin, expectErrorBody, newCode, push, pushRaw, putDossier, serverFor, serverWithDossier, startServer, type TestServer } from './harness';

// Abuse of the public API (docs/threat-model.md): guessing activation codes without closing
// activation for everyone, devices filling the disk or hiding their tracks in the audit trail,
// personal data in the audit or the logs, files readable by others, and counters that n
// instances would otherwise multiply.

const randomCode = (length: number) =>
  Array.from({ length }, () => CODE_ALPHABET[Math.floor(Math.random() * CODE_ALPHABET.length)]).join('');

class LogLines {
  readonly lines: string[] = [];
  write(line: string): void {
    this.lines.push(line);
  }
  get text(): string {
    return this.lines.join('');
  }
}

describe.each(backends)('activation under a guessing attack on $name', (backend) => {
  let server: TestServer;
  let dossierId: string;
  const logs = new LogLines();
  // Production limits: 10 attempts a minute per address, the default failure budgets.
  serverWithDossier(
    backend,
    (s, d) => {
      server = s;
      dossierId = d;
    },
    {
      app: { activateRateLimit: { max: 10, timeWindow: 60_000 }, abuseLimits: DEFAULT_ABUSE_LIMITS, logger: productionLogger(logs) },
    },
  );

  it('1,000 wrong codes from 100 addresses do not stop a right code on its first try; they raise an alarm', { timeout: 60_000 }, async () => {
    const during = await newCode(server.app, dossierId);
    const attack: Promise<number>[] = [];
    let legitDuring: Promise<number> | undefined;
    for (let a = 0; a < 100; a++) {
      const remoteAddress = `203.0.113.${a + 1}`;
      for (let i = 0; i < 10; i++) {
        // Half in the old 10-symbol form, half in the new 16-symbol one.
        const code = randomCode(i % 2 === 0 ? 10 : 16);
        attack.push(server.app.inject({ method: 'POST', url: '/api/activate', payload: { code }, remoteAddress }).then((r) => r.statusCode));
      }
      // Halfway through, someone at the desk types the code they were just given.
      if (a === 50) {
        legitDuring = server.app.inject({ method: 'POST', url: '/api/activate', payload: { code: during }, remoteAddress: '192.0.2.9' }).then((r) => r.statusCode);
      }
    }
    const statuses = await Promise.all(attack);
    expect(statuses.filter((s) => s === 400).length).toBeGreaterThanOrEqual(990);
    expect(await legitDuring).toBe(200);

    // And after the alarm: a new code works on its first try too.
    const code = await newCode(server.app, dossierId);
    expect(code.replaceAll('-', '')).toHaveLength(16);
    const legit = await server.app.inject({ method: 'POST', url: '/api/activate', payload: { code }, remoteAddress: '192.0.2.10' });
    expect(legit.statusCode, legit.body).toBe(200);

    expect(logs.text).toContain('"limit":"activation-all"');
    // No code in the logs.
    expect(logs.text).not.toContain(code);
  });

  it('100 made-up cookies from an AZC\'s address lock out the made-up ones, not the phones with a live session there', async () => {
    const azc = '192.0.2.50';
    const phone = await activateDevice(server.app, dossierId);
    const body = { schemaVersion: SCHEMA_VERSION, clientId: `client-${randomUUID()}`, cookie: null };
    const pullWith = (cookie: string) => server.app.inject({ method: 'POST', url: '/api/sync/pull', headers: { cookie }, payload: body, remoteAddress: azc });
    for (let i = 0; i < DEFAULT_ABUSE_LIMITS.authFailures.max; i++) expect((await pullWith(`tir_session=made-up-${i}`)).statusCode).toBe(401);
    expectErrorBody(await pullWith('tir_session=made-up-more'), 429, 'rate-limited');
    expect((await pullWith(phone)).statusCode).toBe(200);
    // A phone that lost its cookie can still activate from there.
    const code = await newCode(server.app, dossierId);
    expect((await server.app.inject({ method: 'POST', url: '/api/activate', payload: { code }, remoteAddress: azc })).statusCode).toBe(200);
  });

  it('closes only the old 10-symbol codes for everyone once their own budget is spent', async () => {
    // The attack above sent 500 ten-symbol guesses; 500 more from other addresses reach the 1,000.
    for (let a = 0; a < 50; a++) {
      const remoteAddress = `198.51.100.${a + 1}`;
      await Promise.all(
        Array.from({ length: 10 }, () => server.app.inject({ method: 'POST', url: '/api/activate', payload: { code: randomCode(10) }, remoteAddress })),
      );
    }
    const legacy = await server.app.inject({ method: 'POST', url: '/api/activate', payload: { code: randomCode(10) }, remoteAddress: '192.0.2.11' });
    expectErrorBody(legacy, 429, 'rate-limited');
    const code = await newCode(server.app, dossierId);
    expect((await server.app.inject({ method: 'POST', url: '/api/activate', payload: { code }, remoteAddress: '192.0.2.12' })).statusCode).toBe(200);
  });
});

async function auditPage(app: FastifyInstance, dossierId: string, query: string) {
  const response = await app.inject({ method: 'GET', url: `/api/admin/dossiers/${dossierId}/audit${query}`, headers: admin });
  expect(response.statusCode, response.body).toBe(200);
  return auditResponseSchema.parse(response.json());
}

describe.each(backends)('what a device leaves on the server, on $name', (backend) => {
  let server: TestServer;
  let dossierId: string;
  const logs = new LogLines();
  serverWithDossier(
    backend,
    (s, d) => {
      server = s;
      dossierId = d;
    },
    { app: { pushBytesPerDay: 64 * 1024, logger: productionLogger(logs) } },
  );

  it('keeps no arguments of a refused change, records unknown names as `unknown`, and merges repeated refusals', async () => {
    const device = await activateDevice(server.app, dossierId);
    const clientId = `client-${randomUUID()}`;
    const secret = 'Naam van mijn broer in Asmara';
    const refused = Array.from({ length: 20 }, (_, i) => ({ id: i + 1, name: 'visit.addNote', args: { id: randomUUID(), dossierId, text: secret } }));
    const { results } = await push(server.app, device, refused, clientId);
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    const unknown = await push(server.app, device, [{ id: 21, name: `Amal ${secret}`, args: { text: secret } }], clientId);
    expect(unknown.results[0]?.status).toBe('rejected');

    const records = await server.db.selectFrom('mutation').selectAll().where('client_id', '=', clientId).orderBy('mutation_id').execute();
    expect(records.map((r) => [r.mutation_id, r.name, r.args, r.status])).toEqual([
      [20, 'visit.addNote', 'null', 'rejected'],
      [21, 'unknown', 'null', 'rejected'],
    ]);
    expect(JSON.stringify(records)).not.toContain(secret);

    const { entries } = await auditPage(server.app, dossierId, '');
    const mine = entries.filter((e) => e.sessionId && e.action !== 'device.activate' && e.mutationId !== undefined);
    expect(mine.map((e) => [e.action, e.status, e.mutationId, e.detail])).toEqual([
      ['visit.addNote', 'rejected', 20, { firstMutationId: 1, repeated: 20 }],
      ['unknown', 'rejected', 21, undefined],
    ]);
    expect(JSON.stringify(entries)).not.toContain(secret);
  });

  it('a read-only taalmaatje phone that keeps pushing leaves one merged record, and the real entry stays in view', async () => {
    const own = (await putDossier(server.app, aFullDossier())).id;
    const inburgeraar = await inburgeraarDevice(server.app, own);
    const helper = await activateWith(server.app, await share(inburgeraar, aShare()));
    const text = 'y'.repeat(2000);
    // Within this suite's 64 KiB budget (each refusal is charged ~256 bytes, merged or not).
    for (let batch = 0; batch < 3; batch++) {
      const mutations = Array.from({ length: 60 }, (_, i) => ({
        id: batch * 60 + i + 1,
        name: 'question.ask',
        args: { id: randomUUID(), contactRole: 'consulent-inburgering', text },
      }));
      const { results } = await push(server.app, helper.cookie, mutations, helper.clientId);
      expect(results.every((r) => r.status === 'rejected' && r.error?.code === 'read-only')).toBe(true);
    }
    const records = await server.db.selectFrom('mutation').selectAll().where('client_id', '=', helper.clientId).execute();
    expect(records.map((r) => [r.mutation_id, r.args])).toEqual([[180, 'null']]);
    const { entries, truncated } = await auditPage(server.app, own, '');
    expect(truncated).toBe(false);
    const refusals = entries.filter((e) => e.actor === 'helper' && e.status === 'rejected');
    expect(refusals).toEqual([expect.objectContaining({ action: 'question.ask', errorCode: 'read-only', mutationId: 180, detail: { firstMutationId: 1, repeated: 180 } })]);
    expect(entries.filter((e) => e.action === 'share.create' && e.status === 'applied')).toHaveLength(1);
  });

  it('stops a device past its byte budget for the day, and its pulls go on', async () => {
    const device = await activateDevice(server.app, dossierId);
    const clientId = `client-${randomUUID()}`;
    const text = 'x'.repeat(1000);
    let nextId = 1;
    let limited = null;
    for (let round = 0; round < 20 && !limited; round++) {
      const mutations = Array.from({ length: 10 }, () => ({
        id: nextId++,
        name: 'question.ask',
        args: { id: randomUUID(), contactRole: 'consulent-inburgering', text },
      }));
      const response = await pushRaw(server.app, device, { schemaVersion: SCHEMA_VERSION, clientId, mutations });
      if (response.statusCode === 429) limited = response;
      else expect(response.statusCode, response.body).toBe(200);
    }
    expect(limited).not.toBeNull();
    if (limited) expectErrorBody(limited, 429, 'rate-limited');
    expect(Number(limited?.headers['retry-after'])).toBeGreaterThan(0);
    // About 64 KiB got in, not more than one push over.
    const stored = await server.db.selectFrom('mutation').select((eb) => eb.fn.countAll<number>().as('n')).where('client_id', '=', clientId).executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBeLessThanOrEqual(80);
    const pulled = await server.app.inject({ method: 'POST', url: '/api/sync/pull', headers: { cookie: device }, payload: { schemaVersion: SCHEMA_VERSION, clientId, cookie: null } });
    expect(pulled.statusCode).toBe(200);
    // Another device of the same dossier has its own budget.
    const other = await activateDevice(server.app, dossierId);
    await push(server.app, other, [{ id: 1, name: 'question.ask', args: { id: randomUUID(), contactRole: 'consulent-inburgering', text: 'Hoi' } }], `client-${randomUUID()}`);
  });

  it('pages the audit trail with a cursor, so the one real entry among thousands stays in view', async () => {
    const own = (await putDossier(server.app, aFullDossier())).id;
    const device = await activateDevice(server.app, own);
    const clientId = `client-${randomUUID()}`;
    // Refusals that alternate between two names cannot be merged: each is an entry.
    for (let batch = 0; batch < 3; batch++) {
      const mutations = Array.from({ length: 100 }, (_, i) => {
        const id = batch * 100 + i + 1;
        return { id, name: id % 2 ? 'visit.addNote' : 'step.update', args: {} };
      });
      await push(server.app, device, mutations, clientId);
    }
    const lastEntry = await server.app.inject({ method: 'POST', url: `/api/admin/dossiers/${own}/activation-codes`, headers: admin });
    expect(lastEntry.statusCode).toBe(201);

    const paged: unknown[] = [];
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    for (;;) {
      const page = await auditPage(server.app, own, `?limit=70${cursor ? `&after=${cursor}` : ''}`);
      pages++;
      paged.push(...page.entries);
      seen.push(...page.entries.map((e) => `${e.action}:${e.mutationId ?? ''}`));
      expect(page.truncated).toBe(page.nextCursor !== undefined);
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(pages).toBeGreaterThan(4);
    expect(new Set(seen.filter((s) => s.includes(':') && !s.endsWith(':'))).size).toBe(300);
    expect(seen.filter((s) => s.startsWith('visit.addNote') || s.startsWith('step.update'))).toHaveLength(300);
    expect(seen.at(-1)).toBe('activation-code.create:');
    expect(seen[0]).toBe('dossier.import:');

    // Without a query the answer is as before; a cursor that is not ours is a 400.
    const legacy = await auditPage(server.app, own, '');
    expect(legacy.truncated).toBe(false);
    expect(legacy.nextCursor).toBeUndefined();
    // Every entry once, in the same order as the whole trail.
    expect(paged).toEqual(legacy.entries);
    const bad = await server.app.inject({ method: 'GET', url: `/api/admin/dossiers/${own}/audit?after=bm9wZQ`, headers: admin });
    expectErrorBody(bad, 400, 'invalid-query');
  });

  it('never logs a calendar-feed token, also not in an encoded path', async () => {
    const token = 'A'.repeat(20) + randomUUID().replaceAll('-', '');
    for (const url of [`/api/calendar/${token}.ics`, `/api/%63alendar/${token}.ics`, `/api/calendar%2F${token}.ics`, `/api/%2563alendar/${token}.ics`, `//api/calendar/${token}.ics?x=1`]) {
      await server.app.inject({ method: 'GET', url });
    }
    expect(logs.text).toContain('/api/calendar/…ics');
    expect(logs.text).not.toContain(token);
  });
});

describe.each(backends)('counters in the database on $name', (backend) => {
  let server: TestServer;
  serverFor(backend, (s) => {
    server = s;
  });

  it('shares sync request counts in batches: every request counted, one instance exact at once, another within a flush', async () => {
    const store = new DatabaseCounterStore(server.db);
    const errors: unknown[] = [];
    const first = new DeviceRateCounts(store, (e) => errors.push(e), 60_000);
    const second = new DeviceRateCounts(store, (e) => errors.push(e), 60_000);
    // The middle of a window, so no window ends while the test runs.
    const now = windowEnd(60_000, Date.now()) - 30_000;
    // One instance counts its own requests exactly, before any flush.
    expect([1, 2, 3].map(() => first.increment('rate:POST /api/sync/pull', 's:device', 60_000, now).count)).toEqual([1, 2, 3]);
    expect(first.increment('rate:POST /api/sync/pull', 's:other', 60_000, now).count).toBe(1);
    await first.flush(now);
    // The other instance knows the device's count after its own next flush.
    second.increment('rate:POST /api/sync/pull', 's:device', 60_000, now);
    await second.flush(now);
    expect(second.increment('rate:POST /api/sync/pull', 's:device', 60_000, now).count).toBe(5);
    await Promise.all([first.flush(now), second.flush(now)]);
    const rows = await server.db.selectFrom('rate_counter').select(['key', 'count']).where('scope', '=', 'rate:POST /api/sync/pull').execute();
    expect(rows.map((r) => Number(r.count)).sort()).toEqual([1, 5]);
    expect(rows.map((r) => r.key).sort()).toEqual([store.keyOf('s:device'), store.keyOf('s:other')].sort());
    // A new window starts again at 1.
    expect(first.increment('rate:POST /api/sync/pull', 's:device', 60_000, now + 60_000).count).toBe(1);
    await Promise.all([first.close(), second.close()]);
    expect(errors).toEqual([]);
    await server.db.deleteFrom('rate_counter').where('scope', '=', 'rate:POST /api/sync/pull').execute();
  });

  it('shares a flood of device counts in statements PostgreSQL takes, and keeps a bounded number in memory', async () => {
    const store = new DatabaseCounterStore(server.db);
    const errors: unknown[] = [];
    const counts = new DeviceRateCounts(store, (e) => errors.push(e), 60_000, 2000);
    const now = windowEnd(60_000, Date.now()) - 30_000;
    for (let i = 0; i < 2500; i++) counts.increment('rate:POST /api/sync/pull', `s:made-up-${i}`, 60_000, now);
    await counts.flush(now);
    await counts.close();
    expect(errors).toEqual([]);
    // The 500 oldest were forgotten to keep 2,000 in memory; the rest went out in two statements.
    const stored = await server.db.selectFrom('rate_counter').select((eb) => eb.fn.countAll<string>().as('n')).where('scope', '=', 'rate:POST /api/sync/pull').executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(2000);
    await server.db.deleteFrom('rate_counter').where('scope', '=', 'rate:POST /api/sync/pull').execute();
  });

  it('counts atomically per window and deletes ended windows, so the table cannot grow without bound', async () => {
    const store = new DatabaseCounterStore(server.db);
    const now = Date.now();
    const counts = await Promise.all(Array.from({ length: 20 }, () => store.increment('test', '203.0.113.5', 60_000, 1, now)));
    expect(counts.map((c) => c.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    // The next window starts again at 1.
    expect((await store.increment('test', '203.0.113.5', 60_000, 1, now + 60_000)).count).toBe(1);
    for (let i = 0; i < 50; i++) await store.increment('test', `address-${i}`, 60_000, 1, now);
    const rows = await server.db.selectFrom('rate_counter').selectAll().where('scope', '=', 'test').execute();
    expect(rows).toHaveLength(51);
    // Keys are stored hashed: no address in the table.
    expect(JSON.stringify(rows)).not.toContain('203.0.113.5');
    // Swept a few minutes ahead, in this scope only: other test files count in the same database
    // at the same time, and a sweep of every scope ended their live windows (a flaky 429 elsewhere).
    expect(await store.sweep(now + 60_000, 'test')).toBe(50);
    expect(await store.sweep(now + 180_000, 'test')).toBe(1);
    expect(await server.db.selectFrom('rate_counter').selectAll().where('scope', '=', 'test').execute()).toEqual([]);
    if (backend.name === 'postgres') {
      // Unlogged: a count costs no WAL write; a crash only resets the windows.
      const { rows } = await sql<{ relpersistence: string }>`select relpersistence from pg_class where relname = 'rate_counter'`.execute(server.db);
      expect(rows).toEqual([{ relpersistence: 'u' }]);
    }
  });

});

describe('the SQLite files', () => {
  it('are owner-only: the database, its WAL and its shared-memory file', async () => {
    const sqlite = backends.find((b) => b.name === 'sqlite');
    if (!sqlite) throw new Error('no SQLite backend');
    const server = await startServer(sqlite);
    try {
      const file = server.config.sqliteFile;
      const modes = await Promise.all([file, `${file}-wal`, `${file}-shm`].map(async (f) => [path.basename(f), (await stat(f)).mode & 0o777]));
      expect(modes).toEqual([
        ['thuis.sqlite', 0o600],
        ['thuis.sqlite-wal', 0o600],
        ['thuis.sqlite-shm', 0o600],
      ]);
    } finally {
      await server.close();
    }
  });
});

// Only with DATABASE_URL: SQLite is one instance, and its counters stay in memory.
const postgresBackend = backends.find((b) => b.name === 'postgres');
if (postgresBackend) describe('two instances on one PostgreSQL database', () => {
  let first: TestServer;
  let second: FastifyInstance;
  beforeAll(async () => {
    first = await startServer(postgresBackend, { app: { activateRateLimit: { max: 4, timeWindow: 60_000 }, abuseLimits: { authFailures: { max: 3, windowMs: 60_000 } } } });
    const { buildApp } = await import('../../src/server/app');
    second = await buildApp({
      db: first.db,
      dialect: 'postgres',
      config: first.config,
      logger: false,
      activateRateLimit: { max: 4, timeWindow: 60_000 },
      abuseLimits: { ...DEFAULT_ABUSE_LIMITS, authFailures: { max: 3, windowMs: 60_000 } },
    });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('share one budget per address instead of one each', async () => {
    const remoteAddress = '203.0.113.200';
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const app = i % 2 ? second : first.app;
      statuses.push((await app.inject({ method: 'POST', url: '/api/activate', payload: { code: randomCode(16) }, remoteAddress })).statusCode);
    }
    expect(statuses).toEqual([400, 400, 400, 400, 429, 429]);
  });

  it('learn a lockout set by the other instance within about a second', async () => {
    const remoteAddress = '203.0.113.201';
    const pullBody = { schemaVersion: SCHEMA_VERSION, clientId: 'client-two-instances', cookie: null };
    const made = (app: FastifyInstance, i: number) =>
      app.inject({ method: 'POST', url: '/api/sync/pull', headers: { cookie: `tir_session=made-up-${i}` }, payload: pullBody, remoteAddress });
    for (let i = 0; i < 3; i++) expect((await made(first.app, i)).statusCode).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expectErrorBody(await made(second, 9), 429, 'rate-limited');
  });
});
