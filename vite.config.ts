import react from '@vitejs/plugin-react';
import Icons from 'unplugin-icons/vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const LOCALE_MODULE = /locales\/([a-z-]+)\/([a-z-]+)\.json$/i;
// CLDR date and number data for a language the browser lacks: named like that language's texts, so
// it is fetched and kept only once the language is chosen (see globIgnores below).
const CLDR_MODULE = /i18n\/cldr\/([a-z-]+)\.ts$/i;

export default defineConfig({
  plugins: [
    react(),
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
        globIgnores: ['**/locale-!(nl)-*.js', 'screenshots/**'],
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
