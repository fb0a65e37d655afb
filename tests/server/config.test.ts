import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fastifyTrustProxy, loadConfig } from '../../src/server/config';
import { SECURITY_CONTACT } from './harness';

describe('server configuration', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'tir-config-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('has sensible defaults', () => {
    const config = loadConfig({ DATA_DIR: dataDir, SECURITY_CONTACT });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir,
      databaseUrl: null,
      sqliteFile: path.join(dataDir, 'thuis.sqlite'),
      gemeente: 'rijswijk',
      demo: false,
      staticDir: path.resolve('dist'),
      publicUrl: null,
    });
  });

  it('generates an admin token once, stores it owner-only and reuses it', async () => {
    const first = loadConfig({ DATA_DIR: dataDir, SECURITY_CONTACT });
    expect(first.adminTokenGenerated).toBe(true);
    expect(first.adminToken.length).toBeGreaterThanOrEqual(43);
    const file = path.join(dataDir, 'admin-token');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await readFile(file, 'utf8')).trim()).toBe(first.adminToken);

    const second = loadConfig({ DATA_DIR: dataDir, SECURITY_CONTACT });
    expect(second).toMatchObject({ adminToken: first.adminToken, adminTokenGenerated: false });
  });

  it('generates VAPID keys once, stores them owner-only and reuses them; or takes them from VAPID_*', async () => {
    const first = loadConfig({ DATA_DIR: dataDir, SECURITY_CONTACT });
    expect(Buffer.from(first.push.publicKey, 'base64url')).toHaveLength(65);
    expect(first.push.subject).toBe(SECURITY_CONTACT);
    const file = path.join(dataDir, 'vapid-keys.json');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(loadConfig({ DATA_DIR: dataDir, SECURITY_CONTACT }).push).toMatchObject({ publicKey: first.push.publicKey, privateKey: first.push.privateKey });

    const other = await mkdtemp(path.join(tmpdir(), 'tir-config-'));
    const env = { DATA_DIR: other, SECURITY_CONTACT, VAPID_PUBLIC_KEY: first.push.publicKey, VAPID_PRIVATE_KEY: first.push.privateKey, VAPID_SUBJECT: 'https://gemeente.example/contact' };
    expect(loadConfig(env).push).toMatchObject({ publicKey: first.push.publicKey, subject: 'https://gemeente.example/contact', endpointAllow: [] });
    await expect(stat(path.join(other, 'vapid-keys.json'))).rejects.toThrow();
    expect(() => loadConfig({ ...env, VAPID_PRIVATE_KEY: '' })).toThrow(/VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY/);
    expect(() => loadConfig({ ...env, VAPID_SUBJECT: 'gemeente' })).toThrow(/VAPID_SUBJECT/);
    expect(loadConfig({ ...env, PUSH_ENDPOINT_ALLOW: 'http://127.0.0.1:9999/, http://localhost:8000' }).push.endpointAllow).toEqual(['http://127.0.0.1:9999', 'http://localhost:8000']);
    expect(() => loadConfig({ ...env, PUSH_ENDPOINT_ALLOW: 'ftp://x' })).toThrow(/PUSH_ENDPOINT_ALLOW/);
    await rm(other, { recursive: true, force: true });
  });

  it('prefers ADMIN_TOKEN from the environment and then writes no file', async () => {
    const token = 'from-env-0123456789abcdefghijklmnop';
    const config = loadConfig({ DATA_DIR: dataDir, SECURITY_CONTACT, ADMIN_TOKEN: token });
    expect(config).toMatchObject({ adminToken: token, adminTokenGenerated: false });
    await expect(stat(path.join(dataDir, 'admin-token'))).rejects.toThrow();
  });

  it('reads the other settings', () => {
    const config = loadConfig({
      DATA_DIR: dataDir,
      SECURITY_CONTACT,
      PORT: '3000',
      HOST: '127.0.0.1',
      DATABASE_URL: 'postgres://db/thuis',
      GEMEENTE: 'zevenaar',
      DEMO: '1',
      PUBLIC_URL: 'https://thuis.example.nl/',
    });
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: 'postgres://db/thuis',
      gemeente: 'zevenaar',
      demo: true,
      publicUrl: 'https://thuis.example.nl',
    });
  });

  it('refuses an ADMIN_TOKEN shorter than 32 characters at start-up', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir, SECURITY_CONTACT, ADMIN_TOKEN: 'x'.repeat(31) })).toThrow(/ADMIN_TOKEN must be at least 32/);
    expect(loadConfig({ DATA_DIR: dataDir, SECURITY_CONTACT, ADMIN_TOKEN: 'x'.repeat(32) }).adminToken).toBe('x'.repeat(32));
  });

  it('tightens an admin-token file that was left readable to others', async () => {
    const file = path.join(dataDir, 'admin-token');
    await writeFile(file, 'stored-token-0123456789abcdefghijklmnop\n', { mode: 0o644 });
    await chmod(file, 0o644);
    expect(loadConfig({ DATA_DIR: dataDir, SECURITY_CONTACT }).adminToken).toBe('stored-token-0123456789abcdefghijklmnop');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('reads TRUST_PROXY as a hop count or a list of proxy addresses, never as "trust everyone"', () => {
    const trust = (TRUST_PROXY: string | undefined) => loadConfig({ DATA_DIR: dataDir, SECURITY_CONTACT, TRUST_PROXY }).trustProxy;
    expect(trust(undefined)).toBe(false);
    expect(trust('0')).toBe(false);
    expect(trust('1')).toBe(1);
    expect(trust('2')).toBe(2);
    expect(trust('10.0.0.1, 10.0.0.2')).toEqual(['10.0.0.1', '10.0.0.2']);
    expect(trust('10.0.0.0/8,fd00::/8,loopback')).toEqual(['10.0.0.0/8', 'fd00::/8', 'loopback']);
    for (const bad of ['true', '*', 'TRUE', 'yes', 'all']) expect(() => trust(bad)).toThrow(/TRUST_PROXY.*trusting every proxy/);
    for (const bad of ['10.0.0.0/33', 'proxy.example', '10.0.0.1;10.0.0.2', '-1']) expect(() => trust(bad)).toThrow(/TRUST_PROXY/);
  });

  it('with one proxy hop, takes the address the proxy saw, not one the client wrote into X-Forwarded-For', () => {
    const oneHop = fastifyTrustProxy(1);
    expect(typeof oneHop).toBe('function');
    const trusts = oneHop as (address: string, hop: number) => boolean;
    expect([trusts('10.0.0.1', 0), trusts('203.0.113.9', 1)]).toEqual([true, false]);
    expect(fastifyTrustProxy(false)).toBe(false);
    expect(fastifyTrustProxy(['10.0.0.1'])).toEqual(['10.0.0.1']);
  });

  it('refuses a bad PORT or PUBLIC_URL at start-up', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir, SECURITY_CONTACT, PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATA_DIR: dataDir, SECURITY_CONTACT, PUBLIC_URL: 'ftp://x' })).toThrow(/PUBLIC_URL/);
  });

  it('reads LOG_LEVEL, and refuses one pino does not know at start-up', () => {
    expect(loadConfig({ DATA_DIR: dataDir, SECURITY_CONTACT }).logLevel).toBe('info');
    expect(loadConfig({ DATA_DIR: dataDir, SECURITY_CONTACT, LOG_LEVEL: 'Warn' }).logLevel).toBe('warn');
    expect(() => loadConfig({ DATA_DIR: dataDir, SECURITY_CONTACT, LOG_LEVEL: 'verbose' })).toThrow(/LOG_LEVEL/);
  });
});
