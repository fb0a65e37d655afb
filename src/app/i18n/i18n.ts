import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import nlActivate from '../../../locales/nl/activate.json';
import nlCommon from '../../../locales/nl/common.json';
import nlHome from '../../../locales/nl/home.json';
import type NlActivate from '../../../locales/nl/activate.json';
import type NlActivities from '../../../locales/nl/activities.json';
import type NlAgenda from '../../../locales/nl/agenda.json';
import type NlChanges from '../../../locales/nl/changes.json';
import type NlCommon from '../../../locales/nl/common.json';
import type NlConsulent from '../../../locales/nl/consulent.json';
import type NlDelen from '../../../locales/nl/delen.json';
import type NlFeedback from '../../../locales/nl/feedback.json';
import type NlGeld from '../../../locales/nl/geld.json';
import type NlGemeente from '../../../locales/nl/gemeente.json';
import type NlGeregeld from '../../../locales/nl/geregeld.json';
import type NlGlossary from '../../../locales/nl/glossary.json';
import type NlHelper from '../../../locales/nl/helper.json';
import type NlHome from '../../../locales/nl/home.json';
import type NlInfo from '../../../locales/nl/info.json';
import type NlInfographic from '../../../locales/nl/infographic.json';
import type NlInfomore from '../../../locales/nl/infomore.json';
import type NlLetters from '../../../locales/nl/letters.json';
import type NlMensen from '../../../locales/nl/mensen.json';
import type NlPush from '../../../locales/nl/push.json';
import type NlSearch from '../../../locales/nl/search.json';
import type NlStorage from '../../../locales/nl/storage.json';
import type NlStaff from '../../../locales/nl/staff.json';
import type NlTelefoon from '../../../locales/nl/telefoon.json';
import type NlTraject from '../../../locales/nl/traject.json';
import type NlVraag from '../../../locales/nl/vraag.json';
import { STORAGE_KEYS } from '../../data/storageKeys';
import { loadLocaleData } from './localeData';
import { isLanguageCode, LANGUAGES, languageOf, NAMESPACES, SOURCE_LANGUAGE, type LanguageCode, type Namespace } from './languages';

// Every language is a small chunk per namespace, fetched when needed; Dutch (the fallback of every
// language) is precached by the service worker, other languages are kept once chosen. The Dutch
// texts of the first screens are bundled so the app opens without waiting for them.

export interface SourceResources {
  activate: typeof NlActivate;
  activities: typeof NlActivities;
  agenda: typeof NlAgenda;
  changes: typeof NlChanges;
  common: typeof NlCommon;
  consulent: typeof NlConsulent;
  delen: typeof NlDelen;
  /** "Heeft dit geholpen?" at the end of every informatiemap page. */
  feedback: typeof NlFeedback;
  geld: typeof NlGeld;
  gemeente: typeof NlGemeente;
  geregeld: typeof NlGeregeld;
  glossary: typeof NlGlossary;
  helper: typeof NlHelper;
  home: typeof NlHome;
  info: typeof NlInfo;
  infographic: typeof NlInfographic;
  /** The informatiemap's additions from the policy documents and the partners' where and when (issue 16). */
  infomore: typeof NlInfomore;
  letters: typeof NlLetters;
  mensen: typeof NlMensen;
  /** The notification texts; the service worker has its own copy (vite.config.ts `pushServiceWorker`). */
  push: typeof NlPush;
  /** The informatiemap search (screens/info/search). */
  search: typeof NlSearch;
  storage: typeof NlStorage;
  staff: typeof NlStaff;
  telefoon: typeof NlTelefoon;
  traject: typeof NlTraject;
  vraag: typeof NlVraag;
}

/** The Dutch texts of the first screens come with the first download; the rest load like any language. */
const bundledSource: Partial<SourceResources> = { activate: nlActivate, common: nlCommon, home: nlHome };

const loaders = import.meta.glob<{ default: Record<string, unknown> }>(['../../../locales/*/*.json', '!../../../locales/nl/{activate,common,home}.json']);

/** The language someone picked on this phone (the language screen): it always wins. */
const STORAGE_KEY = STORAGE_KEYS.language;
/** The dossier's language, from the activation link of this phone's inburgeraar (`?lang=`). */
const DOSSIER_KEY = STORAGE_KEYS.languageDossier;

function languageFromUrl(): LanguageCode | null {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  return isLanguageCode(fromUrl) ? fromUrl : null;
}

/** The phone's own language: a saved choice, else the browser's languages, else Dutch. */
function phoneLanguage(): LanguageCode {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (isLanguageCode(saved)) return saved;
  const dossier = localStorage.getItem(DOSSIER_KEY);
  if (isLanguageCode(dossier)) return dossier;
  for (const tag of navigator.languages ?? []) {
    const base = tag.split('-')[0];
    if (isLanguageCode(base)) return base;
  }
  return SOURCE_LANGUAGE;
}

/**
 * `?lang=ar` in any URL wins, then the language picked on this phone, then the dossier's language
 * from the activation link, then the phone's languages, then Dutch.
 */
export function initialLanguage(): LanguageCode {
  return languageFromUrl() ?? phoneLanguage();
}

/**
 * After an activation. The inburgeraar's own phone takes the dossier's language from the link
 * (`/activate?lang=ti#CODE`), unless a language was picked on this phone. A taalmaatje's or a
 * staff member's phone is theirs: it keeps its own language (the phone's, Dutch by default), never
 * the household's that a link may carry.
 */
export async function applyActivationLanguage(kind: 'inburgeraar' | 'helper' | 'staff'): Promise<void> {
  const fromLink = languageFromUrl();
  const own = kind === 'inburgeraar';
  if (own && fromLink) localStorage.setItem(DOSSIER_KEY, fromLink);
  else localStorage.removeItem(DOSSIER_KEY);
  // A `?lang=` on a helper's or staff link was added by a person for this page: it stays for now,
  // and is not kept.
  const language = (!own && fromLink) || phoneLanguage();
  if (i18next.language !== language) await i18next.changeLanguage(language);
}

function applyToDocument(code: string): void {
  if (typeof document === 'undefined') return; // the build-time render (src/prerender.tsx)
  document.documentElement.lang = code;
  document.documentElement.dir = languageOf(code).dir;
}

/** The namespaces loaded at start: the first screens'; a screen's own loads when it first asks. */
let startNamespaces: readonly Namespace[] = ['common', 'home', 'activate'];

/**
 * Load every namespace at start instead. For component tests, which render one screen without the
 * app's lazy-screen Suspense boundary around it.
 */
export function loadAllNamespacesAtStart(): void {
  startNamespaces = NAMESPACES;
}

export async function initI18n(lng: LanguageCode = initialLanguage()) {
  i18next.on('languageChanged', applyToDocument);
  await i18next
    .use(initReactI18next)
    .use(
      resourcesToBackend((language: string, namespace: string) => {
        const load = loaders[`../../../locales/${language}/${namespace}.json`];
        const texts = load ? load().then((m) => m.default) : Promise.reject(new Error(`no ${language}/${namespace}`));
        // A language the browser has no date data for brings CLDR's with its common texts.
        return namespace === 'common' ? Promise.all([texts, loadLocaleData(language)]).then(([loaded]) => loaded) : texts;
      }),
    )
    .init({
      lng,
      resources: { [SOURCE_LANGUAGE]: bundledSource },
      partialBundledLanguages: true,
      supportedLngs: LANGUAGES.map((l) => l.code),
      fallbackLng: (code: string) => [...languageOf(code).fallback],
      ns: [...startNamespaces],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  applyToDocument(i18next.language);
  return i18next;
}

export async function changeLanguage(code: LanguageCode): Promise<void> {
  localStorage.setItem(STORAGE_KEY, code);
  await i18next.changeLanguage(code);
}
