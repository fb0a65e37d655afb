import { describe, expect, it } from 'vitest';
import { calendarFeedResponseSchema } from '../../src/domain/personalApi';
import { redactFeedToken } from '../../src/server/http/calendarRoutes';
import { backends } from './backends';
import { deviceInject } from './deviceKeys';
import { aFullDossier, anAppointment, aShare } from '../support/builders';
import { activateWith, inburgeraarDevice, share, staffDevice } from './devices';
import { activateDevice, admin, expectErrorBody, putDossier, serverFor, type TestServer } from './harness';
import { parseICalendar } from './icalendar';

describe.each(backends)('calendar subscription feed on $name', (backend) => {
  let server: TestServer;

  serverFor(backend, (s) => {
    server = s;
  });

  async function newFeed(cookie: string): Promise<string> {
    const response = await server.app.inject({ method: 'POST', url: '/api/calendar-feed', headers: { cookie } });
    expect(response.statusCode, response.body).toBe(201);
    const { url } = calendarFeedResponseSchema.parse(response.json());
    expect(url).toMatch(/^http:\/\/localhost(:\d+)?\/api\/calendar\/[A-Za-z0-9_-]{40,}\.ics$/);
    return new URL(url).pathname;
  }

  const get = (path: string) => server.app.inject({ method: 'GET', url: path });

  it('serves the dossier’s appointments as valid iCalendar, cancelled ones as CANCELLED', async () => {
    const dossier = aFullDossier({
      appointments: [
        anAppointment({ id: 'les-1', title: 'Nederlandse les', bring: 'je lesboek' }),
        anAppointment({ id: 'les-2', title: 'Les, vervalt', status: 'cancelled', start: '2026-11-26T09:00:00+01:00', end: '2026-11-26T12:00:00+01:00' }),
        anAppointment({ id: 'zomer', title: 'Zomerles', start: '2026-07-01T09:00:00+02:00', end: '2026-07-01T12:00:00+02:00' }),
      ],
    });
    await putDossier(server.app, dossier);
    const path = await newFeed(await activateDevice(server.app, dossier.id));

    const response = await get(path);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    const { calendar, events } = parseICalendar(response.body);
    expect(calendar['X-WR-CALNAME']).toBe('Thuis in Rijswijk');
    expect(events.map((e) => e.UID)).toEqual([
      `zomer.${dossier.id}@thuis-in-rijswijk`,
      `les-1.${dossier.id}@thuis-in-rijswijk`,
      `les-2.${dossier.id}@thuis-in-rijswijk`,
    ]);
    const [zomer, les1, les2] = events;
    expect(zomer).toMatchObject({ DTSTART: '20260701T070000Z', DTEND: '20260701T100000Z', STATUS: 'CONFIRMED' });
    expect(les1).toMatchObject({ DTSTART: '20261124T080000Z', DTEND: '20261124T110000Z', SUMMARY: 'Nederlandse les' });
    expect(les1?.DESCRIPTION).toBe('Neem mee: je lesboek');
    expect(les1?.LOCATION).toBe('Taalschool\\, Straat 1\\, Rijswijk');
    expect(les2).toMatchObject({ STATUS: 'CANCELLED', SUMMARY: 'Gaat niet door: Les\\, vervalt' });
  });

  it('names the calendar after the dossier’s municipality', async () => {
    // Zevenaar's own instance (its own admin token) on the same database imports it.
    const zevenaar = await server.otherInstance({ GEMEENTE: 'zevenaar', ADMIN_TOKEN: 'zevenaar-admin-token-0123456789abcdefgh' });
    const dossier = aFullDossier({ gemeente: 'zevenaar' });
    const imported = await zevenaar.app.inject({ method: 'PUT', url: `/api/admin/dossiers/${dossier.id}`, headers: zevenaar.admin, payload: dossier });
    expect(imported.statusCode, imported.body).toBe(200);
    const code = await zevenaar.app.inject({ method: 'POST', url: `/api/admin/dossiers/${dossier.id}/activation-codes`, headers: zevenaar.admin });
    const path = await newFeed((await activateWith(zevenaar.app, code.json<{ code: string }>().code)).cookie);
    expect(parseICalendar((await get(path)).body).calendar['X-WR-CALNAME']).toBe('Thuis in Zevenaar');
  });

  it('follows re-imports: a cancellation shows at the next refresh', async () => {
    const dossier = aFullDossier();
    await putDossier(server.app, dossier);
    const path = await newFeed(await activateDevice(server.app, dossier.id));
    expect(parseICalendar((await get(path)).body).events.every((e) => e.STATUS === 'CONFIRMED')).toBe(true);
    const [first, ...rest] = dossier.appointments;
    if (!first) throw new Error('builder has appointments');
    await putDossier(server.app, { ...dossier, appointments: [{ ...first, status: 'cancelled' }, ...rest] });
    const statuses = parseICalendar((await get(path)).body).events.map((e) => e.STATUS);
    expect(statuses).toEqual(['CANCELLED', 'CONFIRMED']);
  });

  it('stores only a hash of the token; a new address revokes the old; DELETE revokes it', async () => {
    const dossier = aFullDossier();
    await putDossier(server.app, dossier);
    const device = await activateDevice(server.app, dossier.id);
    const first = await newFeed(device);
    const token = first.slice('/api/calendar/'.length, -'.ics'.length);
    const stored = await server.db.selectFrom('calendar_feed').selectAll().where('dossier_id', '=', dossier.id).execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.token_hash).not.toContain(token);

    const second = await newFeed(device);
    expect(second).not.toBe(first);
    expectErrorBody(await get(first), 404, 'not-found');
    expect((await get(second)).statusCode).toBe(200);

    const revoked = await server.app.inject({ method: 'DELETE', url: '/api/calendar-feed', headers: { cookie: device } });
    expect(revoked.statusCode).toBe(204);
    expectErrorBody(await get(second), 404, 'not-found');
    const again = await server.app.inject({ method: 'DELETE', url: '/api/calendar-feed', headers: { cookie: device } });
    expect(again.statusCode).toBe(204);
  });

  it('never shows another dossier’s appointments', async () => {
    const amal = aFullDossier({ appointments: [anAppointment({ id: 'a1', title: 'Les van Amal' })] });
    const yonas = aFullDossier({ firstName: 'Yonas', appointments: [anAppointment({ id: 'a1', title: 'Les van Yonas' })] });
    await putDossier(server.app, amal);
    await putDossier(server.app, yonas);
    const amalFeed = await newFeed(await activateDevice(server.app, amal.id));
    const yonasFeed = await newFeed(await activateDevice(server.app, yonas.id));
    const amalBody = (await get(amalFeed)).body;
    const yonasBody = (await get(yonasFeed)).body;
    expect(parseICalendar(amalBody).events.map((e) => e.SUMMARY)).toEqual(['Les van Amal']);
    expect(parseICalendar(yonasBody).events.map((e) => e.SUMMARY)).toEqual(['Les van Yonas']);
    expect(amalBody).not.toContain(yonas.id);
    expect(yonasBody).not.toContain(amal.id);
  });

  it('gives 404 for unknown, malformed and deleted-dossier tokens, without saying which', async () => {
    const dossier = aFullDossier();
    await putDossier(server.app, dossier);
    const path = await newFeed(await activateDevice(server.app, dossier.id));
    for (const url of ['/api/calendar/unknown.ics', `/api/calendar/${'a'.repeat(43)}.ics`, path.replace('.ics', '.txt'), '/api/calendar/%00.ics']) {
      expectErrorBody(await get(url), 404, 'not-found');
    }
    const deleted = await server.app.inject({ method: 'DELETE', url: `/api/admin/dossiers/${dossier.id}`, headers: admin });
    expect(deleted.statusCode).toBe(204);
    expectErrorBody(await get(path), 404, 'not-found');
  });

  it('needs a live session to create or revoke a feed', async () => {
    for (const method of ['POST', 'DELETE'] as const) {
      expectErrorBody(await server.app.inject({ method, url: '/api/calendar-feed' }), 401, 'no-session');
      const bogus = await server.app.inject({ method, url: '/api/calendar-feed', headers: { cookie: 'tir_session=nope' } });
      expectErrorBody(bogus, 401, 'unauthenticated');
    }
  });

  it('lets only the inburgeraar’s own phone make or stop the address, not a helper or staff device', async () => {
    const dossier = aFullDossier();
    await putDossier(server.app, dossier);
    const owner = await inburgeraarDevice(server.app, dossier.id);
    const path = await newFeed(owner.cookie);
    const helper = await activateWith(server.app, await share(owner, aShare()));
    const staff = await staffDevice(server.app, `staff-${dossier.id}`, {
      name: 'Youssef', role: 'begeleider', gemeente: 'rijswijk', dossiers: [dossier.id],
    });
    for (const device of [helper, staff]) {
      for (const method of ['POST', 'DELETE'] as const) {
        expectErrorBody(await deviceInject(server.app, device.cookie, { method, url: '/api/calendar-feed' }), 403, 'forbidden');
      }
    }
    expect((await get(path)).statusCode).toBe(200);
  });

  it('keeps the token out of request logs', () => {
    expect(redactFeedToken('/api/calendar/s3cr3t-token.ics')).toBe('/api/calendar/…ics');
    expect(redactFeedToken('/api/sync/pull')).toBe('/api/sync/pull');
  });
});
