import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN, STORAGE_KEYS } from '../data/storageKeys';
import { APP_SCRIPTS_ID, FIRST_PAINT_SCRIPT } from './firstPaint';

// The check before the first paint, run on a stand-in page: does the prerendered welcome screen
// stay in #root (true) or is #root emptied for the app to render (false)?

interface Page {
  path?: string;
  search?: string;
  stored?: Record<string, string>;
  languages?: string[];
  serviceWorker?: boolean;
  barcode?: boolean;
  storageThrows?: boolean;
}

interface Run {
  kept: boolean;
  scan: boolean;
  /** How often the app's scripts were added to the page: right away, at a paint the browser reports, and once the timers have run. */
  scriptsAtOnce: number;
  paint: (name: string) => number;
  scriptsLater: () => number;
  /** Date formatters made: the browser's date data readied. */
  dateFormats: number;
}

function run(page: Page = {}): Run {
  const root = { textContent: 'Welkom!' };
  const attributes = new Set<string>();
  let added = 0;
  const paints: ((name: string) => void)[] = [];
  const timers: (() => void)[] = [];
  const scripts = { content: { cloneNode: () => 'the script tags' } };
  const elements: Record<string, unknown> = { root, [APP_SCRIPTS_ID]: scripts };
  const document = {
    documentElement: { setAttribute: (name: string) => attributes.add(name) },
    head: { appendChild: (node: unknown) => node === 'the script tags' && added++ },
    getElementById: (id: string) => elements[id] ?? null,
  };
  const stored = page.stored ?? {};
  const localStorage = {
    getItem(key: string) {
      if (page.storageThrows) throw new Error('SecurityError');
      return stored[key] ?? null;
    },
  };
  const navigator = {
    languages: page.languages ?? ['nl-NL'],
    serviceWorker: page.serviceWorker ? { controller: {} } : { controller: null },
    mediaDevices: { getUserMedia: () => undefined },
  };
  const window = page.barcode ? { BarcodeDetector: function BarcodeDetector() {} } : {};
  const location = { pathname: page.path ?? '/', search: page.search ?? '' };
  class PerformanceObserver {
    constructor(private readonly callback: (list: { getEntriesByName(name: string): unknown[] }) => void) {}
    observe(options: { type: string }) {
      if (options.type !== 'paint') return;
      paints.push((name) => this.callback({ getEntriesByName: (wanted) => (wanted === name ? [{ name }] : []) }));
    }
  }
  const setTimeout = (callback: () => void) => timers.push(callback);
  let dateFormats = 0;
  const Intl = {
    DateTimeFormat: class {
      constructor() {
        dateFormats++;
      }
      format() {
        return '1-1-1970';
      }
    },
  };
  new Function('location', 'localStorage', 'navigator', 'document', 'window', 'PerformanceObserver', 'setTimeout', 'Intl', FIRST_PAINT_SCRIPT)(
    location,
    localStorage,
    navigator,
    document,
    window,
    PerformanceObserver,
    setTimeout,
    Intl,
  );
  const scriptsAtOnce = added;
  const paint = (name: string) => {
    for (const observer of paints) observer(name);
    return added;
  };
  const scriptsLater = () => {
    for (const timer of timers.splice(0)) timer();
    return added;
  };
  return { kept: root.textContent !== '', scan: attributes.has('data-scan'), scriptsAtOnce, paint, scriptsLater, dateFormats };
}

describe('the check before the first paint', () => {
  it('keeps the welcome screen on a first visit in Dutch', () => {
    expect(run().kept).toBe(true);
    expect(run({ languages: ['de-DE', 'nl'] }).kept).toBe(true);
  });

  it('keeps it on a phone that noted it is not activated, service worker or not', () => {
    expect(run({ stored: { [STORAGE_KEYS.firstScreen]: FIRST_SCREEN.welcome }, serviceWorker: true }).kept).toBe(true);
  });

  it('empties #root on an activated phone, and on an installed app that never noted its state', () => {
    expect(run({ stored: { [STORAGE_KEYS.firstScreen]: FIRST_SCREEN.app } }).kept).toBe(false);
    expect(run({ serviceWorker: true }).kept).toBe(false);
  });

  it('empties #root for another language: picked, from the dossier, from the phone, or in the link', () => {
    expect(run({ stored: { [STORAGE_KEYS.language]: 'ar' } }).kept).toBe(false);
    expect(run({ stored: { [STORAGE_KEYS.languageDossier]: 'ti' } }).kept).toBe(false);
    expect(run({ languages: ['uk-UA', 'nl'] }).kept).toBe(false);
    expect(run({ search: '?lang=en' }).kept).toBe(false);
    // A Dutch choice wins over the phone's languages, as in the app.
    expect(run({ stored: { [STORAGE_KEYS.language]: 'nl' }, languages: ['en'] }).kept).toBe(true);
  });

  it('empties #root on any other address, and when storage cannot be read', () => {
    expect(run({ path: '/info' }).kept).toBe(false);
    expect(run({ path: '/activate' }).kept).toBe(false);
    expect(run({ storageThrows: true }).kept).toBe(false);
  });

  it('marks a phone that can scan a QR code in the app', () => {
    expect(run({ barcode: true }).scan).toBe(true);
    expect(run().scan).toBe(false);
  });

  it('adds the app’s scripts after the first contentful paint over a kept welcome screen, and at once everywhere else, once', () => {
    const welcome = run();
    expect(welcome.scriptsAtOnce).toBe(0);
    expect(welcome.paint('first-paint')).toBe(0);
    expect(welcome.paint('first-contentful-paint')).toBe(1);
    expect(welcome.scriptsLater()).toBe(1);
    // A browser that reports no paint: after a while all the same.
    expect(run().scriptsLater()).toBe(1);
    const app = run({ stored: { [STORAGE_KEYS.firstScreen]: FIRST_SCREEN.app } });
    expect(app.scriptsAtOnce).toBe(1);
    expect(app.scriptsLater()).toBe(1);
    expect(run({ storageThrows: true }).scriptsAtOnce).toBe(1);
  });

  it('readies the date data on an activated phone only, while its scripts load', () => {
    expect(run({ stored: { [STORAGE_KEYS.firstScreen]: FIRST_SCREEN.app } }).dateFormats).toBe(1);
    expect(run().dateFormats).toBe(0);
    expect(run({ path: '/info' }).dateFormats).toBe(0);
    expect(run({ storageThrows: true }).dateFormats).toBe(0);
  });
});
