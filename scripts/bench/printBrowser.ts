import { benchBrowser, DEMO_DOSSIER } from './browser';
import { APP_AUDITS, CATEGORIES, type LighthouseFigures } from './lighthouse';
import { median } from './offlineStart';

// Prints what benchBrowser measured. Lighthouse scores are checked against budgets.json's
// lighthouseMinScores here, as pass/fail only: scores move with the machine's load, so they
// never fail `npm test` (only the exact size budgets do).

const ms = (n: number) => `${Math.round(n)} ms`;

export async function printBrowser(starts: number, minScores: Record<string, number>): Promise<void> {
  const f = await benchBrowser(starts);
  const screens: [string, LighthouseFigures][] = [
    ['welcome', f.welcome],
    ['home (activated)', f.home],
  ];
  console.log('\nLighthouse 12, mobile preset (simulated slow 4G, 4x CPU slowdown), real server on loopback');
  console.log(`  ${''.padEnd(18)} ${'perf'.padStart(5)} ${'a11y'.padStart(5)} ${'best'.padStart(5)} ${'LCP'.padStart(8)} ${'TBT'.padStart(8)} ${'CLS'.padStart(6)} ${'FCP'.padStart(8)}`);
  for (const [name, l] of screens) {
    const s = l.scores;
    console.log(
      `  ${name.padEnd(18)} ${String(s.performance).padStart(5)} ${String(s.accessibility).padStart(5)} ${String(s['best-practices']).padStart(5)} ${ms(l.lcpMs).padStart(8)} ${ms(l.tbtMs).padStart(8)} ${l.cls.toFixed(3).padStart(6)} ${ms(l.fcpMs).padStart(8)}`,
    );
  }
  for (const [name, l] of screens) {
    console.log(`  ${name}: ${APP_AUDITS.map((id) => `${id} ${l.audits[id]}`).join(', ')}`);
    console.log(`    largest paint: ${l.lcpElement}; moved: ${l.shifted.join(' | ') || 'nothing'}`);
    if (l.failing.length) console.log(`    not passing: ${l.failing.join(', ')}`);
    for (const warning of l.warnings) console.log(`    warning: ${warning}`);
  }
  for (const category of CATEGORIES) {
    const min = minScores[category];
    if (min === undefined) continue;
    const results = screens.map(([name, l]) => `${name} ${l.scores[category] >= min ? 'pass' : 'FAIL'}`);
    console.log(`  budget ${category} >= ${min}: ${results.join(', ')}`);
  }

  const runs = f.offlineStartMs;
  console.log(`\nCold offline start to the next appointment (${DEMO_DOSSIER}; browser relaunched, server stopped, offline)`);
  console.log(`  median ${ms(median(runs))} of ${runs.length}: ${runs.map(ms).join(', ')}`);
}
