import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { printBrowser } from './printBrowser';
import { measureBuild } from './sizes';
import { benchSync, type LoadFigures, type ServerCpu } from './sync';

// `npm run bench`: prints what the app costs a phone and what the server does under load.
// Options (env): BENCH_DOSSIERS (50), BENCH_DEVICES (500 connections in the closed loops),
// BENCH_SECONDS (10 per closed loop), BENCH_RATE (200 pulls/s in the open loop), BENCH_SESSIONS
// (5000 devices in the open loop), BENCH_OPEN_SECONDS (30); DATABASE_URL adds a PostgreSQL run next to SQLite; BENCH_STARTS (5) cold offline starts; BENCH_ROUNDS (3) Lighthouse
// rounds of floor, welcome and home; BENCH_BROWSER=0 skips Lighthouse and the offline start;
// BENCH_JSON=<file> also writes every figure there as JSON. Results and how they were taken:
// docs/benchmarks.md.

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

// Timings depend on what else the machine does: say so next to them.
const load = () => `load average ${loadavg().map((n) => n.toFixed(2)).join(' ')} on ${availableParallelism()} cores`;
const started = { at: new Date().toISOString(), loadAverage: loadavg() };
console.log(`Bench started ${started.at}, ${load()}`);
/** Every figure, for BENCH_JSON. */
const figures: Record<string, unknown> = { started, cores: availableParallelism() };

if (!existsSync('dist/index.html')) execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as Record<string, number> & { lighthouseMinScores?: Record<string, number> };
const sizes = measureBuild();
console.log('\nWhat a phone downloads (gzip, from dist/)');
for (const key of ['firstScreenJsGzip', 'activatedScreenJsGzip', 'firstScreenCssGzip', 'precacheBytes'] as const) {
  console.log(`  ${key.padEnd(22)} ${kb(sizes[key]).padStart(10)}   budget ${kb(budgets[key] ?? 0)}`);
}
console.log(`  precache entries     ${String(sizes.precacheEntries).padStart(12)}`);
console.log(`  largest language     ${kb(sizes.largestLanguageGzip.bytes).padStart(12)}   (${sizes.largestLanguageGzip.language})`);
Object.assign(figures, sizes);

if (process.env.BENCH_BROWSER !== '0') {
  const browser = await printBrowser(env('BENCH_STARTS', 5), env('BENCH_ROUNDS', 3), budgets.lighthouseMinScores ?? {});
  Object.assign(figures, browser);
}

const options = {
  dossiers: env('BENCH_DOSSIERS', 50),
  devices: env('BENCH_DEVICES', 500),
  seconds: env('BENCH_SECONDS', 10),
  openLoop: { rate: env('BENCH_RATE', 200), sessions: env('BENCH_SESSIONS', 5000), seconds: env('BENCH_OPEN_SECONDS', 30) },
};
const line = (name: string, l: LoadFigures & ServerCpu) =>
  `  ${name.padEnd(6)} ${String(l.connections).padStart(5)} devices ${String(l.rps).padStart(7)} req/s   p50 ${ms(l.p50).padStart(9)}   p90 ${ms(l.p90).padStart(9)}   p99 ${ms(l.p99).padStart(9)}   errors ${l.errors} (time-outs ${l.timeouts}), non-2xx ${l.non2xx}, server CPU ${l.serverCpuMsPerRequest} ms/request`;

for (const url of [null, ...(process.env.DATABASE_URL ? [process.env.DATABASE_URL] : [])]) {
  const f = await benchSync(url, options);
  console.log(`\nSync on ${f.backend} (${options.dossiers} dossiers, ${options.devices} devices closed loop, loopback, load generator in a process of its own)`);
  console.log(`  first sync         ${kb(f.initialPull.bytes).padStart(10)} JSON, ${kb(f.initialPull.gzipBytes).padStart(9)} gzip, ${ms(f.initialPull.ms)}`);
  console.log(`  one-change delta   ${kb(f.deltaPull.bytes).padStart(10)} JSON, ${kb(f.deltaPull.gzipBytes).padStart(9)} gzip, ${ms(f.deltaPull.ms)}, ${f.deltaPull.ops} patch op(s)`);
  console.log(`  idle pull          ${String(f.idlePullWireBytes).padStart(6)} bytes on the wire (headers and gzip body)`);
  console.log(line('pull', f.pullLoad));
  console.log(line('push', f.pushLoad));
  const o = f.openLoop;
  console.log(
    `  open loop ${o.rate} pulls/s from ${o.sessions} devices for ${o.seconds} s: ${o.rps} answered/s   p50 ${ms(o.p50)}   p90 ${ms(o.p90)}   p99 ${ms(o.p99)}   max ${ms(o.max)}   errors ${o.errors}, time-outs ${o.timeouts}, server CPU ${o.serverCpuMsPerRequest} ms/request`,
  );
  const sync = (figures.sync ??= {}) as Record<string, unknown>;
  sync[f.backend] = {
    initialPull: f.initialPull,
    deltaPull: f.deltaPull,
    idlePullWireBytes: f.idlePullWireBytes,
    openLoop: { rps: f.openLoop.rps, sessions: f.openLoop.sessions, rate: f.openLoop.rate, p50: f.openLoop.p50, p99: f.openLoop.p99, errors: f.openLoop.errors, timeouts: f.openLoop.timeouts, serverCpuMsPerRequest: f.openLoop.serverCpuMsPerRequest },
    closedLoop: { connections: f.pullLoad.connections, rps: f.pullLoad.rps, p50: f.pullLoad.p50, p99: f.pullLoad.p99, errors: f.pullLoad.errors, timeouts: f.pullLoad.timeouts, serverCpuMsPerRequest: f.pullLoad.serverCpuMsPerRequest },
    pushClosedLoop: f.pushLoad,
  };
}

const ended = { at: new Date().toISOString(), loadAverage: loadavg() };
console.log(`\nBench ended ${ended.at}, ${load()}`);
if (process.env.BENCH_JSON) {
  writeFileSync(process.env.BENCH_JSON, `${JSON.stringify({ ...figures, ended }, null, 2)}\n`);
  console.log(`Figures written to ${process.env.BENCH_JSON}`);
}
