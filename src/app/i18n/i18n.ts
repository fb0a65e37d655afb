import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import nlActivate from '../../../locales/nl/activate.json';
import nlAgenda from '../../../locales/nl/agenda.json';
import nlCommon from '../../../locales/nl/common.json';
import nlDelen from '../../../locales/nl/delen.json';
import nlGeld from '../../../locales/nl/geld.json';
import nlGemeente from '../../../locales/nl/gemeente.json';
import nlGeregeld from '../../../locales/nl/geregeld.json';
import nlGlossary from '../../../locales/nl/glossary.json';
import nlHelper from '../../../locales/nl/helper.json';
import nlHome from '../../../locales/nl/home.json';
import nlInfo from '../../../locales/nl/info.json';
import nlInfographic from '../../../locales/nl/infographic.json';
import nlMensen from '../../../locales/nl/mensen.json';
import nlTraject from '../../../locales/nl/traject.json';
import nlVraag from '../../../locales/nl/vraag.json';
import { isLanguageCode, LANGUAGES, languageOf, NAMESPACES, SOURCE_LANGUAGE, type LanguageCode } from './languages';

// Dutch is bundled (it is the fallback of every language); every other language is its own small
// chunk per namespace, fetched when chosen and then kept by the service worker for offline use.

export const sourceResources = {
  activate: nlActivate,
  agenda: nlAgenda,
  common: nlCommon,
  delen: nlDelen,
  geld: nlGeld,
  gemeente: nlGemeente,
  geregeld: nlGeregeld,
  glossary: nlGlossary,
  helper: nlHelper,
  home: nlHome,
  info: nlInfo,
  infographic: nlInfographic,
  mensen: nlMensen,
  traject: nlTraject,
  vraag: nlVraag,
};

const loaders = import.meta.glob<{ default: Record<string, unknown> }>(['../../../locales/*/*.json', '!../../../locales/nl/*.json']);

const STORAGE_KEY = 'thuis.language';

/** `?lang=ar` in any URL wins, then the saved choice, then the phone's languages, then Dutch. */
export function initialLanguage(): LanguageCode {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (isLanguageCode(fromUrl)) return fromUrl;
  const saved = localStorage.getItem(STORAGE_KEY);
  if (isLanguageCode(saved)) return saved;
  for (const tag of navigator.languages ?? []) {
    const base = tag.split('-')[0];
    if (isLanguageCode(base)) return base;
  }
  return SOURCE_LANGUAGE;
}

function applyToDocument(code: string): void {
  document.documentElement.lang = code;
  document.documentElement.dir = languageOf(code).dir;
}

export async function initI18n(lng: LanguageCode = initialLanguage()) {
  i18next.on('languageChanged', applyToDocument);
  await i18next
    .use(initReactI18next)
    .use(
      resourcesToBackend((language: string, namespace: string) => {
        const load = loaders[`../../../locales/${language}/${namespace}.json`];
        return load ? load().then((m) => m.default) : Promise.reject(new Error(`no ${language}/${namespace}`));
      }),
    )
    .init({
      lng,
      resources: { [SOURCE_LANGUAGE]: sourceResources },
      partialBundledLanguages: true,
      supportedLngs: LANGUAGES.map((l) => l.code),
      fallbackLng: (code: string) => [...languageOf(code).fallback],
      ns: [...NAMESPACES],
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
