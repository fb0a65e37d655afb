import type { BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DossierImport } from '../../src/domain/dossier';
import { aDossier, aLesson } from '../support/builders';
import { expectAxeClean } from './axe';
import { backends } from '../server/backends';
import { AppServer, goOffline, goOnline, launchPhone, type Phone, type PhoneOptions } from './harness';

// "Nothing is lost" on the phone's side, each fault in a real Chromium: the browser killed in the
// middle of a burst of offline changes, the storage quota running out, two tabs editing at once, a
// network that drops, delays and duplicates requests, and an outbox that waited 30 days. Each ends
// with the server holding every change exactly once. One server (SQLite) for the whole file; every
// part has its own dossier and its own phone. The kill mid-burst and the flaky network also run on
// a server of their own over PostgreSQL when DATABASE_URL is set. What the server holds is read
// through Kysely (src/server/db/createDatabase.ts), the same on both databases.

const DAY = 86_400_000;

function dayAt(days: number, utcHour: number): string {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(utcHour, 0, 0, 0);
  return d.toISOString();
}

function dossier(id: string): DossierImport {
  return aDossier({
    id,
    firstName: 'Amal',
    contacts: [
      { id: 'c1', role: 'consulent-inburgering', name: 'Sanne Verbeek', phone: '+31705550142' },
      { id: 'c2', role: 'maatschappelijk-begeleider', name: 'Youssef El Amrani', phone: '0705550187' },
    ],
    appointments: [
      aLesson('l1', dayAt(1, 8), { title: 'Les op maandag' }),
      aLesson('l2', dayAt(2, 8), { title: 'Les op dinsdag' }),
    ],
    checklist: [
      { id: 'k1', kind: 'huisarts', status: 'todo' },
      { id: 'k2', kind: 'digid', status: 'todo' },
      { id: 'k3', kind: 'bibliotheek', status: 'todo' },
    ],
  });
}

type ChecklistStatus = 'todo' | 'busy' | 'done' | 'not-needed';
const STATUS_NAME: Record<ChecklistStatus, string> = { todo: 'Nog doen', busy: 'Mee bezig', done: 'Klaar', 'not-needed': 'Niet nodig' };

// --- Reading the truth: the phone's IndexedDB and the server's database ------------------------

interface OutboxRow {
  id: number;
  name: string;
  args: Record<string, unknown>;
  createdAt: string;
}

/** Every record of one store of the app's IndexedDB ('thuis'), read without the app's code. */
function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('thuis');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(name, 'readonly').objectStore(name).getAll();
          request.onsuccess = () => {
            resolve(request.result as T[]);
            db.close();
          };
          request.onerror = () => reject(request.error ?? new Error('read failed'));
        };
      }),
    store,
  );
}

const outbox = (page: Page) => readStore<OutboxRow>(page, 'outbox');

interface MetaRow {
  key: string;
  value: unknown;
}

interface ServerMutation {
  client_id: string;
  mutation_id: number;
  name: string;
  args: string;
  status: string;
}

interface ServerState {
  mutations: ServerMutation[];
  checklist: Record<string, ChecklistStatus>;
  questions: string[];
  attendance: Record<string, string>;
}

/** What the server holds for one dossier, read from its database (SQLite or PostgreSQL) through Kysely. */
async function onServer(server: AppServer, dossierId: string): Promise<ServerState> {
  const { db, close } = server.openDatabase();
  try {
    const mutations = await db
      .selectFrom('mutation')
      .select(['client_id', 'mutation_id', 'name', 'args', 'status'])
      .where('dossier_id', '=', dossierId)
      .orderBy('client_id')
      .orderBy('mutation_id')
      .execute();
    const rows = async (tbl: string) =>
      (await db.selectFrom('row').select('value').where('dossier_id', '=', dossierId).where('tbl', '=', tbl).where('deleted', '=', 0).execute()).map(
        (r) => JSON.parse(r.value ?? '{}') as Record<string, string>,
      );
    return {
      mutations,
      checklist: Object.fromEntries((await rows('checklist')).map((r) => [r.id, r.status as ChecklistStatus])),
      questions: (await rows('questions'))
        .map((r) => r.text ?? '')
        .sort(),
      attendance: Object.fromEntries((await rows('attendance')).map((r) => [r.appointmentId, r.attendance])),
    };
  } finally {
    await close();
  }
}

/** Waits until the server holds `count` changes of this dossier (delivery is asynchronous). */
async function delivered(server: AppServer, dossierId: string, count: number): Promise<void> {
  await expect.poll(async () => (await onServer(server, dossierId)).mutations.length, { timeout: 30_000 }).toBe(count);
}

/** Every change the server applied exactly once: no (client, id) twice, and no payload twice under two ids. */
function expectEachOnce(mutations: ServerMutation[], expected: number): void {
  expect(mutations.every((m) => m.status === 'applied'), JSON.stringify(mutations)).toBe(true);
  expect(new Set(mutations.map((m) => `${m.client_id}/${m.mutation_id}`)).size).toBe(mutations.length);
  expect(new Set(mutations.map((m) => `${m.name} ${m.args}`)).size).toBe(mutations.length);
  expect(mutations).toHaveLength(expected);
}

// --- The app, as a person uses it --------------------------------------------------------------

async function visit(page: Page, path: string, heading: string): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Activates by link and reloads once, so that the service worker controls the page. */
async function activate(server: AppServer, page: Page, dossierId: string): Promise<void> {
  await page.goto(await server.activationUrl(dossierId));
  await page.getByRole('heading', { name: 'Hallo Amal!' }).waitFor();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.getByRole('heading', { name: 'Hallo Amal!' }).waitFor();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

const card = (page: Page, name: string) => page.getByRole('article', { name });

/** Sets a checklist item's status on /geregeld (which must be open) and waits until the UI confirms it. */
async function setStatus(page: Page, item: string, status: ChecklistStatus, confirmation: 'Wacht op internet' | 'any' = 'any'): Promise<void> {
  const article = card(page, item);
  await article.getByRole('button', { name: `${item} aanpassen` }).click();
  await article.getByRole('group').getByRole('button', { name: STATUS_NAME[status] }).click();
  await article.locator('.check__status', { hasText: STATUS_NAME[status] }).waitFor();
  if (confirmation === 'any') await article.getByRole('status').waitFor();
  else await article.getByText(confirmation).waitFor();
}

/** Asks a question on /vraag (which must be open) and waits until it is listed under "Mijn vragen". */
async function ask(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Of schrijf je vraag' }).fill(text);
  await page.getByRole('radio', { name: /Youssef El Amrani/ }).check();
  await page.getByRole('button', { name: 'Verstuur' }).click();
  await page.getByRole('region', { name: 'Mijn vragen' }).getByRole('listitem').filter({ hasText: text }).waitFor();
}

const waitingCount = (page: Page) => page.locator('.sync-status__waiting');

/** The status a checklist card shows now. */
async function shownStatus(page: Page, item: string): Promise<string> {
  return (await card(page, item).locator('.check__status').innerText()).trim();
}

/** Small, seedable PRNG (mulberry32): the same seed gives the same faults in the same order. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Tries to write a 10 kB record into the app's database (and removes it again): 'written' or the error's name. */
function probeWrite(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('thuis');
        open.onerror = () => resolve(open.error?.name ?? 'open-failed');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('meta', 'readwrite', { durability: 'strict' });
          tx.objectStore('meta').put({ key: 'quota-probe', value: 'x'.repeat(10_000) });
          tx.onabort = () => {
            db.close();
            resolve(tx.error?.name ?? 'aborted');
          };
          tx.oncomplete = () => {
            const undo = db.transaction('meta', 'readwrite');
            undo.objectStore('meta').delete('quota-probe');
            undo.oncomplete = () => {
              db.close();
              resolve('written');
            };
          };
        };
      }),
  );
}

/**
 * Chromium applies an overridden quota once the origin's IndexedDB is opened anew (after its last
 * connection closed), as after a restart of the app: leave the app until a write is refused.
 */
async function reopenUnderQuota(page: Page, path: string, heading: string): Promise<void> {
  for (let attempt = 1; attempt <= 6; attempt += 1) {
    await page.goto('about:blank');
    await sleep(1_000 * attempt);
    await visit(page, path, heading);
    if ((await probeWrite(page)) === 'QuotaExceededError') return;
  }
  throw new Error('Chromium never applied the storage quota');
}

// --- One server for a describe block, and the phones its parts launch ----------------------------

type Launched = { phone: Phone; context: BrowserContext; page: Page };

interface Rig {
  server: AppServer;
  phones: Phone[];
  phone(options?: PhoneOptions): Promise<Launched>;
  /** A normal restart of the browser on the same profile (the old Phone is done). */
  restart(p: { phone: Phone }, options?: PhoneOptions): Promise<Launched>;
}

/** Starts the server before the block, keeps it running between parts, and cleans up after. */
function rig(server: AppServer): Rig {
  const phones: Phone[] = [];

  async function phone(options: PhoneOptions = {}): Promise<Launched> {
    const p = await launchPhone(server.origin, options);
    phones.push(p);
    return { phone: p, context: p.context, page: p.context.pages()[0] ?? (await p.context.newPage()) };
  }

  async function restart(p: { phone: Phone }, options: PhoneOptions = {}): Promise<Launched> {
    await p.phone.context.close();
    phones.splice(phones.indexOf(p.phone), 1);
    return phone({ ...options, profile: p.phone.profile });
  }

  beforeAll(async () => {
    await server.start();
  });

  afterEach(async () => {
    // Each part leaves the server running for the next, whatever happened in it.
    if (!(await fetch(`${server.origin}/api/health`).catch(() => null))) await server.start();
  });

  afterAll(async () => {
    for (const p of phones) await p.close().catch(() => undefined);
    await server.dispose();
  });

  return { server, phones, phone, restart };
}

// --- The parts that run on both databases ----------------------------------------------------------

const KILL_MID_BURST = 'keeps every change the UI confirmed when the browser is killed mid-burst, and delivers each once';

async function killMidBurst({ server, phones, phone, restart }: Rig): Promise<void> {
  const ID = 'rw-fault-kill';
  await server.importDossier(dossier(ID));
  // Activated some time ago: Chromium writes its cookie jar to disk lazily (within ~30 s, and on a
  // normal exit), so a kill right after activation would also lose the session cookie (the next
  // test covers that case: the phone keeps its changes and asks for a new code).
  const activated = await phone();
  await activate(server, activated.page, ID);
  const first = await restart(activated);
  const { page } = first;
  await page.goto('/');
  await page.getByRole('heading', { name: 'Hallo Amal!' }).waitFor();

  await goOffline(server, first.context, page);
  // A burst of changes, each confirmed by the UI ("waiting") before the next.
  await visit(page, '/geregeld', 'Wat is geregeld');
  await card(page, 'Huisarts').getByRole('button', { name: 'Dit is klaar' }).click();
  await card(page, 'Huisarts').getByText('Wacht op internet').waitFor();
  await setStatus(page, 'DigiD', 'busy', 'Wacht op internet');
  await visit(page, '/vraag', 'Stel een vraag');
  await ask(page, 'Waar haal ik mijn DigiD-brief op?');
  await page.getByRole('region', { name: 'Mijn vragen' }).getByText('Wacht op internet').waitFor();
  await visit(page, '/agenda', 'Mijn agenda');
  const monday = card(page, 'Les op maandag');
  await monday.getByRole('button', { name: 'Ik kom' }).click();
  await monday.getByText('Wacht op internet').waitFor();
  const tuesday = card(page, 'Les op dinsdag');
  await tuesday.getByRole('button', { name: 'Ik kan niet komen' }).click();
  await tuesday.getByRole('radio', { name: 'Mijn kind is ziek' }).check();
  await tuesday.getByRole('button', { name: 'Doorgeven' }).click();
  await tuesday.getByText('Wacht op internet').waitFor();
  // Right after the last confirmation: no goodbye, no flush, no closing of tabs.
  await first.phone.kill();

  phones.splice(phones.indexOf(first.phone), 1);
  const again = await phone({ profile: first.phone.profile, offline: true });
  const page2 = again.page;
  await page2.goto('/');
  await page2.getByRole('heading', { name: 'Hallo Amal!' }).waitFor();
  const kept = await outbox(page2);
  expect(kept.map((m) => m.name)).toEqual([
    'checklist.setStatus',
    'checklist.setStatus',
    'question.ask',
    'appointment.setAttendance',
    'appointment.setAttendance',
  ]);
  expect(kept.map((m) => m.args)).toEqual([
    { itemId: 'k1', status: 'done' },
    { itemId: 'k2', status: 'busy' },
    expect.objectContaining({ contactRole: 'maatschappelijk-begeleider', text: 'Waar haal ik mijn DigiD-brief op?' }),
    { appointmentId: 'l1', attendance: 'coming' },
    { appointmentId: 'l2', attendance: 'not-coming', reason: 'Mijn kind is ziek' },
  ]);
  await waitingCount(page2).getByText('5 wijzigingen wachten op internet').waitFor();
  await visit(page2, '/geregeld', 'Wat is geregeld');
  await card(page2, 'Huisarts').getByText('Wacht op internet').waitFor();
  await card(page2, 'DigiD').getByText('Wacht op internet').waitFor();

  await goOnline(server, again.context);
  await delivered(server, ID, 5);
  await waitingCount(page2).waitFor({ state: 'detached' });
  await card(page2, 'Huisarts').getByText('Wacht op internet').waitFor({ state: 'detached' });
  // Another sync must not apply anything again.
  await page2.reload();
  await card(page2, 'Huisarts').locator('.check__status', { hasText: 'Klaar' }).waitFor();
  expect(await outbox(page2)).toEqual([]);

  const state = await onServer(server, ID);
  expectEachOnce(state.mutations, 5);
  expect(state.checklist).toEqual({ k1: 'done', k2: 'busy', k3: 'todo' });
  expect(state.questions).toEqual(['Waar haal ik mijn DigiD-brief op?']);
  expect(state.attendance).toEqual({ l1: 'coming', l2: 'not-coming' });
}

const SEED = Number(process.env.FAULTS_SEED ?? 20_261_122);
const FLAKY_NETWORK = `delivers every change exactly once over a network that drops, delays and duplicates (seed ${SEED})`;

async function flakyNetwork({ server, phone }: Rig): Promise<void> {
  const ID = 'rw-fault-flaky';
  await server.importDossier(dossier(ID));
  const { context, page } = await phone();
  await activate(server, page, ID);

  const random = seeded(SEED);
  const faults: string[] = [];
  await context.route('**/api/sync/**', async (route: Route) => {
    const r = random();
    const what = route.request().url().split('/').pop() ?? '';
    try {
      if (r < 0.2) {
        faults.push(`${what}:dropped`);
        await route.abort('connectionreset');
      } else if (r < 0.35) {
        // The server gets it and answers; the answer is lost on the way back.
        faults.push(`${what}:answer-lost`);
        await route.fetch();
        await route.abort('connectionreset');
      } else if (r < 0.55) {
        // The same request arrives twice, one after the other or at the same moment.
        const together = random() < 0.5;
        faults.push(`${what}:duplicated${together ? '-together' : ''}`);
        const [first, second] = together ? await Promise.all([route.fetch(), route.fetch()]) : [await route.fetch(), await route.fetch()];
        await route.fulfill({ response: random() < 0.5 ? first : second });
      } else if (r < 0.75) {
        faults.push(`${what}:delayed`);
        await sleep(100 + Math.floor(random() * 700));
        await route.fulfill({ response: await route.fetch() });
      } else {
        faults.push(`${what}:ok`);
        await route.continue();
      }
    } catch {
      await route.abort('connectionreset').catch(() => undefined);
    }
  });

  // Several changes over time, each one starting a sync through the bad network.
  await visit(page, '/geregeld', 'Wat is geregeld');
  await setStatus(page, 'Huisarts', 'done');
  await setStatus(page, 'DigiD', 'busy');
  await setStatus(page, 'Bibliotheek', 'not-needed');
  await visit(page, '/vraag', 'Stel een vraag');
  await ask(page, 'Eerste vraag over de les');
  await ask(page, 'Tweede vraag over de les');
  await visit(page, '/agenda', 'Mijn agenda');
  await card(page, 'Les op maandag').getByRole('button', { name: 'Ik kom' }).click();
  await card(page, 'Les op maandag').getByText(/Wacht op internet|Doorgegeven/).waitFor();
  await visit(page, '/geregeld', 'Wat is geregeld');
  await setStatus(page, 'DigiD', 'done');
  await setStatus(page, 'Bibliotheek', 'busy');

  // The network heals; the phone notices it is online again.
  await context.unroute('**/api/sync/**');
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await delivered(server, ID, 8);
  await waitingCount(page).waitFor({ state: 'detached' });
  expect(await outbox(page)).toEqual([]);
  expect(await readStore(page, 'rejected')).toEqual([]);

  const state = await onServer(server, ID);
  const context_ = `seed ${SEED}: ${faults.join(', ')}`;
  expect(faults.some((f) => f.includes('duplicated')), context_).toBe(true);
  expectEachOnce(state.mutations, 8);
  expect(state.checklist, context_).toEqual({ k1: 'done', k2: 'done', k3: 'busy' });
  expect(state.questions).toEqual(['Eerste vraag over de les', 'Tweede vraag over de les']);
  expect(state.attendance).toEqual({ l1: 'coming' });
  // The phone shows the server's state.
  const local = await readStore<{ id: string; status: string }>(page, 'checklist');
  expect(Object.fromEntries(local.map((k) => [k.id, k.status]))).toEqual(state.checklist);
  for (const [item, key] of [['Huisarts', 'k1'], ['DigiD', 'k2'], ['Bibliotheek', 'k3']] as const) {
    expect(await shownStatus(page, item)).toBe(STATUS_NAME[state.checklist[key] ?? 'todo']);
  }
}

describe('browser faults', () => {
  const parts = rig(new AppServer());
  const { server, phones, phone } = parts;

  it(KILL_MID_BURST, () => killMidBurst(parts));

  /** A phone killed seconds after activation, with two changes waiting, started again on its profile without its cookie. */
  async function killedAfterActivation(ID: string): Promise<{ page2: Page; again: Launched; restoreSecret: string }> {
    await server.importDossier(dossier(ID));
    const first = await phone();
    await activate(server, first.page, ID);
    const { page } = first;
    const restoreSecret = (await readStore<MetaRow>(page, 'meta')).find((m) => m.key === 'restoreSecret')?.value;
    expect(restoreSecret).toEqual(expect.any(String));
    await goOffline(server, first.context, page);
    await page.getByRole('heading', { name: 'Hallo Amal!' }).waitFor();
    await visit(page, '/geregeld', 'Wat is geregeld');
    await card(page, 'Huisarts').getByRole('button', { name: 'Dit is klaar' }).click();
    await card(page, 'Huisarts').getByText('Wacht op internet').waitFor();
    await setStatus(page, 'DigiD', 'busy', 'Wacht op internet');
    // Seconds after activation, before Chromium wrote its cookie jar to disk.
    await first.phone.kill();

    phones.splice(phones.indexOf(first.phone), 1);
    const again = await phone({ profile: first.phone.profile, offline: true });
    // The kill loses the cookie whenever Chromium had not flushed its cookie jar yet (within ~30 s
    // of activation; in our runs it was always gone here). Clearing it as well makes the test not
    // depend on when that flush happened.
    await again.context.clearCookies();
    const page2 = again.page;
    await page2.goto('/');
    await page2.getByRole('heading', { name: 'Hallo Amal!' }).waitFor();
    expect((await outbox(page2)).map((m) => m.args)).toEqual([
      { itemId: 'k1', status: 'done' },
      { itemId: 'k2', status: 'busy' },
    ]);
    return { page2, again, restoreSecret: String(restoreSecret) };
  }

  /** After delivery: nothing applied again by a further sync, and the server's checklist as the phone set it. */
  async function deliveredOnce(page2: Page, ID: string): Promise<void> {
    await delivered(server, ID, 2);
    await waitingCount(page2).waitFor({ state: 'detached' });
    await visit(page2, '/geregeld', 'Wat is geregeld');
    await card(page2, 'DigiD').locator('.check__status', { hasText: 'Mee bezig' }).waitFor();
    await card(page2, 'Huisarts').getByText('Wacht op internet').waitFor({ state: 'detached' });
    expect(await outbox(page2)).toEqual([]);
    const state = await onServer(server, ID);
    expectEachOnce(state.mutations, 2);
    expect(state.checklist).toEqual({ k1: 'done', k2: 'busy', k3: 'todo' });
  }

  it('restores the session of a phone killed seconds after activation, which lost its session cookie, by itself, and delivers its waiting changes once', async () => {
    const ID = 'rw-fault-cookie';
    const { page2, again, restoreSecret } = await killedAfterActivation(ID);

    // Back online: the pull gets 401 'no-session', the restore secret brings a new cookie for the
    // same session, and the waiting changes go through. No new code, no trip to the desk.
    await goOnline(server, again.context);
    await deliveredOnce(page2, ID);
    const bar = page2.locator('.sync-status');
    expect(await bar.getByText('Je telefoon is niet meer aangemeld.', { exact: false }).count()).toBe(0);
    expect(await page2.context().cookies()).toEqual([expect.objectContaining({ name: 'tir_session', httpOnly: true, path: '/api' })]);
    await expectAxeClean(page2);

    // The same session: one device, restored once, and the secret rotated on the phone.
    const devices = await (await server.admin('GET', `/api/admin/dossiers/${ID}/devices`)).json() as { devices: { id: string }[] };
    expect(devices.devices).toHaveLength(1);
    const audit = await (await server.admin('GET', `/api/admin/dossiers/${ID}/audit`)).json() as { entries: { action: string; sessionId?: string }[] };
    expect(audit.entries.filter((e) => e.action === 'device.restore')).toEqual([expect.objectContaining({ sessionId: devices.devices[0]?.id })]);
    const rotated = (await readStore<MetaRow>(page2, 'meta')).find((m) => m.key === 'restoreSecret')?.value;
    expect(rotated).toEqual(expect.any(String));
    expect(rotated).not.toBe(restoreSecret);

    // Revoking the device ends the restore secret too: the next sync wipes the phone.
    expect((await server.admin('DELETE', `/api/admin/devices/${devices.devices[0]?.id ?? ''}`)).status).toBe(204);
    await again.context.clearCookies();
    await page2.goto('/');
    await page2.getByText('Deze telefoon heeft geen toegang meer.', { exact: false }).waitFor();
    expect(await readStore<MetaRow>(page2, 'meta')).toEqual([]);
  });

  it('keeps the waiting changes of a phone that lost its cookie and has no restore secret, and delivers them once after a new code', async () => {
    const ID = 'rw-fault-cookie-old';
    const { page2, again } = await killedAfterActivation(ID);
    // A phone activated before restore secrets existed.
    await page2.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('thuis');
          open.onerror = () => reject(open.error ?? new Error('open failed'));
          open.onsuccess = () => {
            const tx = open.result.transaction('meta', 'readwrite');
            tx.objectStore('meta').delete('restoreSecret');
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
          };
        }),
    );

    // Back online: the server answers 401 'no-session'; the phone keeps everything and says so.
    await goOnline(server, again.context);
    const bar = page2.locator('.sync-status');
    await bar.getByText('Je telefoon is niet meer aangemeld. Vraag je consulent om een nieuwe code. Je wijzigingen blijven bewaard.').waitFor();
    await waitingCount(page2).getByText('2 wijzigingen wachten op internet').waitFor();
    expect(await outbox(page2)).toHaveLength(2);
    expect((await onServer(server, ID)).mutations).toEqual([]);

    // A new code of the same dossier: the same person, so nothing to ask; the changes stay.
    await bar.getByRole('link', { name: 'Nieuwe code invullen' }).click();
    await page2.getByRole('heading', { level: 1, name: 'Welkom!' }).waitFor();
    const code = decodeURIComponent(new URL(await server.activationUrl(ID)).hash.slice(1));
    await page2.getByRole('textbox', { name: 'Of typ je code' }).fill(code);
    await page2.getByRole('button', { name: 'Verder' }).click();
    await page2.getByRole('heading', { name: 'Hallo Amal!' }).waitFor();
    await deliveredOnce(page2, ID);
    await bar.getByText('Je telefoon is niet meer aangemeld.', { exact: false }).waitFor({ state: 'detached' });
  });

  it('says clearly when the phone is full, loses nothing committed, and saves again once there is room', async () => {
    const ID = 'rw-fault-quota';
    await server.importDossier(dossier(ID));
    const { context, page } = await phone();
    await activate(server, page, ID);
    // Committed before: one change delivered, one still waiting.
    await visit(page, '/geregeld', 'Wat is geregeld');
    await card(page, 'Huisarts').getByRole('button', { name: 'Dit is klaar' }).click();
    await card(page, 'Huisarts').getByText('Doorgegeven').waitFor();
    // Delivered as the phone sees it: gone from its outbox (the card may say so a moment sooner).
    await expect.poll(() => outbox(page), { timeout: 30_000 }).toEqual([]);
    await goOffline(server, context, page);
    await setStatus(page, 'DigiD', 'busy', 'Wacht op internet');
    const before = await outbox(page);
    expect(before).toHaveLength(1);

    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.origin, quotaSize: 1 });
    await reopenUnderQuota(page, '/vraag', 'Stel een vraag');
    const full = page.getByRole('alert').filter({ hasText: 'Je wijziging is niet bewaard' });

    const QUESTION = 'Kan ik een andere lesdag krijgen?';
    await page.getByRole('textbox', { name: 'Of schrijf je vraag' }).fill(QUESTION);
    await page.getByRole('radio', { name: /Youssef El Amrani/ }).check();
    await page.getByRole('button', { name: 'Verstuur' }).click();
    await full.getByText('Je telefoon is vol.').waitFor();
    await full.getByText('Wat je eerder deed, staat nog op je telefoon.').waitFor();
    // Not a silent loss: the question is still in the form, and not shown as if it were sent.
    expect(await page.getByRole('textbox', { name: 'Of schrijf je vraag' }).inputValue()).toBe(QUESTION);
    expect(await page.getByRole('region', { name: 'Mijn vragen' }).getByText(QUESTION).count()).toBe(0);
    expect(await page.getByText('Je vraag staat klaar.', { exact: false }).count()).toBe(0);

    await visit(page, '/geregeld', 'Wat is geregeld');
    await card(page, 'Bibliotheek').getByRole('button', { name: 'Dit is klaar' }).click();
    await full.getByText('Je telefoon is vol.').waitFor();
    expect(await shownStatus(page, 'Bibliotheek')).toBe('Nog doen');
    await expectAxeClean(page);
    // Everything committed before is still there, also after a reload.
    await page.reload();
    await card(page, 'DigiD').getByText('Wacht op internet').waitFor();
    expect(await shownStatus(page, 'Huisarts')).toBe('Klaar');
    expect(await shownStatus(page, 'DigiD')).toBe('Mee bezig');
    expect(await outbox(page)).toEqual(before);

    // Room again: the same change now saves, and the message goes away.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.origin });
    await card(page, 'Bibliotheek').getByRole('button', { name: 'Dit is klaar' }).click();
    await card(page, 'Bibliotheek').getByText('Wacht op internet').waitFor();
    expect(await full.count()).toBe(0);
    await visit(page, '/vraag', 'Stel een vraag');
    await ask(page, QUESTION);

    await goOnline(server, context);
    await delivered(server, ID, 4);
    await waitingCount(page).waitFor({ state: 'detached' });
    const state = await onServer(server, ID);
    expectEachOnce(state.mutations, 4);
    expect(state.checklist).toEqual({ k1: 'done', k2: 'busy', k3: 'done' });
    expect(state.questions).toEqual([QUESTION]);
  });

  it('lets two tabs edit at once, online and offline: both converge, nothing lost or doubled', async () => {
    const ID = 'rw-fault-tabs';
    await server.importDossier(dossier(ID));
    const { context, page: a } = await phone();
    await activate(server, a, ID);
    const b = await context.newPage();

    // Web Locks: at most one sync request of this phone in flight at any moment, whichever tab.
    let inFlight = 0;
    let maxInFlight = 0;
    let syncRequests = 0;
    await context.route('**/api/sync/**', async (route: Route) => {
      inFlight += 1;
      syncRequests += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        const response = await route.fetch();
        await sleep(50); // widen the window in which an unlocked second tab would overlap
        inFlight -= 1;
        await route.fulfill({ response });
      } catch {
        inFlight -= 1;
        await route.abort('internetdisconnected').catch(() => undefined);
      }
    });

    await visit(a, '/geregeld', 'Wat is geregeld');
    await visit(b, '/geregeld', 'Wat is geregeld');
    // Online: different items at the same moment, then the same item from both tabs.
    await Promise.all([setStatus(a, 'Huisarts', 'done'), setStatus(b, 'DigiD', 'busy')]);
    await Promise.all([
      (async () => {
        await card(a, 'Bibliotheek').getByRole('button', { name: 'Bibliotheek aanpassen' }).click();
        await card(a, 'Bibliotheek').getByRole('group').getByRole('button', { name: 'Mee bezig' }).click();
      })(),
      (async () => {
        await card(b, 'Bibliotheek').getByRole('button', { name: 'Bibliotheek aanpassen' }).click();
        await card(b, 'Bibliotheek').getByRole('group').getByRole('button', { name: 'Niet nodig' }).click();
      })(),
    ]);
    // Both same-item changes are stored (the clicks may return before they are) and delivered.
    await delivered(server, ID, 4);
    for (const tab of [a, b]) await waitingCount(tab).waitFor({ state: 'detached' });

    // Offline: a question from each tab, and again the same item from both.
    await goOffline(server, context);
    await visit(a, '/vraag', 'Stel een vraag');
    await visit(b, '/vraag', 'Stel een vraag');
    await Promise.all([ask(a, 'Vraag uit het eerste venster'), ask(b, 'Vraag uit het tweede venster')]);
    await visit(a, '/geregeld', 'Wat is geregeld');
    await visit(b, '/geregeld', 'Wat is geregeld');
    await setStatus(a, 'Huisarts', 'busy', 'Wacht op internet');
    await setStatus(b, 'Huisarts', 'not-needed', 'Wacht op internet');
    await setStatus(b, 'DigiD', 'done', 'Wacht op internet');
    expect((await outbox(a)).map((m) => m.name)).toEqual([
      'question.ask',
      'question.ask',
      'checklist.setStatus',
      'checklist.setStatus',
      'checklist.setStatus',
    ]);
    for (const tab of [a, b]) await waitingCount(tab).getByText('5 wijzigingen wachten op internet').waitFor();

    await goOnline(server, context);
    await delivered(server, ID, 9);
    for (const tab of [a, b]) await waitingCount(tab).waitFor({ state: 'detached' });
    const state = await onServer(server, ID);
    expectEachOnce(state.mutations, 9);
    expect(state.questions).toEqual(['Vraag uit het eerste venster', 'Vraag uit het tweede venster']);
    // Offline, the later change to the same item wins, as it did on the phone.
    expect(state.checklist).toMatchObject({ k1: 'not-needed', k2: 'done' });
    expect(['busy', 'not-needed']).toContain(state.checklist.k3);
    for (const tab of [a, b]) {
      for (const [item, key] of [['Huisarts', 'k1'], ['DigiD', 'k2'], ['Bibliotheek', 'k3']] as const) {
        await card(tab, item).locator('.check__status', { hasText: STATUS_NAME[state.checklist[key] ?? 'todo'] }).waitFor();
      }
    }
    expect(syncRequests).toBeGreaterThan(4);
    expect(maxInFlight).toBe(1);
    await context.unroute('**/api/sync/**');
    await b.close();
  });

  it(FLAKY_NETWORK, () => flakyNetwork(parts));

  it('delivers an outbox that waited 30 days offline, across a restart', async () => {
    const ID = 'rw-fault-30days';
    await server.importDossier(dossier(ID));
    const first = await phone();
    await activate(server, first.page, ID);
    await goOffline(server, first.context, first.page);
    await visit(first.page, '/geregeld', 'Wat is geregeld');
    await setStatus(first.page, 'DigiD', 'done', 'Wacht op internet');
    await visit(first.page, '/vraag', 'Stel een vraag');
    await ask(first.page, 'Ik was een maand weg. Wat moet ik doen?');

    // 30 days pass with the phone off: its clock moves on, and the server last saw it 30 days ago.
    const later = Date.now() + 30 * DAY;
    await first.phone.context.close();
    phones.splice(phones.indexOf(first.phone), 1);
    const { db, close } = server.openDatabase();
    try {
      const seen = new Date(Date.now() - 30 * DAY).toISOString();
      const changed = await db.updateTable('session').set({ last_seen_at: seen }).where('dossier_id', '=', ID).where('kind', '=', 'dossier').executeTakeFirst();
      expect(changed.numUpdatedRows).toBe(1n);
    } finally {
      await close();
    }
    const again = await phone({ profile: first.phone.profile, offline: true });
    await again.context.clock.install({ time: later });
    const page = again.page;
    await page.goto('/');
    await page.getByRole('heading', { name: 'Hallo Amal!' }).waitFor();
    const waiting = await outbox(page);
    expect(waiting).toHaveLength(2);
    const age = await page.evaluate((createdAt) => Date.now() - Date.parse(createdAt), waiting[0]?.createdAt ?? '');
    expect(age).toBeGreaterThanOrEqual(30 * DAY);

    await goOnline(server, again.context);
    await delivered(server, ID, 2);
    await waitingCount(page).waitFor({ state: 'detached' });
    expect(await outbox(page)).toEqual([]);
    await page.getByRole('heading', { name: 'Hallo Amal!' }).waitFor();
    const state = await onServer(server, ID);
    expectEachOnce(state.mutations, 2);
    expect(state.checklist).toMatchObject({ k2: 'done' });
    expect(state.questions).toEqual(['Ik was een maand weg. Wat moet ik doen?']);
  });
});

// Where the server's database matters (every acknowledged change kept, none applied twice), the
// same parts also run against PostgreSQL when DATABASE_URL is set (a fresh database, dropped after).
describe.each(backends.filter((b) => b.name === 'postgres'))('browser faults on $name', (backend) => {
  const parts = rig(new AppServer(backend));

  it(KILL_MID_BURST, () => killMidBurst(parts));
  it(FLAKY_NETWORK, () => flakyNetwork(parts));
});
