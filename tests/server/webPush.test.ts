import { createECDH, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import ece from 'http_ece';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pushPayloadSchema, type PushPayload } from '../../src/domain/webPush';
import { checkEndpoint, isPublicAddress } from '../../src/server/push/endpointGuard';
import { dueReminder, queueTermEndReminders } from '../../src/server/push/termEnd';
import { backends } from './backends';
import { aFullDossier, aPayment, anAppointment } from '../support/builders';
import { deviceInject } from './deviceKeys';
import { inburgeraarDevice, staffDevice, type TestDevice } from './devices';
import { expectErrorBody, putDossier, startServer, type TestServer } from './harness';

// Notifications with Web Push (issue 13, item 4), against a real push endpoint on loopback that
// decrypts what it receives with the subscription's private key, as a browser would.

interface Received {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  payload: PushPayload;
}

/** A push service with one browser behind each path: it keeps the browser's keys and decrypts. */
class LocalPushService {
  readonly received: Received[] = [];
  /** The status to answer per path (default 201). */
  readonly status = new Map<string, number>();
  private readonly browsers = new Map<string, { ecdh: ReturnType<typeof createECDH>; auth: Buffer }>();
  private server!: Server;
  origin = '';

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (c: Buffer) => chunks.push(c));
      request.on('end', () => {
        const browser = this.browsers.get(request.url ?? '');
        if (browser) {
          const plain = ece.decrypt(Buffer.concat(chunks), { version: 'aes128gcm', privateKey: browser.ecdh, authSecret: browser.auth.toString('base64url') });
          this.received.push({ path: request.url ?? '', headers: request.headers, payload: pushPayloadSchema.parse(JSON.parse(plain.toString('utf8'))) });
        }
        response.statusCode = this.status.get(request.url ?? '') ?? 201;
        response.end();
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** A new browser subscription: a P-256 key pair and a 16-byte auth secret, as PushManager makes. */
  subscription(): { endpoint: string; expirationTime: null; keys: { p256dh: string; auth: string } } {
    const path = `/send/${randomUUID()}`;
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    const auth = randomBytes(16);
    this.browsers.set(path, { ecdh, auth });
    return { endpoint: `${this.origin}${path}`, expirationTime: null, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: auth.toString('base64url') } };
  }

  to(endpoint: string): PushPayload[] {
    return this.received.filter((r) => endpoint.endsWith(r.path)).map((r) => r.payload);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

async function waitFor(check: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('not within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function subscribe(app: FastifyInstance, device: TestDevice, body: object) {
  return deviceInject(app, device.cookie, { method: 'PUT', url: '/api/push/subscription', body });
}

describe('push endpoint checks (no SSRF)', () => {
  it.each([
    ['http://push.example.com/x', 'not https'],
    ['https://127.0.0.1/x', 'private address'],
    ['https://10.1.2.3/x', 'private address'],
    ['https://192.168.1.10/x', 'private address'],
    ['https://172.20.0.1/x', 'private address'],
    ['https://169.254.169.254/latest/meta-data', 'private address'],
    ['https://[::1]/x', 'private address'],
    ['https://[fd12:3456::1]/x', 'private address'],
    ['https://[fe80::1]/x', 'private address'],
    ['https://[::ffff:10.0.0.1]/x', 'private address'],
    ['https://printer.local/x', 'local name'],
    ['https://zaaksysteem.internal/x', 'local name'],
    ['https://localhost/x', 'local name'],
    ['https://intranet/x', 'local name'],
    ['https://user:pw@push.example.com/x', 'credentials in URL'],
  ])('refuses %s', (endpoint, reason) => {
    expect(checkEndpoint(endpoint, [])).toEqual({ ok: false, reason });
  });

  it('passes public https hosts, and an allow-listed origin only as listed', () => {
    expect(checkEndpoint('https://fcm.googleapis.com/fcm/send/abc', [])).toMatchObject({ ok: true, allowListed: false });
    expect(checkEndpoint('https://8.8.8.8/x', [])).toMatchObject({ ok: true });
    expect(checkEndpoint('http://127.0.0.1:9999/x', ['http://127.0.0.1:9999'])).toMatchObject({ ok: true, allowListed: true });
    expect(checkEndpoint('http://127.0.0.1:9998/x', ['http://127.0.0.1:9999'])).toMatchObject({ ok: false });
    expect(isPublicAddress('100.64.0.1')).toBe(false);
    expect(isPublicAddress('2a00:1450:4001::1')).toBe(true);
  });

  it('schedules the term-end reminders 6, 3 and 1 months ahead, only the nearest one when late', () => {
    expect(dueReminder('2027-07-01', '2026-12-31')).toBeNull();
    expect(dueReminder('2027-07-01', '2027-01-01')).toEqual({ kind: 'term-end-6', passed: ['term-end-6'] });
    expect(dueReminder('2027-07-01', '2027-05-15')).toEqual({ kind: 'term-end-3', passed: ['term-end-6', 'term-end-3'] });
    expect(dueReminder('2027-07-01', '2027-06-01')?.kind).toBe('term-end-1');
    expect(dueReminder('2027-07-01', '2027-07-01')).toBeNull();
  });
});

describe.each(backends)('Web Push on $name', (backend) => {
  const service = new LocalPushService();
  let server: TestServer;
  let second: FastifyInstance;

  beforeAll(async () => {
    await service.start();
    // Two instances on one database, each with its own dispatcher polling the queue.
    server = await startServer(backend, { env: { PUSH_ENDPOINT_ALLOW: service.origin }, app: { pushDispatch: { pollMs: 200 } } });
    second = (await server.otherInstance({})).app;
    await server.app.ready();
    await second.ready();
  });
  afterAll(async () => {
    await server.close();
    await service.close();
  });
  beforeEach(() => {
    service.received.length = 0;
  });

  it('gives the VAPID public key, the same on both instances and kept in DATA_DIR', async () => {
    const one = await server.app.inject({ method: 'GET', url: '/api/push/key' });
    const two = await second.inject({ method: 'GET', url: '/api/push/key' });
    expect(one.statusCode).toBe(200);
    expect(Buffer.from(one.json<{ publicKey: string }>().publicKey, 'base64url')).toHaveLength(65);
    expect(two.json()).toEqual(one.json());
    expect(one.json()).toEqual({ publicKey: server.config.push.publicKey });
  });

  it('sends an import’s moved appointment once, encrypted, within 5 s, with kind and path only', async () => {
    const dossier = aFullDossier({ firstName: 'Amal' });
    await putDossier(server.app, dossier);
    const phone = await inburgeraarDevice(server.app, dossier.id);
    const sub = service.subscription();
    expect((await subscribe(server.app, phone, sub)).statusCode).toBe(204);

    const start = Date.now();
    const moved = { ...dossier, appointments: dossier.appointments.map((a, i) => (i === 0 ? { ...a, start: '2030-01-01T09:00:00+01:00', status: 'moved' as const } : a)) };
    await putDossier(second, moved);
    await waitFor(() => service.to(sub.endpoint).length > 0);
    expect(Date.now() - start).toBeLessThan(5000);
    // Both instances poll; give them time to (wrongly) send it again.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(service.to(sub.endpoint)).toEqual([{ kind: 'appointment', path: '/agenda' }]);
    const [received] = service.received;
    expect(received?.headers['content-encoding']).toBe('aes128gcm');
    expect(String(received?.headers.authorization)).toMatch(/^vapid t=.+, k=/);
    expect(JSON.stringify(received?.payload)).not.toContain('Amal');
    const queued = await server.db.selectFrom('push_event').select('id').execute();
    expect(queued).toEqual([]);
  });

  it('tells the person of a failed payment and an answer, and staff of a question and a "can’t come"', async () => {
    const dossier = aFullDossier();
    await putDossier(server.app, dossier);
    const phone = await inburgeraarDevice(server.app, dossier.id);
    const consulent = await staffDevice(server.app, `staff-${randomUUID().slice(0, 8)}`, { name: 'Sanne', role: 'consulent', gemeente: 'rijswijk', dossiers: [dossier.id] });
    const phoneSub = service.subscription();
    const staffSub = service.subscription();
    expect((await subscribe(server.app, phone, phoneSub)).statusCode).toBe(204);
    expect((await subscribe(server.app, consulent, staffSub)).statusCode).toBe(204);

    const questionId = randomUUID();
    expect(await phone.send('question.ask', { id: questionId, contactRole: 'consulent-inburgering', text: 'Kunt u mij bellen?' })).toMatchObject({ status: 'applied' });
    await waitFor(() => service.to(staffSub.endpoint).length === 1);
    expect(service.to(staffSub.endpoint)).toEqual([{ kind: 'question', path: '/' }]);

    expect(await consulent.send('question.answer', { dossierId: dossier.id, questionId, text: 'Ik bel je morgen.' })).toMatchObject({ status: 'applied' });
    await waitFor(() => service.to(phoneSub.endpoint).length === 1);
    expect(service.to(phoneSub.endpoint)).toEqual([{ kind: 'answer', path: '/vraag' }]);

    const appointmentId = dossier.appointments[0]?.id ?? '';
    expect(await phone.send('appointment.setAttendance', { appointmentId, attendance: 'not-coming' })).toMatchObject({ status: 'applied' });
    await waitFor(() => service.to(staffSub.endpoint).length === 2);
    expect(service.to(staffSub.endpoint)[1]).toEqual({ kind: 'not-coming', path: '/' });

    const withPayment = { ...dossier, ontzorgen: { start: '2026-01-01', end: '2026-12-31', course: 'in-progress' as const, payments: [aPayment({ status: 'failed' })] } };
    await putDossier(server.app, withPayment);
    await waitFor(() => service.to(phoneSub.endpoint).some((p) => p.kind === 'payment'));
    expect(service.to(phoneSub.endpoint).at(-1)).toEqual({ kind: 'payment', path: '/geld' });
    // Staff are not told of imports, only of the person's question and "can't come".
    expect(service.to(staffSub.endpoint)).toHaveLength(2);
  });

  it('ends a subscription on 410 from the push service, on DELETE and on sign-out', async () => {
    const dossier = aFullDossier();
    await putDossier(server.app, dossier);
    const phone = await inburgeraarDevice(server.app, dossier.id);
    const gone = service.subscription();
    await subscribe(server.app, phone, gone);
    service.status.set(new URL(gone.endpoint).pathname, 410);
    await putDossier(server.app, { ...dossier, appointments: [...dossier.appointments, anAppointment({ id: 'a-new' })] });
    await waitFor(() => service.to(gone.endpoint).length === 1);
    await waitFor(() => false, 300).catch(() => undefined);
    const afterGone = await server.db.selectFrom('push_subscription').select('endpoint').where('endpoint', '=', gone.endpoint).execute();
    expect(afterGone).toEqual([]);

    const again = service.subscription();
    await subscribe(server.app, phone, again);
    const del = await deviceInject(server.app, phone.cookie, { method: 'DELETE', url: '/api/push/subscription' });
    expect(del.statusCode).toBe(204);
    expect(await server.db.selectFrom('push_subscription').select('endpoint').where('endpoint', '=', again.endpoint).execute()).toEqual([]);

    const third = service.subscription();
    await subscribe(server.app, phone, third);
    const out = await server.app.inject({ method: 'POST', url: '/api/device/signout', headers: { cookie: phone.cookie } });
    expect(out.statusCode).toBe(204);
    expect(await server.db.selectFrom('push_subscription').select('endpoint').where('endpoint', '=', third.endpoint).execute()).toEqual([]);
  });

  it('sends nothing to a revoked device, and drops its subscription', async () => {
    const dossier = aFullDossier();
    await putDossier(server.app, dossier);
    const phone = await inburgeraarDevice(server.app, dossier.id);
    const sub = service.subscription();
    await subscribe(server.app, phone, sub);
    const session = await server.db.selectFrom('push_subscription').select('session_id').where('endpoint', '=', sub.endpoint).executeTakeFirstOrThrow();
    // Revoked behind the subscription's back (as a revoked share or an adopted dossier does).
    await server.db.updateTable('session').set({ revoked_at: new Date().toISOString() }).where('id', '=', session.session_id).execute();
    await putDossier(server.app, { ...dossier, appointments: [] });
    await waitFor(() => false, 1000).catch(() => undefined);
    expect(service.to(sub.endpoint)).toEqual([]);
    expect(await server.db.selectFrom('push_subscription').select('endpoint').where('endpoint', '=', sub.endpoint).execute()).toEqual([]);
  });

  it('refuses subscriptions to private or non-https endpoints, malformed ones, and staff without proof', async () => {
    const dossier = aFullDossier();
    await putDossier(server.app, dossier);
    const phone = await inburgeraarDevice(server.app, dossier.id);
    const keys = service.subscription().keys;
    for (const endpoint of ['https://10.0.0.5/push', 'http://push.example.com/x', 'https://192.168.0.1:8443/x', 'https://kantoor.local/x']) {
      expectErrorBody(await subscribe(server.app, phone, { endpoint, keys }), 400, 'push-endpoint-refused');
    }
    expectErrorBody(await subscribe(server.app, phone, { endpoint: 'https://push.example.com/x', keys: { p256dh: 'x'.repeat(500), auth: 'a' } }), 400, 'invalid-body');
    expectErrorBody(await subscribe(server.app, phone, { endpoint: `https://push.example.com/${'x'.repeat(2000)}`, keys }), 400, 'invalid-body');
    const noCookie = await server.app.inject({ method: 'PUT', url: '/api/push/subscription', payload: { endpoint: 'https://push.example.com/x', keys } });
    expect(noCookie.statusCode).toBe(401);
    const consulent = await staffDevice(server.app, `staff-${randomUUID().slice(0, 8)}`, { name: 'Sanne', role: 'consulent', gemeente: 'rijswijk', dossiers: [dossier.id] });
    const unproven = await server.app.inject({ method: 'PUT', url: '/api/push/subscription', headers: { cookie: consulent.cookie }, payload: service.subscription() });
    expectErrorBody(unproven, 428, 'proof-required');
  });

  it('queues each term-end reminder once, whichever instance checks and however often', async () => {
    const dossier = aFullDossier({ termijn: { start: '2024-01-01', end: '2027-03-15' } });
    await putDossier(server.app, dossier);
    const phone = await inburgeraarDevice(server.app, dossier.id);
    const sub = service.subscription();
    await subscribe(server.app, phone, sub);
    const at = new Date('2026-12-20T10:00:00Z');
    const counts = await Promise.all([queueTermEndReminders(server.db, at), queueTermEndReminders(server.db, at)]);
    expect(await queueTermEndReminders(server.db, at)).toBe(0);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    server.app.pushDispatcher?.kick();
    await waitFor(() => service.to(sub.endpoint).length > 0);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(service.to(sub.endpoint)).toEqual([{ kind: 'term-end-3', path: '/traject' }]);
  });
});
