import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GemeenteConfig } from '../../../gemeenten';
import { currentGemeente } from '../../gemeente';
import { SOURCE_LANGUAGE } from '../../i18n/languages';
import { useReadingT } from '../../reading/useReadingT';

// Everything an informatiemap screen needs to say things about *this* municipality: the config,
// `t`/`tNl` for info.json, and the values every text may use ({{gemeente}}, {{months}},
// {{regieRole}}), in the reader's language and in Dutch.

// A type, not an interface: i18next wants interpolation values with an index signature.
export type InfoValues = {
  gemeente: string;
  months: number;
  regieRole: string;
};

export function useInfoTexts() {
  const gemeente: GemeenteConfig = useMemo(() => currentGemeente(), []);
  const { t, tNl, language } = useReadingT('info');
  // Official names (of roles) are shown in Dutch as well, always: people meet them in letters.
  const { t: tDutch } = useTranslation('info', { lng: SOURCE_LANGUAGE });
  const base = { gemeente: gemeente.name, months: gemeente.ontzorgen.months };
  const values: InfoValues = { ...base, regieRole: t(`roles.${gemeente.regieRole}.inText`) };
  // Only used with tNl, which is null unless the reader shows Dutch.
  const valuesNl: InfoValues = tNl ? { ...base, regieRole: tNl(`roles.${gemeente.regieRole}.inText`) } : values;
  return { gemeente, t, tNl, tDutch, language, values, valuesNl };
}

/** One idea per line: block texts are lines separated by "\n". */
export function splitLines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}
