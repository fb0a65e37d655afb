// The twelve languages the app speaks, as codes only, for code outside the UI (the server builds
// activation links with the dossier's language). The UI's full list is src/app/i18n/languages.ts;
// a unit test keeps the two the same.

export const APP_LANGUAGE_CODES = ['nl', 'en', 'ar', 'ti', 'tr', 'fa', 'prs', 'ps', 'uk', 'ru', 'so', 'kmr'] as const;
export type AppLanguageCode = (typeof APP_LANGUAGE_CODES)[number];

/** The language the texts are written in, and every other language's last fallback. */
export const SOURCE_LANGUAGE_CODE: AppLanguageCode = 'nl';

/** The app languages written right to left. */
export const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar', 'fa', 'prs', 'ps']);

/** Tags a case system may send for a language the app has under another code. */
const ALIASES: Record<string, AppLanguageCode> = {
  'fa-af': 'prs',
  ku: 'kmr',
  'ku-latn': 'kmr',
  'ku-tr': 'kmr',
};

/**
 * The app language for a dossier's `language` (BCP 47, e.g. `ar`, `ti-ER`, `fa-AF`), or null when
 * the app does not have that language (the phone then keeps its own).
 */
export function appLanguageOf(tag: string | null | undefined): AppLanguageCode | null {
  if (!tag) return null;
  const lower = tag.toLowerCase();
  const alias = ALIASES[lower];
  if (alias) return alias;
  const base = lower.split('-')[0] ?? '';
  const known = APP_LANGUAGE_CODES.find((c) => c === base);
  return known ?? ALIASES[base] ?? null;
}

/**
 * The activation link of a QR code: `/activate?lang=ti#CODE`. The code stays in the fragment (never
 * in a server log or Referer); the language is no secret and opens the app in the dossier's language.
 */
export function activationUrl(origin: string, code: string, language?: string | null): string {
  const lang = appLanguageOf(language);
  return `${origin}/activate${lang ? `?lang=${lang}` : ''}#${code}`;
}
