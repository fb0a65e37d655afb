import { describe, expect, it } from 'vitest';
import { createActivationCode } from '../../src/server/store';
import { normaliseActivationCode, sha256 } from '../../src/server/store/secrets';
import { backends } from './backends';
import { aFullDossier } from '../support/builders';
import { admin, expectErrorBody, newCode, putDossier, serverWithDossier, type TestServer } from './harness';

const CODE_FORMAT = /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/;
const DAY_MS = 86_400_000;

describe.each(backends)('activation on $name', (backend) => {
  let server: TestServer;
  let dossierId: string;
  serverWithDossier(backend, (s, d) => {
    server = s;
    dossierId = d;
  });

  const activate = (code: string) => server.app.inject({ method: 'POST', url: '/api/activate', payload: { code } });

  it('hands out a readable code with a link and an expiry', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: `/api/admin/dossiers/${dossierId}/activation-codes`,
      headers: { ...admin, host: 'thuis.example.nl' },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json<{ code: string; url: string; expiresAt: string }>();
    expect(body.code).toMatch(CODE_FORMAT);
    // The dossier's language rides along, so the phone opens in it; the code stays in the fragment.
    expect(body.url).toBe(`http://thuis.example.nl/activate?lang=ar#${body.code}`);
    const days = (Date.parse(body.expiresAt) - Date.now()) / DAY_MS;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);
  });

  it('puts the app language of the dossier in the link, and none the app does not speak', async () => {
    const link = async (language: string) => {
      const { id } = await putDossier(server.app, aFullDossier({ id: `rw-lang-${language.toLowerCase()}`, language }));
      const response = await server.app.inject({ method: 'POST', url: `/api/admin/dossiers/${id}/activation-codes`, headers: admin });
      return response.json<{ url: string }>().url.replace(/#.*$/, '');
    };
    expect(await link('ti')).toMatch(/\/activate\?lang=ti$/);
    expect(await link('fa-AF')).toMatch(/\/activate\?lang=prs$/);
    expect(await link('ku')).toMatch(/\/activate\?lang=kmr$/);
    expect(await link('de')).toMatch(/\/activate$/);
  });

  it('sets an HttpOnly, SameSite=Strict session cookie for /api and returns the dossier id', async () => {
    const response = await activate(await newCode(server.app, dossierId));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ dossierId, kind: 'inburgeraar', restoreSecret: expect.any(String) });
    expect(response.headers['cache-control']).toBe('no-store');
    const cookie = response.cookies.find((c) => c.name === 'tir_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api', maxAge: 400 * 24 * 3600 });
    expect(cookie?.secure).toBeFalsy(); // plain http in this test; see the https case below
    expect(cookie?.value.length).toBeGreaterThanOrEqual(43);
  });

  it('accepts the code typed in lower case with spaces', async () => {
    const code = await newCode(server.app, dossierId);
    const typed = ` ${code.toLowerCase().replaceAll('-', ' ')} `;
    expect((await activate(typed)).statusCode).toBe(200);
  });

  it('still accepts a 10-symbol code made before codes had 16 symbols, until it expires', async () => {
    const legacy = 'WXYZ-2345-MN';
    await server.db
      .insertInto('activation_code')
      .values({
        code_hash: sha256(normaliseActivationCode(legacy)),
        dossier_id: dossierId,
        staff_id: null,
        share_id: null,
        kind: 'dossier',
        expires_at: new Date(Date.now() + DAY_MS).toISOString(),
        used_at: null,
        created_at: new Date().toISOString(),
      })
      .execute();
    expect((await activate('wxyz 2345 mn')).statusCode).toBe(200);
    expectErrorBody(await activate(legacy), 400, 'invalid-code');
  });

  it('accepts a code only once', async () => {
    const code = await newCode(server.app, dossierId);
    expect((await activate(code)).statusCode).toBe(200);
    expectErrorBody(await activate(code), 400, 'invalid-code');
  });

  it('refuses an expired code, and says no more than for an unknown one', async () => {
    const old = await createActivationCode(server.db, dossierId, { now: new Date(Date.now() - 15 * DAY_MS) });
    const expired = await activate(old?.code ?? 'missing');
    const unknown = await activate('ABCD-EFGH-JK');
    expectErrorBody(expired, 400, 'invalid-code');
    expect(expired.json()).toEqual(unknown.json());
  });

  it('refuses malformed bodies with 400', async () => {
    for (const payload of [{}, { code: 42 }, { code: '' }, { code: 'X'.repeat(100) }, { code: 'ABCD', extra: 1 }]) {
      const response = await server.app.inject({ method: 'POST', url: '/api/activate', payload });
      expectErrorBody(response, 400, 'invalid-body');
    }
  });

  it('stores codes and session tokens only as hashes', async () => {
    const code = await newCode(server.app, dossierId);
    const response = await activate(code);
    const token = response.cookies.find((c) => c.name === 'tir_session')?.value ?? '';
    expect(token).not.toBe('');
    const stored = JSON.stringify([
      await server.db.selectFrom('activation_code').selectAll().execute(),
      await server.db.selectFrom('session').selectAll().execute(),
    ]);
    for (const secret of [code, code.replaceAll('-', ''), token]) expect(stored).not.toContain(secret);
  });
});

describe.each(backends)('activation limits and https on $name', (backend) => {
  let server: TestServer;
  let dossierId: string;
  serverWithDossier(
    backend,
    (s, d) => {
      server = s;
      dossierId = d;
    },
    {
      env: { PUBLIC_URL: 'https://thuis.rijswijk.example/' },
      app: { activateRateLimit: { max: 3, timeWindow: 60_000 } },
    },
  );

  it('links to PUBLIC_URL and marks the cookie Secure', async () => {
    const response = await server.app.inject({ method: 'POST', url: `/api/admin/dossiers/${dossierId}/activation-codes`, headers: admin });
    const { code, url } = response.json<{ code: string; url: string }>();
    expect(url).toBe(`https://thuis.rijswijk.example/activate?lang=ar#${code}`);
    const activated = await server.app.inject({ method: 'POST', url: '/api/activate', payload: { code } });
    expect(activated.cookies.find((c) => c.name === 'tir_session')?.secure).toBe(true);
  });

  it('limits attempts per IP with a clear 429', async () => {
    const attempt = () => server.app.inject({ method: 'POST', url: '/api/activate', payload: { code: 'WRONG-CODE' }, remoteAddress: '192.0.2.77' });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt()).statusCode);
    expect(statuses).toEqual([400, 400, 400, 429]);
    const limited = await attempt();
    expectErrorBody(limited, 429, 'rate-limited');
    expect(limited.headers['retry-after']).toBeDefined();
    // Another address is not affected.
    const other = await server.app.inject({ method: 'POST', url: '/api/activate', payload: { code: 'WRONG' }, remoteAddress: '192.0.2.78' });
    expect(other.statusCode).toBe(400);
  });
});
