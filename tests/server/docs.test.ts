import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './backends';
import { startServer, type TestServer } from './harness';
import { parseRoutes } from './routeTable';

// The repo stands on its own: its docs (docs/api.md, docs/architecture.md) are the authority for
// the contracts. No tracked file may point to a document outside the repo, and every route the
// server registers is described in docs/api.md.

const root = path.resolve(import.meta.dirname, '../..');

/** Written in pieces, so that this file does not match itself. */
const OUTSIDE_POINTERS = [['..', 'shared'].join('/'), ['DESIGN', 'md'].join('.'), ['CONVENTIONS', 'md'].join('.')];

const SKIPPED_DIRS = new Set(['.git', 'node_modules', 'dist', 'data', '.screenshots', 'coverage']);

async function walk(dir: string, prefix = ''): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (SKIPPED_DIRS.has(entry.name)) continue;
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await walk(path.join(dir, entry.name), relative)));
    else if (entry.isFile()) files.push(relative);
  }
  return files;
}

/** The repo's files: what git tracks, or (in a copy without .git) every file outside build output. */
async function repoFiles(): Promise<string[]> {
  try {
    return execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\0')
      .filter(Boolean);
  } catch {
    return walk(root);
  }
}

describe('the repo stands on its own', () => {
  it('no tracked file points to a document outside the repo', async () => {
    const files = await repoFiles();
    expect(files.length).toBeGreaterThan(50);
    expect(files).toContain('docs/api.md');
    expect(files).toContain('docs/architecture.md');
    const offenders: string[] = [];
    for (const file of files) {
      let text: string;
      try {
        text = await readFile(path.join(root, file), 'utf8');
      } catch {
        continue; // listed by git but gone from the work tree
      }
      if (text.includes('\0')) continue; // binary
      for (const pointer of OUTSIDE_POINTERS) if (text.includes(pointer)) offenders.push(`${file}: ${pointer}`);
    }
    expect(offenders).toEqual([]);
  });

  describe('docs/api.md describes every route', () => {
    let server: TestServer;
    let staticDir: string;

    beforeAll(async () => {
      // A stand-in build, so the static routes are registered too.
      staticDir = await mkdtemp(path.join(tmpdir(), 'tir-docs-'));
      await mkdir(path.join(staticDir, 'assets'));
      await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><html><head><title>Thuis</title></head><body></body></html>');
      await writeFile(path.join(staticDir, 'manifest.webmanifest'), '{"name":"Thuis","start_url":"/"}');
      await writeFile(path.join(staticDir, 'sw.js'), '');
      const sqlite = backends.find((b) => b.name === 'sqlite');
      if (!sqlite) throw new Error('no SQLite backend');
      server = await startServer(sqlite, { env: { STATIC_DIR: staticDir } });
    });

    afterAll(async () => {
      await server.close();
      await rm(staticDir, { recursive: true, force: true });
    });

    it('names each method and path of the route table', async () => {
      const api = await readFile(path.join(root, 'docs/api.md'), 'utf8');
      const routes = parseRoutes(server.app.printRoutes({ commonPrefix: false }));
      const gets = new Set(routes.filter((r) => r.method === 'GET').map((r) => r.url));
      // Fastify answers HEAD for every GET by itself; those need no line of their own.
      const documented = routes.filter((r) => !(r.method === 'HEAD' && gets.has(r.url)));
      expect(documented.length).toBeGreaterThan(20);
      const missing = documented.map((r) => `${r.method} ${r.url}`).filter((route) => !api.includes(`\`${route}\``));
      expect(missing).toEqual([]);
    });
  });
});
