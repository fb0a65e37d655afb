import { Agent, request as httpRequest } from 'node:http';

// An open-loop load generator: requests leave on a fixed schedule (rate per second), whether or
// not earlier ones have been answered, as phones do: a phone does not wait for another phone's
// sync. Latency counts from the moment a request was due, so a server that falls behind shows it
// in the figures instead of slowing the generator down (no "coordinated omission").

export interface OpenLoopOptions {
  port: number;
  path: string;
  /** Requests per second, spread evenly. */
  rate: number;
  seconds: number;
  /** Request i: its headers (a device's cookie) and JSON body. */
  requestFor(i: number): { headers: Record<string, string>; body: string };
  /** A request not answered within this counts as a time-out. */
  timeoutMs?: number;
}

export interface OpenLoopFigures {
  rate: number;
  seconds: number;
  sent: number;
  /** Answered per second over the run. */
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** Answers other than 2xx, and failed connections. */
  errors: number;
  timeouts: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

export async function openLoop(options: OpenLoopOptions): Promise<OpenLoopFigures> {
  const { port, path, rate, seconds, requestFor, timeoutMs = 10_000 } = options;
  const agent = new Agent({ keepAlive: true, maxSockets: 512 });
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  let errors = 0;
  let timeouts = 0;
  const start = performance.now();

  const one = (i: number, due: number) =>
    new Promise<void>((resolve) => {
      const { headers, body } = requestFor(i);
      let timedOut = false;
      const req = httpRequest({ host: '127.0.0.1', port, path, method: 'POST', agent, headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip', ...headers } }, (res) => {
        res.resume();
        res.on('end', () => {
          if ((res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300) latencies.push(performance.now() - due);
          else errors++;
          resolve();
        });
      });
      req.setTimeout(timeoutMs, () => {
        timedOut = true;
        timeouts++;
        req.destroy();
      });
      req.on('error', () => {
        if (!timedOut) errors++;
        resolve();
      });
      req.end(body);
    });

  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(one(i, due));
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    rate,
    seconds,
    sent: total,
    rps: Math.round(latencies.length / elapsed),
    p50: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1] ?? Number.NaN,
    errors,
    timeouts,
  };
}
