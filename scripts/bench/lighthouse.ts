import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from './phone';

// Lighthouse 12 (the last for Node 20) on Debian's Chromium, its default mobile preset: a
// mid-range phone, simulated slow 4G and a 4x slower CPU. Without a profile it is a first visit
// (storage cleared); with an activated profile the storage is kept, as on a phone in daily use.

export const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
/** The audits about an installable, offline-first app that remain after v12 dropped the PWA category. */
export const APP_AUDITS = ['viewport', 'is-on-https', 'csp-xss', 'errors-in-console', 'font-size', 'target-size', 'bf-cache'] as const;

export interface LighthouseFigures {
  /** 0–100, as Lighthouse shows them. */
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  /** Bytes over the network (Lighthouse's total byte weight) and how many requests made them. */
  bytes: number;
  requests: number;
  /** What the largest paint was, and what moved: Lighthouse's labels of those elements. */
  lcpElement: string;
  shifted: string[];
  audits: Record<(typeof APP_AUDITS)[number], string>;
  /** Every scored audit in the three categories that did not pass, e.g. `best-practices/deprecations`. */
  failing: string[];
  warnings: string[];
}

/** The labels of the DOM nodes an audit's details point at, in order. */
function nodeLabels(details: unknown): string[] {
  const labels: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (record.type === 'node') labels.push(String(record.nodeLabel ?? record.selector ?? '?').replace(/\s+/g, ' ').slice(0, 60));
    else Object.values(record).forEach(visit);
  };
  visit(details);
  return [...new Set(labels)];
}

/** DevTools issue types, e.g. "Content security policy", from the inspector-issues table. */
function issueTypes(details: unknown): string {
  const items = (details as { items?: { issueType?: unknown }[] } | undefined)?.items ?? [];
  return items.map((item) => String(item.issueType)).join(', ');
}

/** Lighthouse's own trace recording now and then misses the navigation's start; that run is taken again (at most twice). */
const RETRIED_ERRORS = new Set(['NO_NAVSTART']);

export async function runLighthouse(url: string, profile?: string, attempt = 1): Promise<LighthouseFigures> {
  try {
    return await runLighthouseOnce(url, profile);
  } catch (error) {
    if (!(error instanceof LighthouseRunError) || !RETRIED_ERRORS.has(error.code) || attempt >= 3) throw error;
    console.log(`  (Lighthouse ${error.code} on ${url}: run again)`);
    return runLighthouse(url, profile, attempt + 1);
  }
}

class LighthouseRunError extends Error {
  constructor(readonly code: string, message: string) {
    super(`lighthouse: ${code} ${message}`);
  }
}

async function runLighthouseOnce(url: string, profile?: string): Promise<LighthouseFigures> {
  const chrome = await launch({
    chromePath: CHROMIUM,
    // A Dutch phone, like the offline-start bench: the source language, precached, no translation notice.
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS, '--lang=nl-NL', '--accept-lang=nl-NL,nl'],
    ...(profile ? { userDataDir: profile } : {}),
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
      disableStorageReset: profile !== undefined,
    });
    if (!result) throw new Error(`lighthouse gave no result for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new LighthouseRunError(lhr.runtimeError.code, lhr.runtimeError.message);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100);
    const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const verdict = (id: string) => {
      const audit = lhr.audits[id];
      if (!audit) return 'absent';
      if (audit.score === null) return audit.scoreDisplayMode === 'informative' ? 'info' : 'n/a';
      return audit.score >= 0.9 ? 'pass' : 'fail';
    };
    const failing = CATEGORIES.flatMap((category) =>
      (lhr.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && verdict(ref.id) === 'fail')
        .map((ref) => `${category}/${ref.id}${ref.id === 'inspector-issues' ? ` (${issueTypes(lhr.audits[ref.id]?.details)})` : ''}`),
    );
    return {
      scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices') },
      lcpMs: value('largest-contentful-paint'),
      tbtMs: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      fcpMs: value('first-contentful-paint'),
      bytes: value('total-byte-weight'),
      requests: ((lhr.audits['network-requests']?.details as { items?: unknown[] } | undefined)?.items ?? []).length,
      lcpElement: nodeLabels(lhr.audits['largest-contentful-paint-element']?.details)[0] ?? '?',
      shifted: nodeLabels(lhr.audits['layout-shifts']?.details).slice(0, 3),
      audits: Object.fromEntries(APP_AUDITS.map((id) => [id, verdict(id)])) as LighthouseFigures['audits'],
      failing,
      warnings: lhr.runWarnings,
    };
  } finally {
    chrome.kill();
  }
}
