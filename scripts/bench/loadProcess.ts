import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { SCHEMA_VERSION } from '../../src/domain/sync';
import { openLoop, type OpenLoopFigures } from './openLoop';

// The load generator runs in a process of its own, on the same two cores as the server: as phones
// are, it is not part of the server's event loop. (Until the server work of issue 14 it ran in the
// server's process, so every request's sending and timing took turns with its answering.)

export interface LoadFigures { connections: number; seconds: number; requests: number; rps: number; p50: number; p90: number; p99: number; errors: number; timeouts: number; non2xx: number }

/** Closed loop: one connection per session, each sending its next request when the last is answered. */
export interface ClosedLoopJob { kind: 'closed'; port: number; sessions: string[]; seconds: number; route: 'pull' | 'push' }
/** Open loop: request i is sent at i / rate seconds with session i and body i (modulo their counts). */
export interface OpenLoopJob { kind: 'open'; port: number; path: string; rate: number; seconds: number; cookies: string[]; bodies: string[] }
export type LoadJob = ClosedLoopJob | OpenLoopJob;

/** Runs the job in a child process (this file, through the same tsx loader) and returns its figures. */
export async function runLoad(job: ClosedLoopJob): Promise<LoadFigures>;
export async function runLoad(job: OpenLoopJob): Promise<OpenLoopFigures>;
export async function runLoad(job: LoadJob): Promise<LoadFigures | OpenLoopFigures> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tir-load-'));
  const file = path.join(dir, 'job.json');
  writeFileSync(file, JSON.stringify(job));
  try {
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), file], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    if (code !== 0) throw new Error(`load generator exited with ${code}`);
    return JSON.parse(out.trim().split('\n').pop() ?? '') as LoadFigures | OpenLoopFigures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function closedLoop({ port, sessions, seconds, route }: ClosedLoopJob): Promise<LoadFigures> {
  let next = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: sessions.length,
    duration: seconds,
    initialContext: {},
    requests: [
      {
        method: 'POST',
        path: `/api/sync/${route}`,
        setupRequest: (req, ctx) => {
          // One context per connection: each connection is one device with its own session.
          const context = ctx as Record<string, number>;
          context.device ??= next++;
          context.mutation = (context.mutation ?? 0) + 1;
          const device = context.device;
          const clientId = `bench-${route}-${device}`;
          const body =
            route === 'pull'
              ? { schemaVersion: SCHEMA_VERSION, clientId, cookie: null }
              : { schemaVersion: SCHEMA_VERSION, clientId, mutations: [{ id: context.mutation, name: 'appointment.setAttendance', args: { appointmentId: 'missing', attendance: 'coming' } }] };
          return { ...req, headers: { ...req.headers, 'content-type': 'application/json', 'accept-encoding': 'gzip', cookie: sessions[device % sessions.length] ?? '' }, body: JSON.stringify(body) };
        },
      },
    ],
  });
  const l = result.latency as unknown as Record<string, number>;
  return {
    connections: sessions.length,
    seconds,
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50: l.p50 ?? 0,
    p90: l.p90 ?? 0,
    p99: l.p99 ?? 0,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

function run(job: LoadJob): Promise<LoadFigures | OpenLoopFigures> {
  if (job.kind === 'closed') return closedLoop(job);
  const { port, path: url, rate, seconds, cookies, bodies } = job;
  return openLoop({
    port,
    path: url,
    rate,
    seconds,
    requestFor: (i) => ({ headers: { cookie: cookies[i % cookies.length] ?? '' }, body: bodies[i % bodies.length] ?? '' }),
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const job = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as LoadJob;
  process.stdout.write(`${JSON.stringify(await run(job))}\n`);
}
