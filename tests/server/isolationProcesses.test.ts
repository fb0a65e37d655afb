import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestStorage } from './backends';
import { aFullDossier } from '../support/builders';
import { admin } from './harness';
import { activate, importDossier, parsePull, pullOver, removeServerBundle, request, startServerProcess, type ServerProcess } from './processes';

// Two real server processes, Rijswijk's and Zevenaar's, each with its own GEMEENTE and admin token,
// on one SQLite file and on one PostgreSQL database (docs/threat-model.md, "Isolation between
// municipalities and persons"). The same rules as isolation.test.ts, through the real entry point.

const zevenaarAdmin = { authorization: 'Bearer zevenaar-admin-token-0123456789abcdefgh' };

describe.each(backends)('two municipalities’ server processes on one $name database', (backend) => {
  let storage: TestStorage;
  let rijswijk: ServerProcess;
  let zevenaar: ServerProcess;

  beforeAll(async () => {
    storage = await backend.create();
    // One after the other: both run the migrations at start.
    rijswijk = await startServerProcess({ ...storage.env, GEMEENTE: 'rijswijk' });
    zevenaar = await startServerProcess({ ...storage.env, GEMEENTE: 'zevenaar', ADMIN_TOKEN: zevenaarAdmin.authorization.slice('Bearer '.length) });
  }, 90_000);
  afterAll(async () => {
    await Promise.all([rijswijk?.stop(), zevenaar?.stop()]);
    await storage?.drop();
    removeServerBundle();
  });

  it('keeps each municipality’s admin token to its own dossiers', async () => {
    const amal = aFullDossier({ firstName: 'Amal' });
    await importDossier(rijswijk.origin, amal);
    const phone = await activate(rijswijk.origin, amal.id);

    // Zevenaar's token finds nothing of Rijswijk's, and cannot make a code or take the id over.
    expect((await request(zevenaar.origin, 'GET', `/api/admin/dossiers/${amal.id}`, { headers: zevenaarAdmin })).status).toBe(404);
    expect((await request(zevenaar.origin, 'POST', `/api/admin/dossiers/${amal.id}/activation-codes`, { headers: zevenaarAdmin })).status).toBe(404);
    const takeOver = await request(zevenaar.origin, 'PUT', `/api/admin/dossiers/${amal.id}`, { body: { ...amal, gemeente: 'zevenaar', firstName: 'X' }, headers: zevenaarAdmin });
    expect(takeOver.status).toBe(403);
    expect((takeOver.body as { error: { code: string } }).error.code).toBe('wrong-gemeente');
    // Rijswijk's token does not open Zevenaar's server at all (another token), nor its dossiers.
    expect((await request(zevenaar.origin, 'GET', `/api/admin/dossiers/${amal.id}`, { headers: admin })).status).toBe(401);
    const yonas = aFullDossier({ gemeente: 'zevenaar', firstName: 'Yonas' });
    expect((await request(zevenaar.origin, 'PUT', `/api/admin/dossiers/${yonas.id}`, { body: yonas, headers: zevenaarAdmin })).status).toBe(200);
    expect((await request(rijswijk.origin, 'GET', `/api/admin/dossiers/${yonas.id}`, { headers: admin })).status).toBe(404);

    // Amal's phone still has Amal, and only Amal.
    const pulled = parsePull(await pullOver(rijswijk.origin, phone, 'client-iso-1', null));
    const body = JSON.stringify(pulled.patch);
    expect(body).toContain('Amal');
    expect(body).not.toContain('Yonas');
  });
});
