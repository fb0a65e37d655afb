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
// - the app's script tags go into an inert <template>, from which the inline check adds them to the
//   page: after the first paint where the welcome screen is kept, else at once. They are fetched at
//   low priority too: the welcome screen paints without them, so on a slow connection the page and
//   its stylesheet go first (an activated phone's page and scripts come from the service worker's
//   cache, where this changes nothing).
const LOW = 'fetchpriority="low"';
/** The tags Vite writes for the app's own JavaScript: the entry module and what it imports. */
const APP_SCRIPT_TAG = /[ \t]*(<script type="module"[^>]*><\/script>|<link rel="modulepreload"[^>]*>)\n?/g;

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
      async handler(html, context) {
        const { APP_SCRIPTS_ID, FIRST_PAINT_SCRIPT, ROOT_ID } = await firstPaint();
        const root = `<div id="${ROOT_ID}"></div>`;
        if (!html.includes(root)) throw new Error(`index.html has no ${root}`);
        // In a build, the app's scripts wait in an inert <template> until the inline check adds them
        // (src/domain/firstPaint.ts); the development server's page keeps them where they are.
        const scripts = context.server ? [] : [...html.matchAll(APP_SCRIPT_TAG)].map((m) => (m[1] ?? '').replace(/^<(script|link)/, `<$1 ${LOW}`));
        if (!context.server && !scripts.some((tag) => tag.startsWith('<script'))) throw new Error('index.html has no module script');
        const page = scripts.length > 0 ? html.replace(APP_SCRIPT_TAG, '').replace(/\n\s*\n/g, '\n') : html;
        const template = scripts.length > 0 ? `\n    <template id="${APP_SCRIPTS_ID}">${scripts.join('')}</template>` : '';
        return page.replace(root, `${root}${template}\n    <script>${FIRST_PAINT_SCRIPT}</script>`);
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
