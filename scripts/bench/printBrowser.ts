import { benchBrowser, DEMO_DOSSIER, LIGHTHOUSE_SUBJECTS, type LighthouseSubject } from './browser';
import { APP_AUDITS, CATEGORIES, type LighthouseFigures } from './lighthouse';
import { median } from './offlineStart';

// Prints what benchBrowser measured: the median of each figure over the rounds, the floor beside
// the app with their ratios, and the audits of the app's median run. Lighthouse scores are checked
// against budgets.json's lighthouseMinScores here, as pass/fail only: scores move with the
// machine's load, so they never fail `npm test` (only the exact size budgets do).

const ms = (n: number) => `${Math.round(n)} ms`;
const kb = (n: number) => `${Math.round(n / 1000)} KB`;

/** The medians of one subject's runs, in the shape of the JSON figures. */
export interface LighthouseSummary {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  fcpMs: number;
  tbtMs: number;
  cls: number;
  bytes: number;
  requests: number;
  runs: number;
}

export interface BrowserSummary {
  lighthouse: Record<LighthouseSubject, LighthouseSummary>;
  offlineStart: { medianMs: number; runsMs: number[] };
}

function summarise(runs: LighthouseFigures[]): LighthouseSummary {
  const m = (pick: (l: LighthouseFigures) => number) => median(runs.map(pick));
  return {
    performance: m((l) => l.scores.performance),
    accessibility: m((l) => l.scores.accessibility),
    bestPractices: m((l) => l.scores['best-practices']),
    lcpMs: m((l) => l.lcpMs),
    fcpMs: m((l) => l.fcpMs),
    tbtMs: m((l) => l.tbtMs),
    cls: m((l) => l.cls),
    bytes: m((l) => l.bytes),
    requests: m((l) => l.requests),
    runs: runs.length,
  };
}

/** The run whose LCP is the median one: its audits explain the medians. */
function medianRun(runs: LighthouseFigures[]): LighthouseFigures {
  const sorted = [...runs].sort((a, b) => a.lcpMs - b.lcpMs);
  return sorted[Math.floor((sorted.length - 1) / 2)] as LighthouseFigures;
}

export async function printBrowser(starts: number, rounds: number, minScores: Record<string, number>): Promise<BrowserSummary> {
  const f = await benchBrowser(starts, rounds);
  const summary = Object.fromEntries(LIGHTHOUSE_SUBJECTS.map((s) => [s, summarise(f.lighthouse[s])])) as BrowserSummary['lighthouse'];
  const floor = summary.floor;

  console.log(`\nLighthouse 12, mobile preset (simulated slow 4G, 4x CPU slowdown), median of ${rounds}, taken in turn`);
  console.log(`  ${''.padEnd(18)} ${'perf'.padStart(5)} ${'a11y'.padStart(5)} ${'best'.padStart(5)} ${'FCP'.padStart(8)} ${'LCP'.padStart(8)} ${'TBT'.padStart(8)} ${'CLS'.padStart(6)} ${'bytes'.padStart(8)} ${'reqs'.padStart(5)}`);
  for (const subject of LIGHTHOUSE_SUBJECTS) {
    const l = summary[subject];
    const name = subject === 'floor' ? 'floor (yardstick)' : subject === 'home' ? 'home (activated)' : subject;
    console.log(
      `  ${name.padEnd(18)} ${String(l.performance).padStart(5)} ${String(l.accessibility).padStart(5)} ${String(l.bestPractices).padStart(5)} ${ms(l.fcpMs).padStart(8)} ${ms(l.lcpMs).padStart(8)} ${ms(l.tbtMs).padStart(8)} ${l.cls.toFixed(3).padStart(6)} ${kb(l.bytes).padStart(8)} ${String(l.requests).padStart(5)}`,
    );
  }
  for (const subject of ['welcome', 'home'] as const) {
    const l = summary[subject];
    const ratio = (a: number, b: number) => (a / b).toFixed(2);
    console.log(`  ${subject} / floor: FCP ${ratio(l.fcpMs, floor.fcpMs)}x, LCP ${ratio(l.lcpMs, floor.lcpMs)}x, bytes ${ratio(l.bytes, floor.bytes)}x`);
  }
  for (const subject of ['welcome', 'home'] as const) {
    const l = medianRun(f.lighthouse[subject]);
    console.log(`  ${subject}: ${APP_AUDITS.map((id) => `${id} ${l.audits[id]}`).join(', ')}`);
    console.log(`    largest paint: ${l.lcpElement}; moved: ${l.shifted.join(' | ') || 'nothing'}`);
    if (l.failing.length) console.log(`    not passing: ${l.failing.join(', ')}`);
    for (const warning of l.warnings) console.log(`    warning: ${warning}`);
  }
  const scoreOf = (l: LighthouseSummary, category: (typeof CATEGORIES)[number]) =>
    category === 'performance' ? l.performance : category === 'accessibility' ? l.accessibility : l.bestPractices;
  for (const category of CATEGORIES) {
    const min = minScores[category];
    if (min === undefined) continue;
    const results = (['welcome', 'home'] as const).map((s) => `${s} ${scoreOf(summary[s], category) >= min ? 'pass' : 'FAIL'}`);
    console.log(`  budget ${category} >= ${min}: ${results.join(', ')}`);
  }

  const runs = f.offlineStartMs;
  console.log(`\nCold offline start to the next appointment (${DEMO_DOSSIER}; browser relaunched, server stopped, offline)`);
  console.log(`  median ${ms(median(runs))} of ${runs.length}: ${runs.map(ms).join(', ')}`);
  return { lighthouse: summary, offlineStart: { medianMs: median(runs), runsMs: runs } };
}
