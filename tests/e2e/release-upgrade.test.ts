import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aDossier, aLesson } from '../support/builders';
import { AppServer, launchPhone, type Phone } from './harness';
import { NEXT_MIGRATION } from '../server/nextSyncSchema';

// A phone that was offline across a release (issue "Upgrades lose nothing", item 2), in Chromium.
// Today's build (dist/) and a "next" one (built here with VITE_NEXT_RELEASE_FIXTURE=1: sync schema
// one up, one more Dexie version with an upgrade) are served in turn by the same server data. An
// inburgeraar's phone and a staff device (sealed vault, access code) make changes offline; the
// server is upgraded (one extra migration, speaking only the next sync schema) and restarted; the
// phones come online, get 409 'schema-version', update their service worker, reload, and deliver
// every change exactly once. Their rows, the access code and the vault survive the upgrade.
// One browser: the two devices are two origins (localhost and 127.0.0.1), so they share nothing.

const ROOT = path.resolve(import.meta.dirname, '../..');
const AMAL = 'rw-e2e-release-0001';
const STAFF = 'e2e-release-begeleider';
const PIN = 'fiets regen koffie dinsdag';

function tomorrowAt(hour: number): string {
  const d = new Date(Date.now() + 86_400_000);
  d.setUTCHours(hour - 1, 0, 0, 0);
  return d.toISOString();
}

/** Builds the "next" release's app into `outDir` (the test runs under the suite's heavy-job lock). */
function buildNextApp(outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(ROOT, 'node_modules/.bin/vite'), ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: ROOT,
      env: { ...process.env, VITE_NEXT_RELEASE_FIXTURE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (${code}):\n${output}`))));
  });
}

interface SyncCall {
  origin: string;
  path: string;
  schemaVersion: number;
  status: number;
}

/** Every sync request of the browser, with the schema version it was written in and the answer's status. */
function recordSyncCalls(phone: Phone): SyncCall[] {
  const calls: SyncCall[] = [];
  phone.context.on('requestfinished', (request) => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith('/api/sync/')) return;
    const body = request.postDataJSON() as { schemaVersion: number } | null;
    void request.response().then((response) => {
      if (response && body) calls.push({ origin: url.origin, path: url.pathname, schemaVersion: body.schemaVersion, status: response.status() });
    });
  });
  return calls;
}

/** The Dexie device database's version and the fixture upgrade's note, read from IndexedDB directly. */
function deviceDatabase(page: Page): Promise<{ version: number; upgrade: unknown }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('thuis');
        open.onerror = () => reject(new Error('cannot open'));
        open.onsuccess = () => {
          const idb = open.result;
          const request = idb.transaction('meta').objectStore('meta').get('nextReleaseUpgrade');
          request.onsuccess = () => {
            resolve({ version: idb.version, upgrade: (request.result as { value?: unknown } | undefined)?.value ?? null });
            idb.close();
          };
        };
      }),
  );
}

function onServer(server: AppServer) {
  const db = new Database(server.sqliteFile, { readonly: true, fileMustExist: true });
  try {
    return {
      mutations: db.prepare('select client_id as clientId, mutation_id as id, name, status from mutation order by client_id, mutation_id').all() as {
        clientId: string;
        id: number;
        name: string;
        status: string;
      }[],
      audit: db.prepare("select action, count(*) as n from audit where action in ('appointment.setAttendance', 'checklist.setStatus') group by action order by action").all(),
      migrations: (db.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((r) => r.name),
    };
  } finally {
    db.close();
  }
}

describe('a phone offline across a release', () => {
  const server = new AppServer();
  const nextDist = mkdtempSync(path.join(tmpdir(), 'tir-next-release-'));
  let phone: Phone;
  let calls: SyncCall[];
  let own: Page;
  let staff: Page;

  beforeAll(async () => {
    await Promise.all([buildNextApp(nextDist), server.start()]);
    await server.importDossier(
      aDossier({ id: AMAL, firstName: 'Amal', appointments: [aLesson('les-1', tomorrowAt(9), { title: 'Nederlandse les bij Sagenn' })] }),
    );
    const put = await server.admin('PUT', `/api/admin/staff/${STAFF}`, { name: 'Youssef', role: 'begeleider', gemeente: 'rijswijk', dossiers: [AMAL] });
    expect(put.ok).toBe(true);
    phone = await launchPhone(server.origin);
    calls = recordSyncCalls(phone);
    own = phone.context.pages()[0] ?? (await phone.context.newPage());
    staff = await phone.context.newPage();
  }, 300_000);

  afterAll(async () => {
    await phone?.close();
    await server.dispose();
    rmSync(nextDist, { recursive: true, force: true });
  });

  it('on the old release: an inburgeraar’s phone and a staff device are set up, each under its service worker', async () => {
    await own.goto(await server.activationUrl(AMAL));
    await own.getByRole('heading', { name: 'Hallo Amal!' }).waitFor();
    await own.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await own.reload();
    await own.getByText('Nederlandse les bij Sagenn').waitFor();
    expect(await own.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    const code = await server.admin('POST', `/api/admin/staff/${STAFF}/activation-codes`);
    const { hash } = new URL(((await code.json()) as { url: string }).url);
    await staff.goto(`http://127.0.0.1:${server.port}/activate${hash}`);
    await staff.getByRole('heading', { name: 'Beveilig deze telefoon' }).waitFor();
    await staff.getByLabel('Nieuwe toegangscode (minstens 12 tekens)').fill(PIN);
    await staff.getByLabel('Typ de toegangscode nog een keer').fill(PIN);
    await staff.getByRole('button', { name: 'Toegangscode instellen' }).click();
    await staff.getByRole('link', { name: /Amal/ }).click();
    await staff.getByRole('heading', { name: 'Huisbezoek bij Amal' }).waitFor();
    await staff.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await staff.reload();
    await staff.getByLabel('Toegangscode', { exact: true }).fill(PIN);
    await staff.getByRole('button', { name: 'Openen', exact: true }).click();
    await staff.getByRole('heading', { name: 'Huisbezoek bij Amal' }).waitFor();
    expect(await staff.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  });

  it('offline, both make a change that waits', async () => {
    await server.kill();
    await phone.context.setOffline(true);

    await own.getByRole('link', { name: 'Bekijk je agenda' }).click();
    const lesson = own.getByRole('article', { name: 'Nederlandse les bij Sagenn' });
    await lesson.getByRole('button', { name: 'Ik kan niet komen' }).click();
    await lesson.getByRole('radio', { name: 'Mijn kind is ziek' }).check();
    await lesson.getByRole('button', { name: 'Doorgeven' }).click();
    await own.getByText('1 wijziging wacht op internet').waitFor();

    const item = staff.getByRole('article', { name: 'Huisarts' });
    await item.getByRole('button', { name: 'Klaar' }).click();
    await item.getByText('Wacht op internet').waitFor();
  });

  it(
    'the server is upgraded; online again, both phones update themselves and deliver every change exactly once',
    { timeout: 240_000 },
    async () => {
      await server.start({ STATIC_DIR: nextDist }, 'tests/e2e/nextReleaseServer.ts');
      const before = calls.length;
      await phone.context.setOffline(false);

      // The inburgeraar's phone: 409, the new service worker, a reload, and its change is sent.
      await own.getByRole('article', { name: 'Nederlandse les bij Sagenn' }).getByText('Doorgegeven').waitFor({ timeout: 120_000 });
      await own.getByText('1 wijziging wacht op internet').waitFor({ state: 'detached' });

      // The staff device reloaded into the new version: locked, its access code still opens the vault.
      await staff.getByRole('heading', { name: 'De app is op slot' }).waitFor({ timeout: 120_000 });
      await staff.getByLabel('Toegangscode', { exact: true }).fill(PIN);
      await staff.getByRole('button', { name: 'Openen', exact: true }).click();
      await staff.getByText('Alles is verstuurd').waitFor({ timeout: 60_000 });

      const after = calls.slice(before);
      for (const origin of [server.origin, `http://127.0.0.1:${server.port}`]) {
        const mine = after.filter((c) => c.origin === origin);
        // The old app was told to update (nothing stored), and the new one synced.
        expect(mine.filter((c) => c.schemaVersion === 1).every((c) => c.status === 409)).toBe(true);
        expect(mine.some((c) => c.schemaVersion === 1)).toBe(true);
        expect(mine.some((c) => c.schemaVersion === 2 && c.path === '/api/sync/push' && c.status === 200)).toBe(true);
      }
    },
  );

  it('kept the rows, the outbox through the Dexie upgrade, and the vault; nothing doubled after more syncs', async () => {
    // The new Dexie version (db.ts: the fixture's version 4, which IndexedDB holds as 40) ran its
    // upgrade over the waiting change (the staff device's waits in its vault).
    expect(await deviceDatabase(own)).toEqual({ version: 50, upgrade: { outbox: 1 } });
    expect(await deviceDatabase(staff)).toEqual({ version: 50, upgrade: { outbox: 0 } });

    await own.reload();
    await own.getByRole('article', { name: 'Nederlandse les bij Sagenn' }).getByText('Doorgegeven').waitFor();
    await staff.reload();
    await staff.getByLabel('Toegangscode', { exact: true }).fill(PIN);
    await staff.getByRole('button', { name: 'Openen', exact: true }).click();
    await staff.getByRole('heading', { name: 'Huisbezoek bij Amal' }).waitFor();
    expect(await staff.getByRole('article', { name: 'Huisarts' }).getByRole('button', { name: 'Klaar' }).getAttribute('aria-pressed')).toBe('true');
    await staff.getByText('Alles is verstuurd').waitFor();

    const state = onServer(server);
    expect(state.migrations.at(-1)).toBe(NEXT_MIGRATION);
    expect(state.mutations).toHaveLength(2);
    expect(state.mutations.map(({ id, name, status }) => ({ id, name, status })).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { id: 1, name: 'appointment.setAttendance', status: 'applied' },
      { id: 1, name: 'checklist.setStatus', status: 'applied' },
    ]);
    expect(new Set(state.mutations.map((m) => m.clientId)).size).toBe(2);
    expect(state.audit).toEqual([
      { action: 'appointment.setAttendance', n: 1 },
      { action: 'checklist.setStatus', n: 1 },
    ]);
  });

  it('made no request to any other host (the staff device\'s own origin aside)', () => {
    expect(phone.foreignRequests.filter((url) => !url.startsWith(`http://127.0.0.1:${server.port}/`))).toEqual([]);
  });
});
