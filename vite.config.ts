import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import Icons from 'unplugin-icons/vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { firstScreen } from './scripts/vite/firstScreen.ts';

const LOCALE_MODULE = /locales\/([a-z-]+)\/([a-z-]+)\.json$/i;
// CLDR date and number data for a language the browser lacks: named like that language's texts, so
// it is fetched and kept only once the language is chosen (see globIgnores below).
const CLDR_MODULE = /i18n\/cldr\/([a-z-]+)\.ts$/i;

/**
 * The service worker's notification code (src/serviceWorker/pushServiceWorker.js) with the texts of
 * every language's locales/<lang>/push.json in front (about 10 KB). Named by its content's hash, so a
 * change changes sw.js's importScripts line and the browser installs the new worker.
 */
function pushServiceWorker(): { fileName: string; source: string } {
  const texts: Record<string, unknown> = {};
  for (const lang of readdirSync('locales', { withFileTypes: true })) {
    if (lang.isDirectory()) texts[lang.name] = JSON.parse(readFileSync(`locales/${lang.name}/push.json`, 'utf8'));
  }
  const source = `const PUSH_TEXTS = ${JSON.stringify(texts)};\n${readFileSync('src/serviceWorker/pushServiceWorker.js', 'utf8')}`;
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 10);
  return { fileName: `assets/push-sw-${hash}.js`, source };
}
const pushSw = pushServiceWorker();

export default defineConfig({
  plugins: [
    react(),
    firstScreen(),
    {
      name: 'thuis-push-service-worker',
      generateBundle() {
        this.emitFile({ type: 'asset', fileName: pushSw.fileName, source: pushSw.source });
      },
    },
    // Pictograms are compiled into the bundle at build time: no icon API is ever called.
    Icons({ compiler: 'jsx', jsx: 'react', scale: 1 }),
    VitePWA({
      // The user decides when a new version takes over (no reload in the middle of a task).
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/*.svg', 'icons/*.png'],
      manifest: {
        id: '/',
        name: 'Thuis in Rijswijk',
        short_name: 'Thuis',
        // The server writes the municipality's name and description in every language (appShell.ts).
        description: 'Je inburgering: je plan, je mensen, je lessen. Ook zonder internet.',
        lang: 'nl',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        background_color: '#ffffff',
        theme_color: '#005a9c',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        // A long press on the installed app's icon opens these directly (Android).
        shortcuts: [
          { name: 'Mijn agenda', short_name: 'Agenda', url: '/agenda', icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }] },
          { name: 'Noodnummers', short_name: 'Nood', url: '/info/nood', icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }] },
        ],
        // Shown in the richer install dialog; real screens of the app (tests/e2e/installed-app.test.ts makes them).
        screenshots: [
          { src: '/screenshots/home.png', sizes: '390x844', type: 'image/png', form_factor: 'narrow', label: 'Start: je volgende les en wie je helpt' },
          { src: '/screenshots/agenda.png', sizes: '390x844', type: 'image/png', form_factor: 'narrow', label: 'Mijn agenda: ik kom, of ik kan niet komen' },
          { src: '/screenshots/info.png', sizes: '390x844', type: 'image/png', form_factor: 'narrow', label: 'Informatie in je eigen taal, ook zonder internet' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // Other languages are fetched when chosen and then kept for offline use (below).
        // The manifest's screenshots are for the install dialog only: never downloaded for offline use.
        globIgnores: ['**/locale-!(nl)-*.js', 'screenshots/**', '**/push-sw-*.js'],
        // Notifications (push and click): imported, not precached, so the precache stays as it was;
        // the browser keeps an imported script with the worker itself, so it works offline too.
        importScripts: [`/${pushSw.fileName}`],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        // Personal data never goes into Cache Storage: /api is not cached at all.
        runtimeCaching: [
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && /\/assets\/locale-[a-z-]+-/.test(url.pathname),
            handler: 'CacheFirst',
            options: { cacheName: 'locales', expiration: { maxEntries: 200 } },
          },
        ],
      },
    }),
  ],
  build: {
    target: 'es2022',
    // No <link rel="modulepreload">, in the page or added before a dynamic import: each costs the
    // main thread more than its fetch saves (docs/benchmarks.md, "First paint"). The browser fetches a
    // module's imports as soon as it has parsed that module; from the service worker's cache at once.
    modulePreload: false,
    rollupOptions: {
      output: {
        chunkFileNames: (chunk) => {
          const match = chunk.facadeModuleId?.match(LOCALE_MODULE);
          if (match) return `assets/locale-${match[1]}-${match[2]}-[hash].js`;
          const cldr = chunk.facadeModuleId?.match(CLDR_MODULE);
          return cldr ? `assets/locale-${cldr[1]}-cldr-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
});
