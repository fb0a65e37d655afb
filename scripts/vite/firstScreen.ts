import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import type * as FirstPaintModule from '../../src/domain/firstPaint';
import type * as GemeentenModule from '../../src/gemeenten';

// The first screen without waiting for JavaScript (docs/benchmarks.md, "First paint"):
// - index.html gets the inline check that keeps or empties the prerendered welcome screen before
//   the first paint (src/domain/firstPaint.ts);
// - after a build, the welcome screen is rendered to HTML for each municipality (src/prerender.tsx)
//   into dist/prerendered.json, which the server puts into index.html's #root;
// - the app's scripts are fetched at low priority: the welcome screen paints without them, so on a
//   slow connection the page and its stylesheet go first (an activated phone's page and scripts
//   come from the service worker's cache, where this changes nothing).
const LOW = 'fetchpriority="low"';

// The app's own modules are imported when the hooks run (tsx), not bundled into the loaded config.
const firstPaint = () => tsImport('../../src/domain/firstPaint.ts', import.meta.url) as Promise<typeof FirstPaintModule>;
const gemeenten = async () => ((await tsImport('../../src/gemeenten/index.ts', import.meta.url)) as typeof GemeentenModule).GEMEENTEN;

async function renderWelcomeScreens(config: ResolvedConfig): Promise<Record<string, string>> {
  const server = await createServer({
    configFile: config.configFile,
    root: config.root,
    logLevel: 'warn',
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
  });
  try {
    const { renderWelcome } = (await server.ssrLoadModule('/src/prerender.tsx')) as { renderWelcome(id: string): Promise<string> };
    const welcome: Record<string, string> = {};
    for (const id of Object.keys(await gemeenten())) welcome[id] = await renderWelcome(id);
    return welcome;
  } finally {
    await server.close();
  }
}

export function firstScreen(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'thuis-first-screen',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      // After Vite has written its script and modulepreload tags.
      order: 'post',
      async handler(html) {
        const { FIRST_PAINT_SCRIPT, ROOT_ID } = await firstPaint();
        const root = `<div id="${ROOT_ID}"></div>`;
        if (!html.includes(root)) throw new Error(`index.html has no ${root}`);
        return html
          .replace(root, `${root}\n    <script>${FIRST_PAINT_SCRIPT}</script>`)
          .replaceAll('<script type="module"', `<script type="module" ${LOW}`)
          .replaceAll('<link rel="modulepreload"', `<link rel="modulepreload" ${LOW}`);
      },
    },
    async closeBundle() {
      if (config.command !== 'build' || config.build.ssr) return;
      const { PRERENDERED_FILE } = await firstPaint();
      const welcome = await renderWelcomeScreens(config);
      const outDir = path.resolve(config.root, config.build.outDir);
      mkdirSync(outDir, { recursive: true });
      writeFileSync(path.join(outDir, PRERENDERED_FILE), JSON.stringify({ welcome }));
    },
  };
}
