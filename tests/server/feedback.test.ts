import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { feedbackSummarySchema, type FeedbackRequest } from '../../src/domain/feedback';
import { purgeExpired } from '../../src/server/store/retention';
import { backends } from './backends';
import { activateDevice, admin, expectErrorBody, putDossier, serverFor, type TestServer } from './harness';
import { aFullDossier } from '../support/builders';

// POST /api/feedback and GET /api/admin/feedback (issue 16, item 5): anonymous feedback on the
// informatiemap, stored once per clientId, summarised for this municipality's admin only.

const ZEVENAAR_TOKEN = 'zevenaar-admin-token-0123456789abcdefgh';

const aFeedback = (over: Partial<FeedbackRequest> = {}): FeedbackRequest => ({ clientId: randomUUID(), page: 'geld', language: 'ar', choice: 'helped', ...over });

const send = (app: FastifyInstance, body: unknown, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/api/feedback', payload: body as object, headers });

const summary = async (app: FastifyInstance, headers = admin) => {
  const response = await app.inject({ method: 'GET', url: '/api/admin/feedback', headers });
  expect(response.statusCode).toBe(200);
  return feedbackSummarySchema.parse(response.json());
};

describe.each(backends)('feedback on $name', (backend) => {
  let server: TestServer;
  let zevenaar: { app: FastifyInstance; admin: { authorization: string } };
  serverFor(backend, async (s) => {
    server = s;
    zevenaar = await server.otherInstance({ GEMEENTE: 'zevenaar', ADMIN_TOKEN: ZEVENAAR_TOKEN });
  });

  it('takes feedback without a login and stores it once per clientId, with the day only', async () => {
    const feedback = aFeedback({ page: 'wonen', language: 'ti', choice: 'wrong-language', text: '  Het woord "huur" is fout  ' });
    for (let i = 0; i < 3; i++) {
      const response = await send(server.app, feedback);
      expect(response.statusCode).toBe(204);
      expect(response.headers['set-cookie']).toBeUndefined();
    }
    const stored = await server.db.selectFrom('feedback').selectAll().where('client_id', '=', feedback.clientId).execute();
    expect(stored).toEqual([
      { client_id: feedback.clientId, gemeente: 'rijswijk', page: 'wonen', language: 'ti', choice: 'wrong-language', text: 'Het woord "huur" is fout', day: new Date().toISOString().slice(0, 10) },
    ]);
  });

  it('refuses what is not on the known lists, a text over 500 characters, other fields and a missing clientId', async () => {
    const refused: unknown[] = [
      aFeedback({ page: 'geheim' as FeedbackRequest['page'] }),
      aFeedback({ language: 'de' as FeedbackRequest['language'] }),
      aFeedback({ choice: 'love' as FeedbackRequest['choice'] }),
      aFeedback({ text: 'x'.repeat(501) }),
      aFeedback({ clientId: 'not-a-uuid' }),
      { ...aFeedback(), dossierId: 'rw-0001' },
      { page: 'geld', language: 'ar', choice: 'helped' },
      [],
    ];
    for (const body of refused) expectErrorBody(await send(server.app, body), 400, 'invalid-body');
    expect((await send(server.app, aFeedback({ text: 'ب'.repeat(500) }))).statusCode).toBe(204);
  });

  it('stores nothing of the device: a session cookie sent along is not read or kept', async () => {
    const dossier = await putDossier(server.app, aFullDossier());
    const cookie = await activateDevice(server.app, dossier.id);
    const feedback = aFeedback({ page: 'nood' });
    expect((await send(server.app, feedback, { cookie })).statusCode).toBe(204);
    const row = await server.db.selectFrom('feedback').selectAll().where('client_id', '=', feedback.clientId).executeTakeFirstOrThrow();
    expect(Object.keys(row).sort()).toEqual(['choice', 'client_id', 'day', 'gemeente', 'language', 'page', 'text']);
    expect(JSON.stringify(row)).not.toContain(dossier.id);
  });

  it('summarises per page and language, counts per choice and the newest texts, for this municipality only', async () => {
    const page = 'school';
    await send(server.app, aFeedback({ page, language: 'fa', choice: 'helped' }));
    await send(server.app, aFeedback({ page, language: 'fa', choice: 'helped' }));
    await send(server.app, aFeedback({ page, language: 'fa', choice: 'not-helped' }));
    await send(server.app, aFeedback({ page, language: 'fa', choice: 'wrong-language', text: '<script>alert(1)</script>' }));
    await send(server.app, aFeedback({ page, language: 'uk', choice: 'helped' }));
    await send(zevenaar.app, aFeedback({ page, language: 'fa', choice: 'not-helped', text: 'Zevenaar' }));

    const rows = (await summary(server.app)).pages.filter((r) => r.page === page);
    expect(rows).toEqual([
      { page, language: 'fa', helped: 2, notHelped: 1, wrongLanguage: 1, latestTexts: [{ day: expect.any(String) as string, choice: 'wrong-language', text: '<script>alert(1)</script>' }] },
      { page, language: 'uk', helped: 1, notHelped: 0, wrongLanguage: 0, latestTexts: [] },
    ]);
    const theirs = await summary(zevenaar.app, zevenaar.admin);
    expect(theirs.gemeente).toBe('zevenaar');
    expect(theirs.pages).toEqual([{ page, language: 'fa', helped: 0, notHelped: 1, wrongLanguage: 0, latestTexts: [{ day: expect.any(String) as string, choice: 'not-helped', text: 'Zevenaar' }] }]);
  });

  it('serves the summary as JSON (the text as data, never as a page) and the counts as CSV without texts', async () => {
    const json = await server.app.inject({ method: 'GET', url: '/api/admin/feedback', headers: admin });
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    expect(json.headers['x-content-type-options']).toBe('nosniff');
    const csv = await server.app.inject({ method: 'GET', url: '/api/admin/feedback?format=csv', headers: admin });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe('page,language,helped,not-helped,wrong-language');
    expect(lines).toContain('school,fa,2,1,1');
    expect(csv.body).not.toContain('script');
    const viaAccept = await server.app.inject({ method: 'GET', url: '/api/admin/feedback', headers: { ...admin, accept: 'text/csv' } });
    expect(viaAccept.body).toBe(csv.body);
    expectErrorBody(await server.app.inject({ method: 'GET', url: '/api/admin/feedback?format=xml', headers: admin }), 400, 'invalid-query');
  });

  it('gives the summary only with this municipality’s admin token', async () => {
    expectErrorBody(await server.app.inject({ method: 'GET', url: '/api/admin/feedback' }), 401, 'unauthenticated');
    expectErrorBody(await server.app.inject({ method: 'GET', url: '/api/admin/feedback', headers: { authorization: 'Bearer wrong-token-0123456789abcdefghij' } }), 401, 'unauthenticated');
    expectErrorBody(await server.app.inject({ method: 'GET', url: '/api/admin/feedback', headers: zevenaar.admin }), 401, 'unauthenticated');
  });

  it('forgets feedback after six months (retention)', async () => {
    const old = aFeedback({ page: 'azc', text: 'oud' });
    await send(server.app, old);
    const inSevenMonths = new Date(Date.now() + 7 * 31 * 86_400_000);
    const purged = await purgeExpired(server.db, inSevenMonths);
    expect(purged.feedback).toBeGreaterThanOrEqual(1);
    expect(await server.db.selectFrom('feedback').selectAll().execute()).toEqual([]);
  });
});

describe.each(backends)('feedback limits on $name', (backend) => {
  let server: TestServer;
  serverFor(
    backend,
    (s) => {
      server = s;
    },
    { app: { feedbackRateLimit: { max: 3, timeWindow: 60_000 }, feedbackDailyCap: 5 } },
  );

  it('limits feedback per address', async () => {
    for (let i = 0; i < 3; i++) expect((await send(server.app, aFeedback())).statusCode).toBe(204);
    const refused = await send(server.app, aFeedback());
    expectErrorBody(refused, 429, 'rate-limited');
    expect(refused.headers['retry-after']).toBeDefined();
    // Another address is not held back.
    expect((await server.app.inject({ method: 'POST', url: '/api/feedback', payload: aFeedback(), remoteAddress: '198.51.100.9' })).statusCode).toBe(204);
  });

  it('takes no more than the daily cap of one municipality, yet answers a repeat of stored feedback as done', async () => {
    const first = aFeedback();
    const from = (n: number) => ({ remoteAddress: `203.0.113.${n}` });
    expect((await server.app.inject({ method: 'POST', url: '/api/feedback', payload: first, ...from(1) })).statusCode).toBe(204);
    // Five are stored now (four from the test above): the day is full for new feedback.
    const full = await server.app.inject({ method: 'POST', url: '/api/feedback', payload: aFeedback(), ...from(2) });
    expectErrorBody(full, 429, 'rate-limited');
    expect(Number(full.headers['retry-after'])).toBeGreaterThan(0);
    expect((await server.app.inject({ method: 'POST', url: '/api/feedback', payload: first, ...from(3) })).statusCode).toBe(204);
    expect(await server.db.selectFrom('feedback').select('client_id').execute()).toHaveLength(5);
  });
});
