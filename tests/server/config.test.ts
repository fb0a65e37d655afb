import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config';
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

  it('prefers ADMIN_TOKEN from the environment and then writes no file', async () => {
    const config = loadConfig({ DATA_DIR: dataDir, SECURITY_CONTACT, ADMIN_TOKEN: 'from-env' });
    expect(config).toMatchObject({ adminToken: 'from-env', adminTokenGenerated: false });
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

  it('refuses a bad PORT or PUBLIC_URL at start-up', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir, SECURITY_CONTACT, PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATA_DIR: dataDir, SECURITY_CONTACT, PUBLIC_URL: 'ftp://x' })).toThrow(/PUBLIC_URL/);
  });
});
