import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

// What a phone downloads, measured on the build in dist/: the JavaScript needed for the first
// screen (the entry script and everything it imports statically: all the welcome screen needs),
// and besides it what an activated phone's first screen adds (its part of the app, ActivatedApp, with
// the data layer: loaded at once, while the frame starts), the whole precache the service worker
// installs, and one language's texts. Sizes are gzip, as served.

export interface BuildSizes {
  firstScreenJsGzip: number;
  /** The first screen's JavaScript plus what an activated phone's home adds to it. */
  activatedScreenJsGzip: number;
  firstScreenCssGzip: number;
  precacheBytes: number;
  precacheEntries: number;
  /** Largest gzip size of one non-Dutch language (all its namespaces), and which one. */
  largestLanguageGzip: { language: string; bytes: number };
}

const gz = (file: string) => gzipSync(readFileSync(file)).length;

function staticImports(dist: string, file: string, seen: Set<string>): void {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(path.join(dist, file), 'utf8');
  // Static imports only (`import … from "./x.js"` / `import "./x.js"`), not dynamic `import("./x.js")`.
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[^'"()]*?from\s*)?["'](\.\/[^"']+\.js)["']/g)) {
    staticImports(dist, path.posix.join(path.posix.dirname(file), m[1] ?? ''), seen);
  }
}

export function measureBuild(dist = path.resolve('dist')): BuildSizes {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g), ...html.matchAll(/<link rel="modulepreload"[^>]+href="\/([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const js = new Set<string>();
  for (const e of entries) staticImports(dist, e, js);
  const activated = new Set(js);
  const activatedApp = readdirSync(path.join(dist, 'assets')).find((f) => /^ActivatedApp-[\w-]+\.js$/.test(f));
  if (!activatedApp) throw new Error('dist/assets has no ActivatedApp chunk');
  staticImports(dist, `assets/${activatedApp}`, activated);
  const css = [...html.matchAll(/<link rel="stylesheet"[^>]+href="\/([^"]+\.css)"/g)].map((m) => m[1] ?? '');

  const sw = readFileSync(path.join(dist, 'sw.js'), 'utf8');
  const precached = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1] ?? '');
  const precacheBytes = precached.reduce((sum, url) => sum + statSync(path.join(dist, url)).size, 0);

  const perLanguage = new Map<string, number>();
  for (const file of readdirSync(path.join(dist, 'assets'))) {
    const lang = file.match(/^locale-([a-z]+)-/)?.[1];
    if (lang) perLanguage.set(lang, (perLanguage.get(lang) ?? 0) + gz(path.join(dist, 'assets', file)));
  }
  const [language, bytes] = [...perLanguage].sort((a, b) => b[1] - a[1])[0] ?? ['none', 0];

  return {
    firstScreenJsGzip: [...js].reduce((sum, f) => sum + gz(path.join(dist, f)), 0),
    activatedScreenJsGzip: [...activated].reduce((sum, f) => sum + gz(path.join(dist, f)), 0),
    firstScreenCssGzip: css.reduce((sum, f) => sum + gz(path.join(dist, f)), 0),
    precacheBytes,
    precacheEntries: precached.length,
    largestLanguageGzip: { language, bytes },
  };
}
