import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The hand-written component classes the NL Design System components replaced. A screen written
// against the old names would draw an unstyled button or link (no target size, no focus ring), so
// no component may use them again.
const RETIRED = ['button', 'button--primary', 'button--danger', 'link', 'banner--warning', 'input', 'tag', 'tag--danger', 'tag--warning'];

const APP = path.resolve(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return /\.tsx$/.test(entry.name) && !/\.test\.tsx$/.test(entry.name) ? [file] : [];
  });
}

/** "file: class" for each retired class in a className="…" or className={'…'} literal. */
export function retiredUses(files: Record<string, string>): string[] {
  return Object.entries(files).flatMap(([file, source]) =>
    [...source.matchAll(/className=(?:"([^"]*)"|\{['`]([^'`]*)['`]\})/g)].flatMap((m) =>
      (m[1] ?? m[2] ?? '').split(/\s+/).filter((name) => RETIRED.includes(name)).map((name) => `${file}: ${name}`),
    ),
  );
}

describe('retired component classes', () => {
  it('are used by no screen or component', () => {
    const files = Object.fromEntries(sources(APP).map((file) => [path.relative(APP, file), readFileSync(file, 'utf8')]));
    expect(Object.keys(files).length).toBeGreaterThan(50);
    expect(retiredUses(files)).toEqual([]);
  });

  it('finds an old button class (the check can fail)', () => {
    expect(retiredUses({ 'A.tsx': '<button className="button button--primary">' })).toEqual(['A.tsx: button', 'A.tsx: button--primary']);
  });
});
