import type { ComponentType, SVGProps } from 'react';
import Backpack from '~icons/fluent-emoji-flat/backpack';
import Briefcase from '~icons/fluent-emoji-flat/briefcase';
import BustsInSilhouette from '~icons/fluent-emoji-flat/busts-in-silhouette';
import CheckMark from '~icons/fluent-emoji-flat/check-mark-button';
import Clipboard from '~icons/fluent-emoji-flat/clipboard';
import Coin from '~icons/fluent-emoji-flat/coin';
import Refresh from '~icons/fluent-emoji-flat/counterclockwise-arrows-button';
import CrossMark from '~icons/fluent-emoji-flat/cross-mark';
import Footprints from '~icons/fluent-emoji-flat/footprints';
import Globe from '~icons/fluent-emoji-flat/globe-with-meridians';
import GraduationCap from '~icons/fluent-emoji-flat/graduation-cap';
import Handshake from '~icons/fluent-emoji-flat/handshake';
import HeartHands from '~icons/fluent-emoji-flat/heart-hands';
import Hourglass from '~icons/fluent-emoji-flat/hourglass-not-done';
import House from '~icons/fluent-emoji-flat/house';
import Information from '~icons/fluent-emoji-flat/information';
import Key from '~icons/fluent-emoji-flat/key';
import MobileOff from '~icons/fluent-emoji-flat/mobile-phone-off';
import MobileArrow from '~icons/fluent-emoji-flat/mobile-phone-with-arrow';
import RedQuestionMark from '~icons/fluent-emoji-flat/red-question-mark';
import PersonWalking from '~icons/fluent-emoji-flat/person-walking';
import Pushpin from '~icons/fluent-emoji-flat/round-pushpin';
import School from '~icons/fluent-emoji-flat/school';
import Sparkles from '~icons/fluent-emoji-flat/sparkles';
import Speaker from '~icons/fluent-emoji-flat/speaker-high-volume';
import Calendar from '~icons/fluent-emoji-flat/spiral-calendar';
import Warning from '~icons/fluent-emoji-flat/warning';
import WavingHand from '~icons/fluent-emoji-flat/waving-hand';

// The pictograms of the first screens (app bar, home, welcome, sync state): in the first download.
export const CORE_PICTOGRAMS = {
  agenda: Calendar,
  bring: Backpack,
  checklist: Clipboard,
  coming: PersonWalking,
  done: CheckMark,
  exam: GraduationCap,
  home: House,
  info: Information,
  install: MobileArrow,
  key: Key,
  language: Globe,
  lesson: School,
  location: Pushpin,
  meeting: Handshake,
  money: Coin,
  notComing: CrossMark,
  offline: MobileOff,
  people: BustsInSilhouette,
  question: RedQuestionMark,
  speaker: Speaker,
  syncing: Refresh,
  traject: Footprints,
  update: Sparkles,
  volunteer: HeartHands,
  waiting: Hourglass,
  warning: Warning,
  welcome: WavingHand,
  work: Briefcase,
} satisfies Record<string, ComponentType<SVGProps<SVGSVGElement>>>;
