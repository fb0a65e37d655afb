import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The floor app's build: the same Vite, React plugin and Workbox (generateSW) as the app.
export default defineConfig({
  root: import.meta.dirname,
  logLevel: 'warn',
  plugins: [
    react(),
    VitePWA({
      registerType: 'autoUpdate',
      manifest: { name: 'Floor', short_name: 'Floor', start_url: '/', display: 'standalone', icons: [] },
      workbox: { globPatterns: ['**/*.{js,css,html}'] },
    }),
  ],
  build: { target: 'es2022', emptyOutDir: true },
});
