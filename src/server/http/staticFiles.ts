import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { GemeenteConfig } from '../../gemeenten';
import { loadAppShell, type AppShell } from './appShell';
import { isApiPath } from './errorHandling';

// The built PWA. The app shell and the service worker must be revalidated on every load, or a
// device keeps running an old version; hashed files under /assets/ never change, so they are
// cached for a year.
const ALWAYS_REVALIDATE = new Set(['/index.html', '/sw.js', '/manifest.webmanifest', '/registerSW.js']);

export function cacheControlFor(relativePath: string): string {
  const urlPath = `/${relativePath.split(path.sep).join('/')}`.replace(/^\/+/, '/');
  if (ALWAYS_REVALIDATE.has(urlPath)) return 'no-cache';
  if (urlPath.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  return 'public, max-age=3600';
}

/**
 * Serves STATIC_DIR if it exists, with the app shell and manifest rendered for the municipality;
 * returns the shell (the SPA fallback answers with it) or null when there is no build.
 */
export async function registerStaticFiles(
  app: FastifyInstance,
  staticDir: string,
  gemeente: GemeenteConfig,
): Promise<AppShell | null> {
  if (!existsSync(staticDir) || !statSync(staticDir).isDirectory()) return null;
  const root = path.resolve(staticDir);
  const shell = loadAppShell(root, gemeente);
  if (shell) {
    const sendShell = (reply: FastifyReply) => reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(shell.html);
    app.get('/', (_request, reply) => sendShell(reply));
    app.get('/index.html', (_request, reply) => sendShell(reply));
    app.get('/manifest.webmanifest', (_request, reply) =>
      reply.header('cache-control', 'no-cache').type('application/manifest+json').send(shell.manifest),
    );
  }
  await app.register(fastifyStatic, {
    root,
    cacheControl: false,
    // Never answer an API path with a file, whatever lies in the folder.
    allowedPath: (pathName) => !isApiPath(pathName),
    setHeaders: (reply, filePath) => {
      reply.header('cache-control', cacheControlFor(path.relative(root, filePath)));
    },
  });
  return shell;
}
