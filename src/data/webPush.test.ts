import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseProof, proofMessage } from '../domain/deviceProof';
import { fromB64url, hex } from './bytes';
import { db, syncEngine } from './instance';
import { resetDevice } from './local';
import { vault } from './staffDevice';
import { turnOffNotifications, turnOnNotifications } from './webPush';

// A staff device turns notifications on and off with the same device proof as its other requests
// (staffStore.headersFor, no second signer): the server refuses a staff PUT without one (428,
// tests/server/webPush.test.ts). jsdom has no push service: the browser's PushManager is a stand-in.

const SECRET = 'fiets regen koffie dinsdag';
const SUBSCRIPTION = { endpoint: 'https://push.example.org/send/abc', keys: { p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM', auth: 'tBHItJI5svbpez7KI4CCXg' } };

interface Seen {
  method: string;
  path: string;
  proof: string | null;
  body: string;
}

function stubBrowser(seen: Seen[], permission: NotificationPermission): { unsubscribed: () => number } {
  let unsubscribed = 0;
  let current: PushSubscription | null = null;
  const subscription = { toJSON: () => SUBSCRIPTION, unsubscribe: () => ((unsubscribed += 1), (current = null), Promise.resolve(true)) } as unknown as PushSubscription;
  const pushManager = {
    getSubscription: () => Promise.resolve(current),
    subscribe: () => ((current = subscription), Promise.resolve(subscription)),
  };
  vi.stubGlobal('PushManager', function PushManager() {});
  vi.stubGlobal('Notification', { permission: 'default', requestPermission: () => Promise.resolve(permission) });
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { ready: Promise.resolve({ pushManager }) } });
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    const path = String(input);
    const method = init?.method ?? 'GET';
    seen.push({ method, path, proof: new Headers(init?.headers).get('x-tir-proof'), body: typeof init?.body === 'string' ? init.body : '' });
    if (path === '/api/push/key') return Promise.resolve(Response.json({ publicKey: 'BOr6v7y8a9b0c1d2e3f4g5h6i7j8k9l0m1n2o3p4q5r6s7t8u9v0w1x2y3z4A5B6C7D8E9F0G1H2I3J4K5L6M7N8' }));
    return Promise.resolve(new Response(null, { status: 204 }));
  });
  return { unsubscribed: () => unsubscribed };
}

async function deviceKey(seen: Seen[]): Promise<CryptoKey> {
  const registered = seen.find((s) => s.path === '/api/staff/device-key');
  const publicKey = (JSON.parse(registered?.body ?? '{}') as { publicKey?: string }).publicKey ?? '';
  return crypto.subtle.importKey('spki', fromB64url(publicKey), { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
}

async function verifies(key: CryptoKey, { method, path, proof, body }: Seen): Promise<boolean> {
  const parsed = parseProof(proof ?? undefined);
  if (!parsed) return false;
  const digest = hex(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body))));
  return crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, fromB64url(parsed.signature), new TextEncoder().encode(proofMessage(method, path, parsed.timestamp, digest)));
}

describe('notifications on a staff device', () => {
  beforeEach(async () => {
    vi.spyOn(syncEngine, 'sync').mockResolvedValue('offline');
    await resetDevice(db, { kind: 'staff', dossierId: null, staffId: 'mw-1', role: 'begeleider', dossiers: ['rw-test-0101'] });
    await vault.wipe();
    await vault.setPin(SECRET);
  }, 30_000);
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    syncEngine.setNotifications(false);
  });

  it('turns on with a PUT of the subscription signed by the device key, and off with a signed DELETE', async () => {
    const seen: Seen[] = [];
    const browser = stubBrowser(seen, 'granted');
    expect(await turnOnNotifications('nl')).toBe('on');
    const put = seen.find((s) => s.method === 'PUT' && s.path === '/api/push/subscription');
    expect(put && JSON.parse(put.body)).toEqual(SUBSCRIPTION);
    const key = await deviceKey(seen);
    expect(put && (await verifies(key, put))).toBe(true);
    // The proof is bound to this request: the same signature does not fit another body.
    expect(put && (await verifies(key, { ...put, body: '{}' }))).toBe(false);

    await turnOffNotifications();
    const del = seen.find((s) => s.method === 'DELETE' && s.path === '/api/push/subscription');
    expect(del && (await verifies(key, del))).toBe(true);
    expect(browser.unsubscribed()).toBe(1);
  });

  it('asks nothing of the server when the person says no to the browser', async () => {
    const seen: Seen[] = [];
    stubBrowser(seen, 'denied');
    expect(await turnOnNotifications('nl')).toBe('blocked');
    expect(seen).toEqual([]);
  });

  it('cannot turn on while the vault is locked: no unsigned PUT is sent, and no browser subscription stays', async () => {
    const seen: Seen[] = [];
    const browser = stubBrowser(seen, 'granted');
    vault.lock();
    expect(await turnOnNotifications('nl')).toBe('failed');
    expect(seen.filter((s) => s.path === '/api/push/subscription')).toEqual([]);
    // The browser's subscription goes too, or the switch would read "on" with nothing on the server.
    expect(browser.unsubscribed()).toBe(1);
  });
});
