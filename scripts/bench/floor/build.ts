import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';

/** Builds the floor app into a fresh folder and returns it. */
export async function buildFloor(): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'tir-bench-floor-'));
  await build({ configFile: path.join(import.meta.dirname, 'vite.config.ts'), build: { outDir } });
  return outDir;
}
