import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { APP_LANGUAGE_CODES, RTL_LANGUAGES } from '../../domain/appLanguage';
import { PRERENDERED_FILE, ROOT_ID } from '../../domain/firstPaint';
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

/**
 * The shell for this municipality: its name, colour and id, and (when the build made one) the
 * welcome screen as HTML in #root, painted before any JavaScript runs (src/prerender.tsx; the
 * page's inline check empties #root where the app will show something else, src/domain/firstPaint.ts).
 * The municipality's theme class on <html> (src/app/theme/gemeenten.css) gives its look from the first paint.
 */
export function renderIndexHtml(template: string, gemeente: GemeenteConfig, welcomeHtml: string | null = null): string {
  const root = `<div id="${ROOT_ID}"></div>`;
  return template
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(gemeente.appName)}</title>`)
    .replace(/(<meta name="theme-color" content=")[^"]*(")/, `$1${escapeHtml(gemeente.colors.primary)}$2`)
    .replace('<head>', `<head>\n    <meta name="gemeente" content="${escapeHtml(gemeente.id)}" />`)
    .replace(/<html\b/, `<html class="${escapeHtml(gemeente.id)}-theme"`)
    .replace(root, () => (welcomeHtml ? `<div id="${ROOT_ID}">${welcomeHtml}</div>` : root));
}

/** The build's prerendered welcome screen for this municipality (scripts/vite/firstScreen.ts); null without one. */
function prerenderedWelcome(staticDir: string, gemeente: GemeenteConfig): string | null {
  try {
    const file = JSON.parse(readFileSync(path.join(staticDir, PRERENDERED_FILE), 'utf8')) as { welcome?: Record<string, unknown> };
    const html = file.welcome?.[gemeente.id];
    return typeof html === 'string' ? html : null;
  } catch {
    return null;
  }
}

const LOCALES = path.resolve(import.meta.dirname, '../../../locales');

/** The manifest's description in one language, with the municipality's name; null when missing. */
function manifestDescription(language: string, gemeente: GemeenteConfig): string | null {
  try {
    const common = JSON.parse(readFileSync(path.join(LOCALES, language, 'common.json'), 'utf8')) as { manifest?: { description?: unknown } };
    const text = common.manifest?.description;
    return typeof text === 'string' ? text.replaceAll('{{gemeente}}', gemeente.name) : null;
  } catch {
    return null;
  }
}

/**
 * The installed app's name and description for this municipality: Dutch (the manifest's `lang`),
 * and the description in every language of the app as `description_localized`, which browsers
 * that localise manifests show in the phone's language.
 */
export function renderManifest(template: string, gemeente: GemeenteConfig): string {
  const manifest = JSON.parse(template) as Record<string, unknown>;
  const localized: Record<string, { value: string; dir: 'ltr' | 'rtl' }> = {};
  for (const language of APP_LANGUAGE_CODES) {
    const text = language === 'nl' ? null : manifestDescription(language, gemeente);
    if (text) localized[language] = { value: text, dir: RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr' };
  }
  return JSON.stringify({
    ...manifest,
    name: gemeente.appName,
    short_name: gemeente.appName.split(' ').at(-1) ?? gemeente.appName,
    description: manifestDescription('nl', gemeente) ?? manifest.description,
    lang: 'nl',
    dir: 'ltr',
    description_localized: localized,
    theme_color: gemeente.colors.primary,
  });
}

/** Reads the built shell from STATIC_DIR; null when there is no build. */
export function loadAppShell(staticDir: string, gemeente: GemeenteConfig): AppShell | null {
  const index = path.join(staticDir, 'index.html');
  const manifest = path.join(staticDir, 'manifest.webmanifest');
  if (!existsSync(index) || !existsSync(manifest)) return null;
  return {
    html: renderIndexHtml(readFileSync(index, 'utf8'), gemeente, prerenderedWelcome(staticDir, gemeente)),
    manifest: renderManifest(readFileSync(manifest, 'utf8'), gemeente),
  };
}
