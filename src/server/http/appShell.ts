import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { GemeenteConfig } from '../../gemeenten';

// One build serves every municipality: the server writes the municipality into the app shell
// (index.html) and the web app manifest when it starts. The service worker precaches both, so an
// installed app keeps its municipality's name and colours offline.

export interface AppShell {
  html: string;
  manifest: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

export function renderIndexHtml(template: string, gemeente: GemeenteConfig): string {
  return template
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(gemeente.appName)}</title>`)
    .replace(/(<meta name="theme-color" content=")[^"]*(")/, `$1${escapeHtml(gemeente.colors.primary)}$2`)
    .replace('<head>', `<head>\n    <meta name="gemeente" content="${escapeHtml(gemeente.id)}" />`);
}

export function renderManifest(template: string, gemeente: GemeenteConfig): string {
  const manifest = JSON.parse(template) as Record<string, unknown>;
  return JSON.stringify({
    ...manifest,
    name: gemeente.appName,
    short_name: gemeente.appName.split(' ').at(-1) ?? gemeente.appName,
    theme_color: gemeente.colors.primary,
  });
}

/** Reads the built shell from STATIC_DIR; null when there is no build. */
export function loadAppShell(staticDir: string, gemeente: GemeenteConfig): AppShell | null {
  const index = path.join(staticDir, 'index.html');
  const manifest = path.join(staticDir, 'manifest.webmanifest');
  if (!existsSync(index) || !existsSync(manifest)) return null;
  return {
    html: renderIndexHtml(readFileSync(index, 'utf8'), gemeente),
    manifest: renderManifest(readFileSync(manifest, 'utf8'), gemeente),
  };
}
