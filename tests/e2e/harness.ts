import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import type { DossierImport } from '../../src/domain/dossier';

// End-to-end harness: the real server (src/server/main.ts) as a child process over a real SQLite
// file, serving the real build in dist/, driven by Debian's Chromium through playwright-core.

export const ADMIN_TOKEN = 'e2e-admin-token-0123456789abcdef';
const ROOT = path.resolve(import.meta.dirname, '../..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export class AppServer {
  private child: ChildProcess | null = null;
  readonly dataDir = mkdtempSync(path.join(tmpdir(), 'tir-e2e-'));
  port = 0;

  get origin(): string {
    return `http://localhost:${this.port}`;
  }

  get sqliteFile(): string {
    return path.join(this.dataDir, 'thuis.sqlite');
  }

  /** Starts (or restarts, on the same port and data) the server and waits until it listens. */
  async start(env: Record<string, string> = {}): Promise<void> {
    if (!existsSync(path.join(ROOT, 'dist/index.html'))) throw new Error('Build the app first (npm run build).');
    this.port ||= await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(this.port), HOST: '127.0.0.1', DATA_DIR: this.dataDir, ADMIN_TOKEN, DEMO: '0', SECURITY_CONTACT: 'mailto:security@example.test', STATIC_DIR: 'dist', DATABASE_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Listening on')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
    });
  }

  /** Stops the server the hard way, like a lost connection or a crash: no goodbye to anyone. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
    this.child = null;
  }

  async dispose(): Promise<void> {
    await this.kill();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  async admin(method: string, url: string, body?: unknown): Promise<Response> {
    return fetch(`${this.origin}${url}`, {
      method,
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  }

  async importDossier(dossier: DossierImport): Promise<void> {
    const response = await this.admin('PUT', `/api/admin/dossiers/${dossier.id}`, dossier);
    if (!response.ok) throw new Error(`import failed: ${response.status} ${await response.text()}`);
  }

  async activationUrl(dossierId: string): Promise<string> {
    const response = await this.admin('POST', `/api/admin/dossiers/${dossierId}/activation-codes`);
    if (!response.ok) throw new Error(`code failed: ${response.status}`);
    return ((await response.json()) as { url: string }).url;
  }
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Phone {
  context: BrowserContext;
  /** Every request to a host other than the app's own. */
  foreignRequests: string[];
  close(): Promise<void>;
}

/**
 * A phone-sized browser with its own profile on disk (not incognito: a real phone keeps its
 * IndexedDB and service worker, and Chromium only reports installability outside incognito).
 */
export async function launchPhone(origin: string): Promise<Phone> {
  const profile = mkdtempSync(path.join(tmpdir(), 'tir-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    baseURL: origin,
  });
  const foreignRequests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) foreignRequests.push(url);
  });
  return {
    context,
    foreignRequests,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
