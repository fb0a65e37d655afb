import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rowKey } from '../../src/domain/tables';
import { purgeExpired } from '../../src/server/store/retention';
import { backends } from './backends';
import { aFullDossier, aShare } from '../support/builders';
import { activateWith, inburgeraarDevice, puts, share, tablesIn, type TestDevice } from './devices';
import { admin, expectErrorBody, putDossier, serverFor, type TestServer } from './harness';

const DAY_MS = 24 * 60 * 60 * 1000;
const QUESTION = '4f0c2a4e-8a5b-4c0e-9a51-6d2f1e0b7c11';

describe.each(backends)('taalmaatje shares on $name', (backend) => {
  let server: TestServer;
  let dossierId: string;
  let amal: TestDevice;
  serverFor(backend, (s) => {
    server = s;
  });
  beforeEach(async () => {
    dossierId = (await putDossier(server.app, aFullDossier())).id;
    amal = await inburgeraarDevice(server.app, dossierId);
    // Something private that no share may show.
    await amal.send('question.ask', { id: QUESTION, contactRole: 'consulent-inburgering', text: 'Mijn vraag' });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('puts a single-use code into the share row on the inburgeraar’s phone', async () => {
    const args = aShare({ sections: ['traject', 'agenda'], label: 'Ineke' });
    const code = await share(amal, args);
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const stored = await server.db.selectFrom('activation_code').selectAll().where('share_id', '=', args.id).execute();
    expect(stored).toMatchObject([{ kind: 'share', dossier_id: dossierId, used_at: null }]);
    expect(JSON.stringify(stored)).not.toContain(code); // only the hash

    const helper = await activateWith(server.app, code);
    expect(helper.activation).toEqual({
      kind: 'helper',
      dossierId,
      shareId: args.id,
      sections: ['agenda', 'traject'],
      expiresAt: args.expiresAt,
      restoreSecret: expect.any(String),
    });
    expectErrorBody(await server.app.inject({ method: 'POST', url: '/api/activate', payload: { code } }), 400, 'invalid-code');

    // Once used, the code leaves the row: the phone shows "in use" instead of a QR.
    const [row] = puts((await amal.pull()).patch, 'shares');
    expect(row?.value).toMatchObject({ id: args.id, label: 'Ineke', activatedAt: expect.any(String) });
    expect(row?.value).not.toHaveProperty('code');
  });

  it('gives the helper only the shared sections and the first name and language', async () => {
    const helper = await activateWith(server.app, await share(amal, aShare({ sections: ['agenda', 'money'] })));
    await amal.send('appointment.setAttendance', { appointmentId: 'a1', attendance: 'not-coming' });
    const { patch } = await helper.pull();
    expect(patch[0]).toEqual({ op: 'clear' });
    expect(tablesIn(patch)).toEqual(['appointments', 'attendance', 'dossiers', 'ontzorgen', 'payments']);
    expect(puts(patch, 'dossiers')[0]?.value).toEqual({ dossierId, id: dossierId, gemeente: 'rijswijk', firstName: 'Amal', language: 'ar' });
    expect(JSON.stringify(patch)).not.toContain('Mijn vraag');

    const other = await activateWith(server.app, await share(amal, aShare({ sections: ['traject'] })));
    expect(tablesIn((await other.pull()).patch)).toEqual(['dossiers', 'steps']);
  });

  it('keeps a helper up to date with later changes, within the shared sections only', async () => {
    const helper = await activateWith(server.app, await share(amal, aShare({ sections: ['checklist'] })));
    await helper.pull();
    await amal.send('checklist.setStatus', { itemId: 'k2', status: 'done' });
    await amal.send('appointment.setAttendance', { appointmentId: 'a1', attendance: 'coming' });
    const { patch } = await helper.pull();
    expect(patch).toEqual([expect.objectContaining({ op: 'put', table: 'checklist', id: rowKey(dossierId, 'k2') })]);
  });

  it('refuses every change from a helper’s device as read-only, and records it', async () => {
    const helper = await activateWith(server.app, await share(amal, aShare({ sections: ['agenda', 'checklist'] })));
    const result = await helper.send('checklist.setStatus', { itemId: 'k2', status: 'done' });
    expect(result).toMatchObject({ status: 'rejected', error: { code: 'read-only' } });
    expect((await helper.send('share.create', aShare())).error?.code).toBe('read-only');
    const checklist = puts((await amal.pull(true)).patch, 'checklist').find((op) => op.value.id === 'k2');
    expect(checklist?.value.status).toBe('todo');
    const records = await server.db.selectFrom('mutation').select(['status', 'dossier_id']).where('client_id', '=', helper.clientId).execute();
    expect(records).toEqual([{ status: 'rejected', dossier_id: dossierId }, { status: 'rejected', dossier_id: dossierId }]);
  });

  it('locks the helper out at the next sync after share.revoke, and kills an unused code', async () => {
    const used = aShare();
    const helper = await activateWith(server.app, await share(amal, used));
    const unused = aShare();
    const unusedCode = await share(amal, unused);
    await helper.pull();

    expect(await amal.send('share.revoke', { id: used.id })).toMatchObject({ status: 'applied' });
    expect(await amal.send('share.revoke', { id: unused.id })).toMatchObject({ status: 'applied' });
    expectErrorBody(await helper.pullRaw(), 401, 'unauthenticated');
    expectErrorBody(await helper.pushRaw(), 401, 'unauthenticated');
    expectErrorBody(await server.app.inject({ method: 'POST', url: '/api/activate', payload: { code: unusedCode } }), 400, 'invalid-code');

    const rows = puts((await amal.pull()).patch, 'shares');
    expect(rows.map((r) => r.value.revokedAt)).toEqual([expect.any(String), expect.any(String)]);
    expect(JSON.stringify(rows)).not.toContain(unusedCode);
  });

  it('locks the helper out once the share has ended', async () => {
    const helper = await activateWith(server.app, await share(amal, aShare({ expiresAt: new Date(Date.now() + 2 * DAY_MS).toISOString() })));
    await helper.pull();
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 3 * DAY_MS });
    expectErrorBody(await helper.pullRaw(), 401, 'unauthenticated');
  });

  it('refuses a share that ends in the past or more than a year ahead, and share changes by others', async () => {
    const past = await amal.send('share.create', aShare({ expiresAt: new Date(Date.now() - 1000).toISOString() }));
    expect(past).toMatchObject({ status: 'rejected', error: { code: 'invalid-expiry' } });
    const far = await amal.send('share.create', aShare({ expiresAt: new Date(Date.now() + 400 * DAY_MS).toISOString() }));
    expect(far).toMatchObject({ status: 'rejected', error: { code: 'invalid-expiry' } });
    expect((await amal.send('share.revoke', { id: QUESTION })).error?.code).toBe('not-found');
  });

  it('creates one code for a share sent twice (a retry)', async () => {
    const args = aShare();
    const code = await share(amal, args);
    expect(await amal.send('share.create', args)).toMatchObject({ status: 'applied' });
    const codes = await server.db.selectFrom('activation_code').select('code_hash').where('share_id', '=', args.id).execute();
    expect(codes).toHaveLength(1);
    // Delivered once: a full pull shows the share without its code, which still works.
    const row = puts((await amal.pull(true)).patch, 'shares').find((op) => op.value.id === args.id);
    expect(row?.value).toMatchObject({ id: args.id, codeExpiresAt: expect.any(String) });
    expect(row?.value).not.toHaveProperty('code');
    await activateWith(server.app, code);
  });

  it('takes a code no phone ever pulled out of its row once it has expired (retention)', async () => {
    const args = aShare();
    expect(await amal.send('share.create', args)).toMatchObject({ status: 'applied' });
    const stored = () => server.db.selectFrom('row').select('value').where('tbl', '=', 'shares').where('key', '=', rowKey(dossierId, args.id)).executeTakeFirstOrThrow();
    expect((await stored()).value).toContain('"code":"');
    expect((await purgeExpired(server.db, new Date())).share_code).toBe(0);
    const later = new Date(Date.now() + 15 * 86_400_000);
    expect((await purgeExpired(server.db, later)).share_code).toBeGreaterThanOrEqual(1);
    expect((await stored()).value).not.toContain('"code"');
    await amal.pull();
  });

  it('stores a share code as a hash only once the phone has it: the row carries it once, then never again', async () => {
    const args = aShare();
    expect(await amal.send('share.create', args)).toMatchObject({ status: 'applied' });
    const { patch } = await amal.pull();
    const code = puts(patch, 'shares').find((op) => op.value.id === args.id)?.value.code;
    expect(code).toEqual(expect.any(String));
    const stored = await server.db.selectFrom('row').select('value').where('tbl', '=', 'shares').where('key', '=', rowKey(dossierId, args.id)).executeTakeFirst();
    expect(stored?.value).not.toContain(String(code));
    expect(stored?.value).not.toContain('"code"');
    // The phone that has it is not sent the row again; another phone (or a fresh copy) never gets it.
    expect(puts((await amal.pull()).patch, 'shares')).toEqual([]);
    const other = await inburgeraarDevice(server.app, dossierId);
    expect(JSON.stringify((await other.pull()).patch)).not.toContain(String(code));
    // The code itself still works, once.
    await activateWith(server.app, String(code));
  });

  it('shows no share rows to the helper, and a dossier’s deletion ends its shares', async () => {
    const helper = await activateWith(server.app, await share(amal, aShare({ sections: ['agenda', 'traject', 'contacts', 'money', 'checklist'] })));
    const { patch } = await helper.pull();
    expect(tablesIn(patch)).not.toContain('shares');
    expect(tablesIn(patch)).not.toContain('questions');
    await server.app.inject({ method: 'DELETE', url: `/api/admin/dossiers/${dossierId}`, headers: admin });
    expectErrorBody(await helper.pullRaw(), 401, 'unauthenticated');
  });
});
