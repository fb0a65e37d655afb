import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { DossierImport, Step } from '../../src/domain/dossier';
import { indicatorsResponseSchema } from '../../src/domain/indicators';
import { backends } from './backends';
import { aFullDossier, aStep } from '../support/builders';
import { admin, ADMIN_TOKEN, expectErrorBody, putDossier, serverFor, type TestServer } from './harness';

// GET /api/admin/indicators (issue 13 item 6): anonymised counts per start-quarter cohort, this
// municipality's only, every count under 5 shown as "<5", never an id, name or date of a person.

const ZEVENAAR_TOKEN = 'zevenaar-admin-token-0123456789abcdefgh';
const Q1 = { start: '2024-01-15', end: '2027-01-15' };

const step = (kind: Step['kind'], status: Step['status'], date: string | null = null): Step => aStep({ id: `s-${kind}`, kind, status, date });
const exams = (status: Step['status']) =>
  (['examen-lezen', 'examen-luisteren', 'examen-schrijven', 'examen-spreken', 'examen-knm'] as const).map((kind) => step(kind, status, '2025-06-01'));

/** Seven dossiers starting in 2024-Q1: PIP on time 6, in a leerroute 5, taking part 3, exams passed 5, at work 0. */
function rijswijkCohort(): DossierImport[] {
  return Array.from({ length: 7 }, (_, i) =>
    aFullDossier({
      firstName: `Persoon${i}`,
      termijn: Q1,
      steps: [
        step('pip', 'done', i === 6 ? '2024-06-01' : '2024-03-20'), // 2024-03-25 is 10 weeks after the start
        step('leerroute', i < 5 ? (i % 2 ? 'busy' : 'done') : 'todo'),
        step('participatie', i < 3 ? 'busy' : 'planned'),
        ...(i < 5 ? exams('done') : [...exams('done').slice(0, 4), step('examen-knm', 'todo')]),
        step('werk', 'todo'),
      ],
    }),
  );
}

describe.each(backends)('admin indicators on $name', (backend) => {
  let server: TestServer;
  let zevenaar: { app: FastifyInstance; admin: { authorization: string } };
  const ours = rijswijkCohort();
  const later = [aFullDossier({ firstName: 'Later0', termijn: { start: '2025-08-01', end: '2028-08-01' } }), aFullDossier({ firstName: 'Later1', termijn: { start: '2025-09-30', end: '2028-09-30' } })];

  serverFor(backend, async (s) => {
    server = s;
    zevenaar = await server.otherInstance({ GEMEENTE: 'zevenaar', ADMIN_TOKEN: ZEVENAAR_TOKEN });
    for (const dossier of [...ours, ...later]) await putDossier(server.app, dossier);
  });

  const get = (app: FastifyInstance, headers: Record<string, string>, query = '') =>
    app.inject({ method: 'GET', url: `/api/admin/indicators${query}`, headers });

  it('counts per start-quarter cohort, oldest first, with every count under 5 shown as "<5"', async () => {
    const response = await get(server.app, admin);
    expect(response.statusCode).toBe(200);
    const body = indicatorsResponseSchema.parse(response.json());
    expect(body.gemeente).toBe('rijswijk');
    expect(body.cohorts).toEqual([
      { cohort: '2024-Q1', inburgeraars: 7, pipWithin10Weeks: 6, inLeerroute: 5, participatie: '<5', examsPassed: 5, atWork: '<5' },
      { cohort: '2025-Q3', inburgeraars: '<5', pipWithin10Weeks: '<5', inLeerroute: '<5', participatie: '<5', examsPassed: '<5', atWork: '<5' },
    ]);
  });

  it('never names a person: no id, first name or date of a dossier in JSON or CSV', async () => {
    const json = (await get(server.app, admin)).body;
    const csv = (await get(server.app, admin, '?format=csv')).body;
    for (const text of [json, csv]) {
      for (const dossier of [...ours, ...later]) {
        expect(text).not.toContain(dossier.id);
        expect(text).not.toContain(dossier.firstName);
        expect(text).not.toContain(dossier.termijn.start);
      }
      expect(text).not.toContain('2024-03-20');
    }
  });

  it('gives CSV for ?format=csv and for Accept: text/csv', async () => {
    const expected = [
      'cohort,inburgeraars,pipWithin10Weeks,inLeerroute,participatie,examsPassed,atWork',
      '2024-Q1,7,6,5,<5,5,<5',
      '2025-Q3,<5,<5,<5,<5,<5,<5',
      '',
    ].join('\r\n');
    for (const response of [await get(server.app, admin, '?format=csv'), await get(server.app, { ...admin, accept: 'text/csv' })]) {
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toBe('attachment; filename="indicators-rijswijk.csv"');
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.body).toBe(expected);
    }
    expectErrorBody(await get(server.app, admin, '?format=xml'), 400, 'invalid-query');
  });

  it('counts one target group with ?doelgroep=', async () => {
    const all = indicatorsResponseSchema.parse((await get(server.app, admin)).json()).cohorts;
    const asiel = indicatorsResponseSchema.parse((await get(server.app, admin, '?doelgroep=asielstatushouder')).json());
    expect(asiel).toMatchObject({ doelgroep: 'asielstatushouder', cohorts: all });
    const gezin = indicatorsResponseSchema.parse((await get(server.app, admin, '?doelgroep=gezinsmigrant')).json());
    expect(gezin.cohorts).toEqual([]);
    expectErrorBody(await get(server.app, admin, '?doelgroep=someone'), 400, 'invalid-query');
  });

  it('shows another municipality nothing of this one, and this one nothing of theirs', async () => {
    const theirs = indicatorsResponseSchema.parse((await get(zevenaar.app, zevenaar.admin)).json());
    expect(theirs).toMatchObject({ gemeente: 'zevenaar', cohorts: [] });
    // Zevenaar's own cohort of the same quarter, all at work, counts for Zevenaar alone.
    for (let i = 0; i < 5; i++) {
      const dossier = aFullDossier({ gemeente: 'zevenaar', firstName: `Z${i}`, termijn: Q1, steps: [step('werk', 'busy')] });
      const response = await zevenaar.app.inject({ method: 'PUT', url: `/api/admin/dossiers/${dossier.id}`, headers: zevenaar.admin, payload: dossier });
      expect(response.statusCode).toBe(200);
    }
    const zevenaarNow = indicatorsResponseSchema.parse((await get(zevenaar.app, zevenaar.admin)).json()).cohorts;
    expect(zevenaarNow).toEqual([{ cohort: '2024-Q1', inburgeraars: 5, pipWithin10Weeks: '<5', inLeerroute: '<5', participatie: '<5', examsPassed: '<5', atWork: 5 }]);
    const rijswijkNow = indicatorsResponseSchema.parse((await get(server.app, admin)).json()).cohorts;
    expect(rijswijkNow[0]).toMatchObject({ cohort: '2024-Q1', inburgeraars: 7, atWork: '<5' });
    // Each token is its own municipality's: Rijswijk's token does not open Zevenaar's indicators.
    expect(ADMIN_TOKEN).not.toBe(ZEVENAAR_TOKEN);
    expectErrorBody(await get(zevenaar.app, admin), 401, 'unauthenticated');
  });

  it('refuses without the admin token', async () => {
    expectErrorBody(await get(server.app, {}), 401, 'unauthenticated');
    expectErrorBody(await get(server.app, { authorization: 'Bearer wrong-token' }, '?format=csv'), 401, 'unauthenticated');
  });

  it('stops counting a deleted dossier', async () => {
    const gone = ours[0];
    if (!gone) throw new Error('no dossier');
    expect((await server.app.inject({ method: 'DELETE', url: `/api/admin/dossiers/${gone.id}`, headers: admin })).statusCode).toBe(204);
    const after = indicatorsResponseSchema.parse((await get(server.app, admin)).json()).cohorts;
    expect(after[0]).toMatchObject({ cohort: '2024-Q1', inburgeraars: 6, pipWithin10Weeks: 5, inLeerroute: '<5' });
  });
});
