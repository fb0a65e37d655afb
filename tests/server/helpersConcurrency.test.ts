import { describe, expect, it } from 'vitest';
import { backends } from './backends';
import { aFullDossier, aShare, aStaffId, aStaffMember } from '../support/builders';
import { inburgeraarDevice, putStaff, share } from './devices';
import { admin, putDossier, serverFor, type TestServer } from './harness';

// Share codes lock their dossier before the code row, caseload changes lock the dossiers they
// add: in the same order as delete, push and import, so racing requests queue and never deadlock.

describe.each(backends)('helpers under concurrency on $name', (backend) => {
  let server: TestServer;
  serverFor(backend, (s) => {
    server = s;
  });

  const redeem = (code: string) => server.app.inject({ method: 'POST', url: '/api/activate', payload: { code } });

  it('gives one session for a share code redeemed three times at once', async () => {
    const owner = await inburgeraarDevice(server.app, (await putDossier(server.app, aFullDossier())).id);
    const code = await share(owner, aShare());
    const answers = await Promise.all([1, 2, 3].map(() => redeem(code)));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 400, 400]);
  });

  it('redeems a share code, revokes the share and deletes the dossier side by side without a fault', async () => {
    const dossierId = (await putDossier(server.app, aFullDossier())).id;
    const owner = await inburgeraarDevice(server.app, dossierId);
    const args = aShare();
    const code = await share(owner, args);
    const [redeemed, revoked, deleted] = await Promise.all([
      redeem(code),
      owner.send('share.revoke', { id: args.id }).then(
        () => 200,
        () => 401, // the dossier may be gone first: then this device is no longer activated
      ),
      server.app.inject({ method: 'DELETE', url: `/api/admin/dossiers/${dossierId}`, headers: admin }),
    ]);
    expect([200, 400]).toContain(redeemed.statusCode);
    expect([200, 401]).toContain(revoked);
    expect(deleted.statusCode).toBe(204);
    expect(await server.db.selectFrom('session').select('id').where('dossier_id', '=', dossierId).execute()).toEqual([]);
  });

  it('puts dossiers on a caseload while one of them is deleted, without a fault', async () => {
    const ids = await Promise.all([1, 2, 3].map(async () => (await putDossier(server.app, aFullDossier())).id));
    const staffId = aStaffId();
    const [stored, deleted] = await Promise.all([
      putStaff(server.app, staffId, aStaffMember({ dossiers: ids })),
      server.app.inject({ method: 'DELETE', url: `/api/admin/dossiers/${ids[1]}`, headers: admin }),
    ]);
    expect(deleted.statusCode).toBe(204);
    expect([200, 201, 400]).toContain(stored.statusCode);
    const caseload = await server.db.selectFrom('caseload').select('dossier_id').where('staff_id', '=', staffId).execute();
    expect(caseload.map((c) => c.dossier_id)).not.toContain(ids[1]);
  });
});
