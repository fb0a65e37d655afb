import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestStorage } from './backends';

// The real entry point (`npm run serve`) as a process: it migrates, seeds the demo, prints the
// links and the admin token, listens, and stops cleanly on SIGTERM.

const TSX = path.resolve('node_modules/.bin/tsx');

interface Running {
  child: ChildProcess;
  output: string;
  origin: string;
}

function startMain(env: Record<string, string>): Promise<Running> {
  const child = spawn(TSX, ['src/server/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DEMO: '1', LOG_LEVEL: 'warn', STATIC_DIR: '/nonexistent', ADMIN_TOKEN: '', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no "Listening on" line in:\n${output}`)), 40_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^Listening on (http:\/\/localhost:\d+)/m.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, output, origin: match[1] });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

describe.each(backends)('the server process on $name', (backend) => {
  let storage: TestStorage;
  beforeAll(async () => {
    storage = await backend.create();
  });
  afterAll(() => storage.drop());

  it('starts with demo dossiers, activation links and a generated admin token, and stops on SIGTERM', async () => {
    const first = await startMain({ ...storage.env });
    try {
      expect(first.output).toMatch(/Admin token \(generated.*\): \S{43}/);
      const link = /^ {2}Amal \(rw-demo-amal\): (\S+)\/activate\?lang=ar#([A-Z0-9-]+)$/m.exec(first.output);
      expect(link?.[1]).toBe(first.origin);

      const health = await fetch(`${first.origin}/api/health`);
      expect(await health.json()).toEqual({ ok: true, db: backend.name, schemaVersion: 1, schemaVersions: [1] });

      const activated = await fetch(`${first.origin}/api/activate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: link?.[2] }),
      });
      expect(await activated.json()).toEqual({ dossierId: 'rw-demo-amal', kind: 'inburgeraar', restoreSecret: expect.any(String) });

      // And a demo begeleider for home visits, with every demo dossier in the caseload.
      const staffLink = /^ {2}.+ \(begeleider, 3 dossiers\): \S+\/activate#([A-Z0-9-]+)$/m.exec(first.output);
      expect(first.output).toMatch(/^ {2}.+ \(consulent, 3 dossiers\): \S+\/activate#/m);
      const staff = await fetch(`${first.origin}/api/activate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: staffLink?.[1] }),
      });
      const session = (await staff.json()) as { kind: string; role: string; dossiers: string[] };
      expect(session).toMatchObject({ kind: 'staff', role: 'begeleider', dossierId: null });
      expect([...session.dossiers].sort()).toEqual(['rw-demo-amal', 'rw-demo-farida', 'rw-demo-yonas']);
    } finally {
      expect(await stop(first.child)).toBe(0);
    }

    // A second start reuses the token and the data, and prints fresh links.
    const second = await startMain({ ...storage.env });
    try {
      expect(second.output).not.toContain('Admin token (generated');
      expect(second.output).toMatch(/^ {2}Amal \(rw-demo-amal\): /m);
    } finally {
      expect(await stop(second.child)).toBe(0);
    }
  }, 90_000);
});
