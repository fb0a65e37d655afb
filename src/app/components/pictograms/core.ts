import type { ComponentType, SVGProps } from 'react';
import Globe from '~icons/fluent-emoji-flat/globe-with-meridians';
import House from '~icons/fluent-emoji-flat/house';
import Information from '~icons/fluent-emoji-flat/information';
import Key from '~icons/fluent-emoji-flat/key';
import Warning from '~icons/fluent-emoji-flat/warning';
import WavingHand from '~icons/fluent-emoji-flat/waving-hand';

// The pictograms of the first screen of every phone (app bar, welcome screen): in the first download.
// Those of an activated phone's first screens come with that part of the app (personal.ts).
export const CORE_PICTOGRAMS = {
  home: House,
  info: Information,
  key: Key,
  language: Globe,
  warning: Warning,
  welcome: WavingHand,
} satisfies Record<string, ComponentType<SVGProps<SVGSVGElement>>>;
