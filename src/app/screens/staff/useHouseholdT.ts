import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A `t` fixed to the household's language for one namespace (the checklist's texts), loaded on
 * demand; null until loaded, or when the household reads Dutch (Dutch is shown anyway).
 */
export function useHouseholdT(language: string, ns: 'geregeld'): TFunction<'geregeld'> | null {
  const { i18n } = useTranslation();
  const [ready, setReady] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    if (language === 'nl') return;
    void i18n.loadLanguages(language).then(() => i18n.loadNamespaces(ns)).then(() => live && setReady(language));
    return () => {
      live = false;
    };
  }, [i18n, language, ns]);
  if (language === 'nl' || ready !== language || !i18n.hasResourceBundle(language, ns)) return null;
  return i18n.getFixedT(language, ns);
}
