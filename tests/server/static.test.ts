import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GEMEENTEN } from '../../src/gemeenten';
import { renderManifest } from '../../src/server/http/appShell';
import { backends } from './backends';
import { aBuiltApp, BUILT_BUNDLE, BUILT_WELCOME } from './builtApp';
import { expectErrorBody, startServer, type TestServer } from './harness';

describe.each(backends)('static PWA on $name', (backend) => {
  let server: TestServer;
  let staticDir: string;
  beforeAll(async () => {
    staticDir = await aBuiltApp();
    server = await startServer(backend, { env: { STATIC_DIR: staticDir } });
  });
  afterAll(async () => {
    await server.close();
    await rm(staticDir, { recursive: true, force: true });
  });

  const get = (url: string, accept = '*/*', extra: Record<string, string> = {}) =>
    server.app.inject({ method: 'GET', url, headers: { accept, ...extra } });

  it.each([
    ['/', 'no-cache'],
    ['/index.html', 'no-cache'],
    ['/sw.js', 'no-cache'],
    ['/registerSW.js', 'no-cache'],
    ['/manifest.webmanifest', 'no-cache'],
    ['/assets/app-abc123.js', 'public, max-age=31536000, immutable'],
    ['/icon-192.png', 'public, max-age=3600'],
  ])('serves %s with Cache-Control: %s', async (url, cacheControl) => {
    const response = await get(url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe(cacheControl);
  });

  it('sends the app shell for an app path a browser navigates to', async () => {
    const response = await get('/agenda', 'text/html,application/xhtml+xml');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<meta name="gemeente" content="rijswijk" />');
    expect(response.body).toContain('<title>Thuis in Rijswijk</title>');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(String(response.headers['content-security-policy'])).toContain("script-src 'self'");
  });

  it('puts the prerendered welcome screen and the municipality’s colours into the shell', async () => {
    const response = await get('/', 'text/html');
    expect(response.body).toContain(`<div id="root">${BUILT_WELCOME.rijswijk}</div>`);
    expect(response.body).toMatch(/<html [^>]*class="rijswijk-theme"/);
  });

  it('does not answer a missing file with the app shell', async () => {
    expectErrorBody(await get('/assets/missing-123.js'), 404, 'not-found');
  });

  it('never answers /api with a file or the app shell', async () => {
    for (const url of ['/api/nope', '/api/health/', '/api']) {
      const response = await get(url, 'text/html');
      expectErrorBody(response, 404, 'not-found');
      expect(response.body).not.toContain('<!doctype html>');
    }
    const health = await get('/api/health', 'text/html');
    expect(health.json()).toMatchObject({ ok: true });
  });

  it('compresses what it serves', async () => {
    const response = await get('/assets/app-abc123.js', '*/*', { 'accept-encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.rawPayload.length).toBeLessThan(BUILT_BUNDLE.length);
  });
});

describe('one build, another municipality', () => {
  let server: TestServer;
  let staticDir: string;
  beforeAll(async () => {
    staticDir = await aBuiltApp();
    const sqlite = backends.find((b) => b.name === 'sqlite') ?? backends[0];
    if (!sqlite) throw new Error('no backend');
    server = await startServer(sqlite, { env: { STATIC_DIR: staticDir, GEMEENTE: 'zevenaar' } });
  });
  afterAll(async () => {
    await server.close();
    await rm(staticDir, { recursive: true, force: true });
  });

  it.each(['/', '/index.html', '/info'])('writes Zevenaar into the app shell at %s, with no trace of Rijswijk', async (url) => {
    const response = await server.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<meta name="gemeente" content="zevenaar" />');
    expect(response.body).toContain('<title>Thuis in Zevenaar</title>');
    expect(response.body).toContain(`<div id="root">${BUILT_WELCOME.zevenaar}</div>`);
    expect(response.body).toMatch(/<html [^>]*class="zevenaar-theme"/);
    expect(response.body).not.toMatch(/rijswijk/i);
  });

  it('names the installed app after Zevenaar in the manifest', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/manifest.webmanifest' });
    expect(response.headers['content-type']).toContain('application/manifest+json');
    expect(response.json()).toMatchObject({ name: 'Thuis in Zevenaar', short_name: 'Zevenaar', start_url: '/', lang: 'nl' });
    expect(response.body).not.toMatch(/rijswijk/i);
    // Described in Dutch and in every other language of the app, with the municipality's name.
    const { description, description_localized: localized } = response.json<{ description: string; description_localized: Record<string, { value: string; dir: string }> }>();
    expect(description).toBe('Je inburgering in Zevenaar: je plan, je mensen, je lessen. Ook zonder internet.');
    expect(Object.keys(localized).sort()).toEqual(['ar', 'en', 'fa', 'kmr', 'prs', 'ps', 'ru', 'so', 'ti', 'tr', 'uk']);
    for (const { value } of Object.values(localized)) expect(value).toContain('Zevenaar');
    expect(localized.ar?.dir).toBe('rtl');
  });
});

describe('the manifest of the installed app', () => {
  it('keeps its shortcuts (agenda, emergency numbers) and screenshots for every municipality', () => {
    const built = {
      name: 'Thuis in Rijswijk',
      shortcuts: [
        { name: 'Mijn agenda', url: '/agenda' },
        { name: 'Noodnummers', url: '/info/nood' },
      ],
      screenshots: [{ src: '/screenshots/home.png', sizes: '390x844', type: 'image/png', form_factor: 'narrow', label: 'Start' }],
    };
    for (const gemeente of Object.values(GEMEENTEN)) {
      const manifest = JSON.parse(renderManifest(JSON.stringify(built), gemeente)) as typeof built;
      expect(manifest.name).toBe(gemeente.appName);
      expect(manifest.shortcuts.map((s) => s.url)).toEqual(['/agenda', '/info/nood']);
      expect(manifest.screenshots).toEqual(built.screenshots);
    }
  });
});
