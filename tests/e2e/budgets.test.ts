import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureBuild, type BuildSizes } from '../../scripts/bench/sizes';

// Size budgets on the build: what a cheap phone on prepaid data downloads. Sizes are exact, so
// these checks cannot flake; timings live in `npm run bench`, not here.

const budgets = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../budgets.json'), 'utf8')) as Record<string, number>;

describe('size budgets', () => {
  const sizes: BuildSizes = measureBuild(path.resolve(import.meta.dirname, '../../dist'));

  it.each(['firstScreenJsGzip', 'activatedScreenJsGzip', 'firstScreenCssGzip', 'precacheBytes'] as const)('%s stays within budget', (key) => {
    console.log(`${key}: ${sizes[key]} bytes (budget ${budgets[key]})`);
    expect(sizes[key]).toBeGreaterThan(0);
    expect(sizes[key]).toBeLessThanOrEqual(budgets[key] ?? 0);
  });

  it('every language stays within budget', () => {
    console.log(`largest language: ${sizes.largestLanguageGzip.language}, ${sizes.largestLanguageGzip.bytes} bytes`);
    expect(sizes.largestLanguageGzip.bytes).toBeLessThanOrEqual(budgets.largestLanguageGzip ?? 0);
  });

  it('precaches only Dutch texts; other languages come when chosen', () => {
    const sw = readFileSync(path.resolve(import.meta.dirname, '../../dist/sw.js'), 'utf8');
    expect(sw).not.toMatch(/locale-(?!nl-)[a-z]+-/);
  });
});
