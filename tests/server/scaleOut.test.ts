import { randomUUID } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PatchOp } from '../../src/domain/sync';
import { CODE_ALPHABET } from '../../src/server/store/secrets';
import { backends, type TestStorage } from './backends';
import { aFullDossier } from '../support/builders';
import {
  activate,
  freePort,
  importDossier,
  parsePull,
  parsePush,
  pullOver,
  pushOver,
  removeServerBundle,
  request,
  sleep,
  startPostgresCluster,
  startServerProcess,
  type HttpAnswer,
  type PostgresCluster,
  type ServerProcess,
} from './processes';

// Scale-out as the README describes it: two server processes against one PostgreSQL database,
// behind Debian's nginx as a round-robin load balancer. Everything goes through nginx, which
// names the instance that answered in an X-Upstream header. What must hold: a session made on one
// instance works on the other, a device's pushes spread over both never conflict (its mutation
// ids stay one unbroken sequence), and all devices converge to the same state, whichever instance
// they pull from. The rate-limit and failure counters are shared too (in PostgreSQL), and the
// client's address is the one nginx saw, whatever X-Forwarded-For the client sends.

const NGINX = '/usr/sbin/nginx';
const PROXY_SNIPPET = path.resolve('deploy/nginx/thuis-proxy.conf');
const DOSSIERS = 2;
const DEVICES_PER_DOSSIER = 2;
const ROUNDS = 10;

function nginxConfig(dir: string, listen: number, upstreams: number[]): string {
  const asRoot = process.getuid?.() === 0 ? 'user root root;\n' : '';
  return `${asRoot}worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  log_format upstream '$upstream_addr $status $request_method $uri';
  access_log ${dir}/access.log upstream;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream thuis {
${upstreams.map((port) => `    server 127.0.0.1:${port};`).join('\n')}
  }
  server {
    listen 127.0.0.1:${listen};
    location / {
      # The production proxy settings (docs/operations.md), not a copy of them.
      include ${PROXY_SNIPPET};
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}

interface Nginx {
  child: ChildProcess;
  origin: string;
  dir: string;
  output(): string;
}

async function startNginx(upstreams: number[]): Promise<Nginx> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tir-nginx-'));
  const port = await freePort();
  await writeFile(path.join(dir, 'nginx.conf'), nginxConfig(dir, port, upstreams));
  const child = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const until = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${output}`);
    const health = await request(origin, 'GET', '/api/health', { timeoutMs: 2000 }).catch(() => null);
    if (health?.status === 200) break;
    if (Date.now() > until) throw new Error(`nginx did not answer within 20 s:\n${output}`);
    await sleep(50);
  }
  return { child, origin, dir, output: () => output };
}

const upstreamOf = (answer: HttpAnswer): string => answer.headers.get('x-upstream') ?? 'none';

type Replica = Map<string, string>;

function applyPatch(replica: Replica, patch: PatchOp[]): void {
  for (const op of patch) {
    if (op.op === 'clear') replica.clear();
    else if (op.op === 'put') replica.set(`${op.table}/${op.id}`, JSON.stringify(op.value));
    else replica.delete(`${op.table}/${op.id}`);
  }
}

class Device {
  readonly clientId: string;
  private nextId = 1;
  syncCookie: unknown = null;
  readonly replica: Replica = new Map();
  readonly asked: string[] = [];
  /** The instance behind each push and pull, in order. */
  readonly pushedVia: string[] = [];
  readonly pulledVia: string[] = [];

  constructor(
    readonly origin: string,
    readonly no: number,
    readonly dossierId: string,
    readonly cookie: string,
  ) {
    this.clientId = `scale-device-${no}-${Math.random().toString(36).slice(2, 10)}`;
  }

  get sent(): number {
    return this.nextId - 1;
  }

  /** Pushes `count` new mutations in one request; every one must be applied, in order. */
  async push(count: number): Promise<void> {
    const mutations = Array.from({ length: count }, () => {
      const id = this.nextId++;
      if (id % 2 === 0) {
        const status = Math.random() < 0.5 ? 'done' : 'todo';
        return { id, name: 'checklist.setStatus', args: { itemId: Math.random() < 0.5 ? 'k1' : 'k2', status } };
      }
      const question = randomUUID();
      this.asked.push(question);
      return { id, name: 'question.ask', args: { id: question, contactRole: 'consulent-inburgering', text: `Vraag ${this.no}.${id}` } };
    });
    const answer = await pushOver(this.origin, this.cookie, this.clientId, mutations);
    this.pushedVia.push(upstreamOf(answer));
    const { results } = parsePush(answer);
    expect(results).toEqual(mutations.map((m) => ({ id: m.id, status: 'applied' })));
  }

  async pull(): Promise<number> {
    const answer = await pullOver(this.origin, this.cookie, this.clientId, this.syncCookie);
    this.pulledVia.push(upstreamOf(answer));
    const pulled = parsePull(answer);
    applyPatch(this.replica, pulled.patch);
    this.syncCookie = pulled.cookie;
    return pulled.lastMutationId;
  }
}

/** A from-scratch pull: what a newly installed app would see. */
async function freshState(device: Device): Promise<{ via: string; state: Replica; lastMutationId: number }> {
  const answer = await pullOver(device.origin, device.cookie, device.clientId, null);
  const pulled = parsePull(answer);
  const state: Replica = new Map();
  applyPatch(state, pulled.patch);
  return { via: upstreamOf(answer), state, lastMutationId: pulled.lastMutationId };
}

const sorted = (replica: Replica) => [...replica.entries()].sort(([a], [b]) => a.localeCompare(b));

describe('two server instances behind nginx, one PostgreSQL database', () => {
  let storage: TestStorage | undefined;
  let cluster: PostgresCluster | undefined;
  let databaseUrl: string;
  const dataDirs: string[] = [];
  const instances: ServerProcess[] = [];
  let nginx: Nginx | undefined;

  beforeAll(async () => {
    // The shared test server when DATABASE_URL is set (a fresh database), else a cluster of its own.
    const postgres = backends.find((b) => b.name === 'postgres');
    if (postgres) {
      storage = await postgres.create();
      databaseUrl = storage.env.DATABASE_URL as string;
    } else {
      cluster = await startPostgresCluster();
      databaseUrl = cluster.url;
    }
    for (let i = 0; i < 2; i++) dataDirs.push(await mkdtemp(path.join(tmpdir(), 'tir-scale-')));
    // Both start at once, as after a deployment: their migrations must not trip over each other.
    instances.push(
      ...(await Promise.all(dataDirs.map((DATA_DIR) => startServerProcess({ DATA_DIR, DATABASE_URL: databaseUrl, TRUST_PROXY: '1' })))),
    );
    nginx = await startNginx(instances.map((i) => i.port));
  }, 90_000);

  afterAll(async () => {
    nginx?.child.kill('SIGTERM');
    await Promise.all(instances.map((i) => i.stop()));
    await storage?.drop();
    await cluster?.destroy();
    for (const dir of [...dataDirs, nginx?.dir]) if (dir) await rm(dir, { recursive: true, force: true });
    removeServerBundle();
  }, 60_000);

  it('spreads requests over both instances, keeps each device in order, and all devices converge', { timeout: 90_000 }, async () => {
    const lb = (nginx as Nginx).origin;
    const instanceNames = instances.map((i) => `127.0.0.1:${i.port}`).sort();

    // Import and activation through the balancer: a code made on one instance is redeemed on either.
    const devices: Device[] = [];
    for (let d = 0; d < DOSSIERS; d++) {
      const dossier = aFullDossier();
      await importDossier(lb, dossier);
      for (let k = 0; k < DEVICES_PER_DOSSIER; k++) {
        devices.push(new Device(lb, devices.length + 1, dossier.id, await activate(lb, dossier.id)));
      }
    }

    // One device at a time: round robin sends its consecutive requests to alternating instances,
    // so its session works on both, and its pushes interleave across them without a gap error.
    for (const device of devices) {
      for (let i = 0; i < 4; i++) await device.push(1);
      expect(new Set(device.pushedVia), `pushes of device ${device.no}`).toEqual(new Set(instanceNames));
      for (let i = 0; i < 2; i++) expect(await device.pull()).toBe(device.sent);
      expect(new Set(device.pulledVia), `pulls of device ${device.no}`).toEqual(new Set(instanceNames));
    }

    // All at once: each device pushes and pulls, over and over.
    await Promise.all(
      devices.map(async (device) => {
        for (let round = 0; round < ROUNDS; round++) {
          await device.push(1 + Math.floor(Math.random() * 3));
          expect(await device.pull()).toBe(device.sent);
        }
      }),
    );
    const allVia = devices.flatMap((d) => [...d.pushedVia, ...d.pulledVia]);
    expect(new Set(allVia)).toEqual(new Set(instanceNames));

    // Converged: after one more pull, every device of a dossier holds the same rows, equal to what
    // a fresh pull from either instance gives, with every question asked by any of them.
    for (const device of devices) await device.pull();
    for (const device of devices) {
      const fresh = [await freshState(device), await freshState(device)];
      expect(new Set(fresh.map((f) => f.via))).toEqual(new Set(instanceNames));
      for (const f of fresh) {
        expect(f.lastMutationId).toBe(device.sent);
        expect(sorted(device.replica)).toEqual(sorted(f.state));
      }
      const siblings = devices.filter((d) => d.dossierId === device.dossierId);
      const questions = sorted(device.replica).filter(([key]) => key.startsWith('questions/'));
      expect(questions.map(([, value]) => (JSON.parse(value) as { id: string }).id).sort()).toEqual(siblings.flatMap((d) => d.asked).sort());
      for (const sibling of siblings) expect(sorted(sibling.replica)).toEqual(sorted(device.replica));
    }

    // nginx's own record agrees: both instances answered, and never with an error.
    const log = await readFile(path.join((nginx as Nginx).dir, 'access.log'), 'utf8');
    const lines = log.trim().split('\n').map((line) => line.split(' '));
    expect(new Set(lines.map(([upstream]) => upstream))).toEqual(new Set(instanceNames));
    expect(lines.filter(([, status]) => Number(status) >= 400)).toEqual([]);
    expect(instances.map((i) => i.child.exitCode)).toEqual([null, null]);
  });

  it('limits activation per address across both instances, whatever X-Forwarded-For the client sends', { timeout: 30_000 }, async () => {
    const lb = (nginx as Nginx).origin;
    // 10 a minute per address: shared by both instances, so at most 10 get through in a window
    // (fewer when the activations above fell in the same window); the 11th at the latest is a 429.
    const statuses: number[] = [];
    const via = new Set<string>();
    for (let i = 1; i <= 11 && !statuses.includes(429); i++) {
      const answer = await request(lb, 'POST', '/api/activate', {
        // A different prefix each time, so only the per-address limit can answer 429.
        body: { code: Array.from({ length: 16 }, (_, k) => CODE_ALPHABET[(i * 7 + k * 3) % CODE_ALPHABET.length]).join('') },
        headers: { 'x-forwarded-for': `198.51.100.${i}, 203.0.113.${i}` },
      });
      via.add(upstreamOf(answer));
      statuses.push(answer.status);
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, -1).every((s) => s === 400)).toBe(true);
    expect(via.size).toBe(2);
  });
});
