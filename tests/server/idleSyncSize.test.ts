import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/domain/sync';
import { aDossier } from '../support/builders';
import { backends } from './backends';
import { activateDevice, pull, putDossier, serverFor, type TestServer } from './harness';

// An idle sync (a pull with nothing new) is what a phone sends most; on prepaid data each byte is
// paid for. The whole answer as it leaves the socket, status line and headers included, stays
// within the budget in budgets.json (issue "Faster than the floor": ≤ 700 bytes).

const budget = (JSON.parse(readFileSync('budgets.json', 'utf8')) as { idlePullWireBytes: number }).idlePullWireBytes;
const DOSSIER = 'rw-wire-0001';

/** Bytes read from a connection of its own: exactly this one answer. */
function answerBytes(port: number, cookie: string, body: object): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path: '/api/sync/pull', method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip', cookie } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes: res.socket?.bytesRead ?? Number.NaN }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

describe.each(backends)('an idle sync on $name', (backend) => {
  let server: TestServer;
  let port: number;
  serverFor(backend, async (s) => {
    server = s;
    await server.app.listen({ host: '127.0.0.1', port: 0 });
    port = (server.app.server.address() as AddressInfo).port;
  });

  it(`costs at most ${budget} bytes on the wire, headers included`, async () => {
    await putDossier(server.app, aDossier({ id: DOSSIER }));
    const cookie = await activateDevice(server.app, DOSSIER);
    const first = await pull(server.app, cookie);
    const idle = await answerBytes(port, cookie, { schemaVersion: SCHEMA_VERSION, clientId: 'client-0001', cookie: first.cookie });
    expect(idle.status).toBe(200);
    console.log(`idle pull on ${backend.name}: ${idle.bytes} bytes (budget ${budget})`);
    expect(idle.bytes).toBeGreaterThan(100);
    expect(idle.bytes).toBeLessThanOrEqual(budget);
  });
});
