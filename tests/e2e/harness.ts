import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { DossierImport } from '../../src/domain/dossier';
import { createDatabase, type DatabaseHandle } from '../../src/server/db/createDatabase';
import type { Backend, TestStorage } from '../server/backends';

// End-to-end harness: the real server (src/server/main.ts) as a child process over a real SQLite
// file (or, given a backend from tests/server/backends.ts, a fresh PostgreSQL database), serving
// the real build in dist/, driven by Debian's Chromium through playwright-core.

export const ADMIN_TOKEN = 'e2e-admin-token-0123456789abcdef';
const ROOT = path.resolve(import.meta.dirname, '../..');
/** The build to serve; E2E_STATIC_DIR lets one run use its own build while another rebuilds dist/. */
const STATIC_DIR = process.env.E2E_STATIC_DIR ?? 'dist';

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
  private readonly ownDataDir = mkdtempSync(path.join(tmpdir(), 'tir-e2e-'));
  /** The backend's storage (its DATA_DIR, and a PostgreSQL database), made at the first start. */
  private storage: TestStorage | null = null;
  port = 0;

  /** Without a backend: SQLite in a temporary folder, as always. */
  constructor(private readonly backend?: Backend) {}

  get backendName(): Backend['name'] {
    return this.backend?.name ?? 'sqlite';
  }

  get origin(): string {
    return `http://localhost:${this.port}`;
  }

  get dataDir(): string {
    return this.storage?.env.DATA_DIR ?? this.ownDataDir;
  }

  get sqliteFile(): string {
    return path.join(this.dataDir, 'thuis.sqlite');
  }

  private get databaseUrl(): string {
    return this.storage?.env.DATABASE_URL ?? '';
  }

  /** This server's database through the app's own code, whichever the backend; close it after use. */
  openDatabase(): DatabaseHandle {
    return createDatabase({ databaseUrl: this.databaseUrl || null, sqliteFile: this.sqliteFile, dataDir: this.dataDir });
  }

  /**
   * Starts (or restarts, on the same port and data) the server and waits until it listens.
   * `entry`: another start script (a "next" release's server, tests/e2e/nextReleaseServer.ts).
   */
  async start(env: Record<string, string> = {}, entry = 'src/server/main.ts'): Promise<void> {
    if (!existsSync(path.resolve(ROOT, STATIC_DIR, 'index.html'))) throw new Error('Build the app first (npm run build).');
    this.port ||= await freePort();
    if (this.backend && !this.storage) this.storage = await this.backend.create();
    const child = spawn(process.execPath, ['--import', 'tsx', entry], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(this.port), HOST: '127.0.0.1', DATA_DIR: this.dataDir, ADMIN_TOKEN, DEMO: '0', SECURITY_CONTACT: 'mailto:security@example.test', STATIC_DIR, DATABASE_URL: this.databaseUrl, ...env },
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
    rmSync(this.ownDataDir, { recursive: true, force: true });
    await this.storage?.drop();
    this.storage = null;
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

  /**
   * The activation link as handed out. Without `asHandedOut` the dossier's language (`?lang=`) is
   * left out, so a test reads the phone in its own language (Dutch here).
   */
  async activationUrl(dossierId: string, { asHandedOut = false } = {}): Promise<string> {
    const response = await this.admin('POST', `/api/admin/dossiers/${dossierId}/activation-codes`);
    if (!response.ok) throw new Error(`code failed: ${response.status}`);
    const url = new URL(((await response.json()) as { url: string }).url);
    if (!asHandedOut) url.searchParams.delete('lang');
    return url.toString();
  }

  /**
   * Puts a staff member on the server (name, role, caseload) and returns their activation link's
   * fragment (`#code=…`): a test opens `/activate?lang=…${fragment}` in the language it reads.
   */
  async staffActivation(staffId: string, member: { name: string; role: 'begeleider' | 'consulent'; dossiers: string[]; gemeente?: string }): Promise<string> {
    const put = await this.admin('PUT', `/api/admin/staff/${staffId}`, { gemeente: 'rijswijk', ...member });
    if (!put.ok) throw new Error(`staff failed: ${put.status} ${await put.text()}`);
    const response = await this.admin('POST', `/api/admin/staff/${staffId}/activation-codes`);
    if (!response.ok) throw new Error(`staff code failed: ${response.status}`);
    return new URL(((await response.json()) as { url: string }).url).hash;
  }
}

/**
 * A staff phone's set-up in Dutch: opens the activation fragment (AppServer.staffActivation),
 * chooses the access code, and waits for the caseload.
 */
export async function activateStaff(page: Page, fragment: string, accessCode: string): Promise<void> {
  await page.goto(`/activate?lang=nl${fragment}`);
  await page.getByRole('heading', { name: 'Beveilig deze telefoon' }).waitFor();
  await page.getByLabel('Nieuwe toegangscode (minstens 12 tekens)').fill(accessCode);
  await page.getByLabel('Typ de toegangscode nog een keer').fill(accessCode);
  await page.getByRole('button', { name: 'Toegangscode instellen' }).click();
  await page.getByRole('heading', { name: 'Mijn huishoudens' }).waitFor();
}

/** Every record of every object store of every IndexedDB database of this origin, as text (to look for plain personal data). */
export function dumpIndexedDb(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const decoder = new TextDecoder();
    const out: Record<string, Record<string, unknown[]>> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const idb = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name as string);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(new Error('cannot open'));
      });
      const records: Record<string, unknown[]> = {};
      out[idb.name] = records;
      for (const store of [...idb.objectStoreNames]) {
        records[store] = await new Promise<unknown[]>((resolve) => {
          const req = idb.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result as unknown[]);
        });
      }
      idb.close();
    }
    return JSON.stringify(out, (_k, v: unknown) => (v instanceof ArrayBuffer ? decoder.decode(v) : ArrayBuffer.isView(v) ? decoder.decode(v as Uint8Array) : v));
  });
}

/** Debian's Chromium, never a downloaded one (the bench uses it too: scripts/bench). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
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
  /** The Chromium profile on disk: launch again on it to get the same phone back. */
  profile: string;
  /** Every request to a host other than the app's own. */
  foreignRequests: string[];
  close(): Promise<void>;
  /** Kills the browser process with SIGKILL, as a phone's OS or a dying battery does; the profile stays. */
  kill(): Promise<void>;
}

export interface PhoneOptions {
  /** An existing profile (from an earlier Phone) instead of a new one. */
  profile?: string;
  /** Start without a network connection. */
  offline?: boolean;
}

/**
 * A phone-sized browser with its own profile on disk (not incognito: a real phone keeps its
 * IndexedDB and service worker, and Chromium only reports installability outside incognito).
 */
export async function launchPhone(origin: string, options: PhoneOptions = {}): Promise<Phone> {
  const profile = options.profile ?? mkdtempSync(path.join(tmpdir(), 'tir-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    baseURL: origin,
    offline: options.offline ?? false,
  });
  const foreignRequests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) foreignRequests.push(url);
  });
  return {
    context,
    profile,
    foreignRequests,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
    async kill() {
      // Chromium's profile lock is a symlink to "<host>-<pid>" of the browser process that holds it.
      const lock = path.join(profile, 'SingletonLock');
      const pid = Number(readlinkSync(lock).split('-').pop());
      if (!Number.isInteger(pid) || pid <= 0) throw new Error(`no pid in ${lock}`);
      const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
      process.kill(pid, 'SIGKILL');
      await closed;
    },
  };
}

/**
 * Loses the connection the hard way: the server is killed (no goodbye to anyone) and the browser
 * goes offline. With a page, it is reloaded, so what it shows comes from the phone alone.
 */
export async function goOffline(server: AppServer, context: BrowserContext, page?: Page): Promise<void> {
  await server.kill();
  await context.setOffline(true);
  if (page) await page.reload();
}

/** The server is back and the browser online again. */
export async function goOnline(server: AppServer, context: BrowserContext): Promise<void> {
  await server.start();
  await context.setOffline(false);
}
