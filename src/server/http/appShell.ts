import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { APP_LANGUAGE_CODES, RTL_LANGUAGES } from '../../domain/appLanguage';
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
    .replace('<head>', `<head>\n    <meta name="gemeente" content="${escapeHtml(gemeente.id)}" />`)
    // The municipality's design-token theme (src/app/theme/gemeenten.css) from the first paint.
    .replace(/<html([^>]*)>/, `<html$1 class="${escapeHtml(gemeente.id)}-theme">`);
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
    html: renderIndexHtml(readFileSync(index, 'utf8'), gemeente),
    manifest: renderManifest(readFileSync(manifest, 'utf8'), gemeente),
  };
}
