import { useTranslation } from 'react-i18next';
import type { Namespace } from '../i18n/languages';
import { SOURCE_LANGUAGE } from '../i18n/languages';
import { useReadingSettings } from './settings';

/**
 * `t` for the chosen language plus `tNl`, the same keys in Dutch, when the reader asked to see
 * the Dutch under each translated text (and is not reading Dutch already); otherwise `tNl` is null.
 */
export function useReadingT<N extends Namespace>(ns: N) {
  const { t, i18n } = useTranslation(ns);
  const { showDutch } = useReadingSettings();
  const tNl = showDutch && i18n.language !== SOURCE_LANGUAGE ? i18n.getFixedT(SOURCE_LANGUAGE, ns) : null;
  return { t, tNl, language: i18n.language };
}
