import { beforeEach, describe, expect, it } from 'vitest';
import { aDossier } from '../../tests/support/builders';
import { FakeSyncServer } from '../../tests/support/fakeSyncServer';
import { checkActivation, type SwitchContext } from './activationCheck';
import { codeHash } from './activationCode';
import { setPin } from './appPin';
import { openDb, type AppDb } from './db';
import { getMeta, mutate, resetDevice } from './local';
import { SyncEngine } from './sync';

// Threat model, "Activation, lost cookies and device identity", on the phone's side: an activated
// device asks before it becomes someone else's; a lost cookie comes back with the restore secret
// and the waiting changes are delivered once; another device's clientId is not taken over blindly.

const DOSSIER = 'rw-test-0001';
const SECRET = 'r'.repeat(43);
let counter = 0;

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
/** A change that needs no row on the phone first. */
const ask = () => ({ id: crypto.randomUUID(), contactRole: 'consulent-inburgering' as const, text: 'Waar is de bibliotheek?' });

/** The activation check's server: answers `holder` for every code. */
function checkServer(holder: unknown, requests: string[] = []): typeof fetch {
  return (input) => {
    requests.push(String(input));
    return Promise.resolve(json(200, holder));
  };
}

const context = (staffWaiting = 0): SwitchContext => ({ staffWaiting: () => Promise.resolve(staffWaiting), hasAppPin: () => Promise.resolve(false) });

describe('activation on an activated device', () => {
  let db: AppDb;
  beforeEach(() => {
    db = openDb(`identity-check-${++counter}`);
  });

  it('asks nothing of a device that is not activated, nor of the code it was activated with', async () => {
    const requests: string[] = [];
    expect(await checkActivation(db, 'ABCD-EFGH-JK', context(), checkServer({}, requests))).toEqual({ verdict: 'new' });
    await resetDevice(db, DOSSIER);
    await db.meta.put({ key: 'activationCode', value: await codeHash('abcd efgh jk') });
    expect(await checkActivation(db, 'ABCD-EFGH-JK', context(), checkServer({}, requests))).toEqual({ verdict: 'same-code' });
    // Neither asked the server: the code stays a secret of this device.
    expect(requests).toEqual([]);
  });

  it('goes ahead for the same person (a lost cookie), keeping the waiting changes', async () => {
    await resetDevice(db, DOSSIER);
    await mutate(db, 'question.ask', ask());
    const check = await checkActivation(db, 'QQQQ-QQQQ-QQ', context(), checkServer({ kind: 'inburgeraar', dossierId: DOSSIER }));
    expect(check).toEqual({ verdict: 'same-person' });
  });

  it('asks first for anyone else, says how many changes wait, and wants the app PIN when one is set', async () => {
    await resetDevice(db, DOSSIER);
    await mutate(db, 'question.ask', ask());
    const other = checkServer({ kind: 'inburgeraar', dossierId: 'rw-test-0002' });
    expect(await checkActivation(db, 'QQQQ-QQQQ-QQ', context(), other)).toEqual({ verdict: 'switch', from: 'inburgeraar', to: 'inburgeraar', waiting: 1, pin: null });
    await setPin(db, '4321');
    const withPin = { ...context(), hasAppPin: () => Promise.resolve(true) };
    const helper = checkServer({ kind: 'helper', dossierId: DOSSIER, shareId: 'share-1' });
    expect(await checkActivation(db, 'QQQQ-QQQQ-QQ', withPin, helper)).toMatchObject({ verdict: 'switch', to: 'helper', pin: 'app' });
  });

  it('on a staff device wants the staff PIN and counts the sealed waiting changes; another staff member is a switch', async () => {
    await resetDevice(db, { kind: 'staff', dossierId: null, staffId: 'mw-1', role: 'begeleider', dossiers: [DOSSIER] });
    const helperCode = checkServer({ kind: 'helper', dossierId: DOSSIER, shareId: 'share-1' });
    expect(await checkActivation(db, 'QQQQ-QQQQ-QQ', context(2), helperCode)).toEqual({ verdict: 'switch', from: 'staff', to: 'helper', waiting: 2, pin: 'staff' });
    expect(await checkActivation(db, 'QQQQ-QQQQ-QQ', context(0), checkServer({ kind: 'staff', staffId: 'mw-2' }))).toMatchObject({ verdict: 'switch', pin: 'staff' });
    expect(await checkActivation(db, 'QQQQ-QQQQ-QQ', context(2), checkServer({ kind: 'staff', staffId: 'mw-1' }))).toEqual({ verdict: 'same-person' });
  });

  it('refuses an unknown code before anything changes', async () => {
    await resetDevice(db, DOSSIER);
    const refused: typeof fetch = () => Promise.resolve(json(400, { error: { code: 'invalid-code', message: '' } }));
    await expect(checkActivation(db, 'QQQQ-QQQQ-QQ', context(), refused)).rejects.toMatchObject({ code: 'invalid-code' });
    expect(await getMeta(db, 'clientId')).toEqual(expect.any(String));
  });
});

/**
 * The fake sync server behind a browser that lost its cookie: every sync request gets 401
 * `no-session` until a restore with the right secret, which answers `restoreStatus`.
 */
class CookieJar {
  hasCookie = false;
  restores: string[] = [];
  restoreStatus = 200;
  constructor(private readonly server: FakeSyncServer) {}
  fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const path = String(input);
    if (path === '/api/device/restore') {
      const { restoreSecret } = JSON.parse(String(init?.body)) as { restoreSecret: string };
      this.restores.push(restoreSecret);
      if (this.restoreStatus !== 200 || restoreSecret !== SECRET) return json(401, { error: { code: 'unauthenticated', message: '' } });
      this.hasCookie = true;
      return json(200, { kind: 'inburgeraar', dossierId: DOSSIER, restoreSecret: 's'.repeat(43) });
    }
    if (!this.hasCookie) return json(401, { error: { code: 'no-session', message: '' } });
    return this.server.fetch(input, init);
  };
}

describe('a lost cookie', () => {
  let db: AppDb;
  let server: FakeSyncServer;
  let jar: CookieJar;
  beforeEach(async () => {
    db = openDb(`identity-restore-${++counter}`);
    await resetDevice(db, { kind: 'inburgeraar', dossierId: DOSSIER, restoreSecret: SECRET });
    server = new FakeSyncServer(DOSSIER);
    server.load(aDossier({ id: DOSSIER }));
    jar = new CookieJar(server);
  });

  it('is restored with the restore secret from activation, and the waiting change is delivered once', async () => {
    expect(await getMeta(db, 'restoreSecret')).toBe(SECRET);
    await mutate(db, 'question.ask', ask());
    expect(await new SyncEngine(db, jar.fetch).sync()).toBe('synced');
    expect(jar.restores).toEqual([SECRET]);
    expect(server.applied).toEqual([expect.objectContaining({ id: 1, status: 'applied' })]);
    expect(await db.outbox.count()).toBe(0);
    // The next secret is kept for the next time.
    expect(await getMeta(db, 'restoreSecret')).toBe('s'.repeat(43));
  });

  it('wipes the phone when the server refuses the secret (the device was revoked)', async () => {
    jar.restoreStatus = 401;
    await mutate(db, 'question.ask', ask());
    expect(await new SyncEngine(db, jar.fetch).sync()).toBe('signed-out');
    expect(await getMeta(db, 'clientId')).toBeUndefined();
    expect(await db.outbox.count()).toBe(0);
  });

  it('keeps everything and asks for a code when there is no secret (activated before restore existed)', async () => {
    await db.meta.delete('restoreSecret');
    await mutate(db, 'question.ask', ask());
    const engine = new SyncEngine(db, jar.fetch);
    expect(await engine.sync()).toBe('no-session');
    expect(jar.restores).toEqual([]);
    expect(await db.outbox.count()).toBe(1);
  });
});

describe('a clientId another device holds', () => {
  let db: AppDb;
  let server: FakeSyncServer;
  let taken: Set<string>;
  let engine: SyncEngine;
  beforeEach(async () => {
    db = openDb(`identity-client-${++counter}`);
    await resetDevice(db, DOSSIER);
    server = new FakeSyncServer(DOSSIER);
    server.load(aDossier({ id: DOSSIER }));
    taken = new Set([(await getMeta<string>(db, 'clientId')) ?? '']);
    engine = new SyncEngine(db, (input, init) => {
      const { clientId } = JSON.parse(String(init?.body)) as { clientId: string };
      if (taken.has(clientId)) return Promise.resolve(json(409, { error: { code: 'client-id-taken', message: '' } }));
      return server.fetch(input, init);
    });
  });

  it('starts a clientId of its own when nothing waits', async () => {
    const before = await getMeta<string>(db, 'clientId');
    expect(await engine.sync()).toBe('synced');
    expect(await getMeta<string>(db, 'clientId')).not.toBe(before);
    expect(await db.dossiers.count()).toBe(1);
  });

  it('keeps its waiting changes and its clientId, and shows the problem, when changes wait', async () => {
    const before = await getMeta<string>(db, 'clientId');
    await mutate(db, 'question.ask', ask());
    expect(await engine.sync()).toBe('error');
    expect(engine.getState()).toMatchObject({ phase: 'error', errorCode: 'client-id-taken' });
    expect(await getMeta<string>(db, 'clientId')).toBe(before);
    expect(await db.outbox.count()).toBe(1);
    expect(server.applied).toEqual([]);
  });
});
