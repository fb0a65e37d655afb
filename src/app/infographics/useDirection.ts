import { useTranslation } from 'react-i18next';
import { languageOf } from '../i18n/languages';

/** Whether the current language reads right to left: infographics lay out their shapes by it. */
export function useIsRtl(): boolean {
  const { i18n } = useTranslation();
  return languageOf(i18n.language).dir === 'rtl';
}

/** Mirrors a horizontal position inside a drawing of `width` when reading right to left. */
export function mirrorX(x: number, width: number, rtl: boolean): number {
  return rtl ? width - x : x;
}
