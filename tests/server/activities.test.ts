import { describe, expect, it } from 'vitest';
import { activitiesResponseSchema, activitySchema } from '../../src/domain/activities';
import { anActivityBody } from '../support/activityBuilders';
import { backends } from './backends';
import { admin, expectErrorBody, serverFor, type TestServer } from './harness';
import { parseICalendar } from './icalendar';

const ZEVENAAR_TOKEN = 'zevenaar-admin-token-0123456789abcdefgh';

describe.each(backends)('local activities on $name', (backend) => {
  let server: TestServer;
  serverFor(backend, (s) => {
    server = s;
  });

  const put = (id: string, body: unknown, headers: Record<string, string> = admin, app = server.app) =>
    app.inject({ method: 'PUT', url: `/api/admin/activities/${id}`, headers, payload: body as object });
  const list = async (app = server.app) => {
    const response = await app.inject({ method: 'GET', url: '/api/activities' });
    expect(response.statusCode).toBe(200);
    return activitiesResponseSchema.parse(response.json());
  };

  it('creates (201), replaces (200) and lists an activity publicly, without any credentials', async () => {
    const created = await put('taalcafe', anActivityBody());
    expect(created.statusCode, created.body).toBe(201);
    expect(activitySchema.parse(created.json()).title_nl).toBe('Taalcafé in de bibliotheek');
    const replaced = await put('taalcafe', anActivityBody({ title_nl: 'Taalcafé' }));
    expect(replaced.statusCode).toBe(200);
    const answer = await list();
    expect(answer.gemeente).toBe('rijswijk');
    expect(answer.activities.map((a) => [a.id, a.title_nl])).toEqual([['taalcafe', 'Taalcafé']]);
  });

  it('lets a client keep the list and check it with its ETag', async () => {
    await put('etag', anActivityBody());
    const first = await server.app.inject({ method: 'GET', url: '/api/activities' });
    expect(first.headers['cache-control']).toBe('public, no-cache');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    const again = await server.app.inject({ method: 'GET', url: '/api/activities', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    await put('etag', anActivityBody({ free: false }));
    const changed = await server.app.inject({ method: 'GET', url: '/api/activities', headers: { 'if-none-match': etag } });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
  });

  it('refuses writes without the admin token or with a wrong one', async () => {
    expectErrorBody(await put('zonder', anActivityBody(), {}), 401, 'unauthenticated');
    expectErrorBody(await put('fout', anActivityBody(), { authorization: 'Bearer wrong-token-wrong-token-wrong-token' }), 401, 'unauthenticated');
    const deleted = await server.app.inject({ method: 'DELETE', url: '/api/admin/activities/taalcafe' });
    expectErrorBody(deleted, 401, 'unauthenticated');
    expect((await list()).activities.map((a) => a.id)).not.toContain('zonder');
  });

  it('refuses a malformed id, unknown fields, a missing time and text that would break a calendar', async () => {
    expectErrorBody(await put('Bad_Id', anActivityBody()), 400, 'invalid-id');
    expectErrorBody(await put('x'.repeat(65), anActivityBody()), 400, 'invalid-id');
    expectErrorBody(await put('extra', { ...anActivityBody(), gemeente: 'zevenaar' }), 400, 'invalid-body');
    expectErrorBody(await put('no-time', anActivityBody({ weekly: undefined })), 400, 'invalid-body');
    expectErrorBody(await put('inject', anActivityBody({ title_nl: 'Les\r\nEND:VEVENT' })), 400, 'invalid-body');
    expectErrorBody(await put('big', anActivityBody({ description_nl: 'x'.repeat(70_000) })), 413, 'body-too-large');
  });

  it('keeps each municipality to its own activities: another’s id is 404 and is never touched', async () => {
    const zevenaar = await server.otherInstance({ GEMEENTE: 'zevenaar', ADMIN_TOKEN: ZEVENAAR_TOKEN });
    expect((await put('gedeeld', anActivityBody({ title_nl: 'Van Rijswijk' }))).statusCode).toBe(201);
    // The same id in Zevenaar is Zevenaar's own activity; Rijswijk's stays as it was.
    expect((await put('gedeeld', anActivityBody({ title_nl: 'Van Zevenaar' }), zevenaar.admin, zevenaar.app)).statusCode).toBe(201);
    expect((await list()).activities.find((a) => a.id === 'gedeeld')?.title_nl).toBe('Van Rijswijk');
    expect((await list(zevenaar.app)).activities.map((a) => [a.id, a.title_nl])).toEqual([['gedeeld', 'Van Zevenaar']]);

    expect((await put('alleen-rijswijk', anActivityBody())).statusCode).toBe(201);
    const other = await zevenaar.app.inject({ method: 'DELETE', url: '/api/admin/activities/alleen-rijswijk', headers: zevenaar.admin });
    expectErrorBody(other, 404, 'not-found');
    // Rijswijk's token on Zevenaar's server is no token at all.
    expectErrorBody(await put('x1', anActivityBody(), admin, zevenaar.app), 401, 'unauthenticated');
    expect((await list()).activities.map((a) => a.id)).toContain('alleen-rijswijk');

    const own = await zevenaar.app.inject({ method: 'DELETE', url: '/api/admin/activities/gedeeld', headers: zevenaar.admin });
    expect(own.statusCode).toBe(204);
    expect((await list()).activities.find((a) => a.id === 'gedeeld')?.title_nl).toBe('Van Rijswijk');
  });

  it('deletes (204, then 404) and audits every write in the municipality’s trail', async () => {
    expect((await put('weg', anActivityBody())).statusCode).toBe(201);
    const del = () => server.app.inject({ method: 'DELETE', url: '/api/admin/activities/weg', headers: admin });
    expect((await del()).statusCode).toBe(204);
    expectErrorBody(await del(), 404, 'not-found');
    expectErrorBody(await server.app.inject({ method: 'DELETE', url: '/api/admin/activities/..%2Fx', headers: admin }), 404, 'not-found');
    const trail = await server.db.selectFrom('audit').select(['action', 'actor', 'gemeente', 'detail']).where('action', 'like', 'activity.%').execute();
    expect(trail).toEqual(
      expect.arrayContaining([
        { action: 'activity.upsert', actor: 'admin', gemeente: 'rijswijk', detail: JSON.stringify({ activityId: 'weg', created: true }) },
        { action: 'activity.delete', actor: 'admin', gemeente: 'rijswijk', detail: JSON.stringify({ activityId: 'weg' }) },
      ]),
    );
  });

  it('serves the public iCalendar feed: weekly with RRULE and TZID, one-offs, escaped text', async () => {
    await put('feed-weekly', anActivityBody({ title_nl: 'Sport, spel; en meer', weekly: { weekday: 3, startTime: '19:00', endTime: '20:30', from: '2026-12-02' } }));
    await put('feed-once', anActivityBody({ weekly: undefined, start: '2026-12-19T11:00:00+01:00', end: '2026-12-19T15:00:00+01:00' }));
    const response = await server.app.inject({ method: 'GET', url: '/api/activities.ics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const { calendar, events } = parseICalendar(response.body);
    expect(calendar['X-WR-CALNAME']).toBe('Activiteiten Rijswijk');
    const weekly = events.find((e) => e.UID === 'feed-weekly.rijswijk@activiteiten.thuis-in-rijswijk');
    expect(weekly).toMatchObject({ DTSTART: '20261202T190000', DTEND: '20261202T203000', RRULE: 'FREQ=WEEKLY;BYDAY=WE', SUMMARY: 'Sport\\, spel\\; en meer' });
    expect(response.body).toContain('DTSTART;TZID=Europe/Amsterdam:20261202T190000');
    const once = events.find((e) => e.UID === 'feed-once.rijswijk@activiteiten.thuis-in-rijswijk');
    expect(once).toMatchObject({ DTSTART: '20261219T110000', DTEND: '20261219T150000' });
    expect(once?.RRULE).toBeUndefined();
    for (const line of response.body.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('limits the public list per address (the last test here: it uses up the budget)', async () => {
    let refused: Awaited<ReturnType<typeof server.app.inject>> | undefined;
    for (let i = 0; i < 125 && !refused; i++) {
      const response = await server.app.inject({ method: 'GET', url: '/api/activities' });
      if (response.statusCode === 429) refused = response;
    }
    expect(refused).toBeDefined();
    if (refused) {
      expectErrorBody(refused, 429, 'rate-limited');
      expect(refused.headers['cache-control']).toBe('no-store');
    }
  });
});
