import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
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

/** Serves STATIC_DIR if it exists; returns whether it does (the SPA fallback needs index.html). */
export async function registerStaticFiles(app: FastifyInstance, staticDir: string): Promise<boolean> {
  if (!existsSync(staticDir) || !statSync(staticDir).isDirectory()) return false;
  const root = path.resolve(staticDir);
  await app.register(fastifyStatic, {
    root,
    cacheControl: false,
    // Never answer an API path with a file, whatever lies in the folder.
    allowedPath: (pathName) => !isApiPath(pathName),
    setHeaders: (reply, filePath) => {
      reply.header('cache-control', cacheControlFor(path.relative(root, filePath)));
    },
  });
  return existsSync(path.join(root, 'index.html'));
}
