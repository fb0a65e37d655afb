// The languages of the app, as data: one typed list that everything else reads (language picker,
// `<html lang dir>`, lazy loading, the completeness test). Dutch is the source language.

export interface Language {
  /** BCP 47 code, also the folder name under locales/. */
  code: string;
  /** The name in the language itself, so people recognise their own. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
  /** Languages to fall back to for a missing text, in order; Dutch always comes last. */
  fallback: readonly string[];
}

export const LANGUAGES = [
  { code: 'nl', nativeName: 'Nederlands', dir: 'ltr', fallback: [] },
  { code: 'en', nativeName: 'English', dir: 'ltr', fallback: ['nl'] },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl', fallback: ['en', 'nl'] },
  { code: 'ti', nativeName: 'ትግርኛ', dir: 'ltr', fallback: ['en', 'nl'] },
  { code: 'tr', nativeName: 'Türkçe', dir: 'ltr', fallback: ['en', 'nl'] },
  { code: 'fa', nativeName: 'فارسی', dir: 'rtl', fallback: ['en', 'nl'] },
  // Dari readers understand Persian better than English when a text is missing.
  { code: 'prs', nativeName: 'دری', dir: 'rtl', fallback: ['fa', 'en', 'nl'] },
  { code: 'ps', nativeName: 'پښتو', dir: 'rtl', fallback: ['en', 'nl'] },
  { code: 'uk', nativeName: 'Українська', dir: 'ltr', fallback: ['en', 'nl'] },
  { code: 'ru', nativeName: 'Русский', dir: 'ltr', fallback: ['en', 'nl'] },
  { code: 'so', nativeName: 'Soomaali', dir: 'ltr', fallback: ['en', 'nl'] },
  { code: 'kmr', nativeName: 'Kurmancî', dir: 'ltr', fallback: ['en', 'nl'] },
] as const satisfies readonly Language[];

export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export const SOURCE_LANGUAGE: LanguageCode = 'nl';
export const NAMESPACES = ['common', 'home', 'agenda', 'activate', 'infographic', 'info', 'glossary', 'gemeente', 'traject', 'mensen', 'geld', 'geregeld', 'vraag', 'delen', 'helper', 'consulent', 'staff', 'storage', 'telefoon', 'changes', 'push', 'feedback', 'search', 'activities', 'infomore', 'letters'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export function isLanguageCode(code: string | null | undefined): code is LanguageCode {
  return LANGUAGES.some((l) => l.code === code);
}

export function languageOf(code: string): Language {
  return LANGUAGES.find((l) => l.code === code) ?? LANGUAGES[0];
}
