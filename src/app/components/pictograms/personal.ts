import type { ComponentType, SVGProps } from 'react';
import type { PersonalName } from './personalNames';
import Backpack from '~icons/fluent-emoji-flat/backpack';
import Bell from '~icons/fluent-emoji-flat/bell';
import Briefcase from '~icons/fluent-emoji-flat/briefcase';
import BustsInSilhouette from '~icons/fluent-emoji-flat/busts-in-silhouette';
import Calendar from '~icons/fluent-emoji-flat/spiral-calendar';
import CheckMark from '~icons/fluent-emoji-flat/check-mark-button';
import Clipboard from '~icons/fluent-emoji-flat/clipboard';
import Coin from '~icons/fluent-emoji-flat/coin';
import CrossMark from '~icons/fluent-emoji-flat/cross-mark';
import Footprints from '~icons/fluent-emoji-flat/footprints';
import GraduationCap from '~icons/fluent-emoji-flat/graduation-cap';
import Handshake from '~icons/fluent-emoji-flat/handshake';
import HeartHands from '~icons/fluent-emoji-flat/heart-hands';
import Hourglass from '~icons/fluent-emoji-flat/hourglass-not-done';
import MobileArrow from '~icons/fluent-emoji-flat/mobile-phone-with-arrow';
import MobilePhone from '~icons/fluent-emoji-flat/mobile-phone';
import MutedSpeaker from '~icons/fluent-emoji-flat/muted-speaker';
import MobileOff from '~icons/fluent-emoji-flat/mobile-phone-off';
import PersonWalking from '~icons/fluent-emoji-flat/person-walking';
import Pushpin from '~icons/fluent-emoji-flat/round-pushpin';
import RedQuestionMark from '~icons/fluent-emoji-flat/red-question-mark';
import Refresh from '~icons/fluent-emoji-flat/counterclockwise-arrows-button';
import School from '~icons/fluent-emoji-flat/school';
import Sparkles from '~icons/fluent-emoji-flat/sparkles';
import Speaker from '~icons/fluent-emoji-flat/speaker-high-volume';

// The pictograms of an activated phone's first screens (home with its tiles, notification offer
// and read-aloud button, agenda card, sync state): they come with that part of the app (src/app/ActivatedApp.tsx registers
// them), not with the welcome screen, and the home loads no other pictograms.
export const PERSONAL_PICTOGRAMS: Record<PersonalName, ComponentType<SVGProps<SVGSVGElement>>> = {
  agenda: Calendar,
  bell: Bell,
  bring: Backpack,
  checklist: Clipboard,
  coming: PersonWalking,
  done: CheckMark,
  exam: GraduationCap,
  install: MobileArrow,
  lesson: School,
  location: Pushpin,
  meeting: Handshake,
  mobile: MobilePhone,
  money: Coin,
  notComing: CrossMark,
  noVoice: MutedSpeaker,
  offline: MobileOff,
  people: BustsInSilhouette,
  question: RedQuestionMark,
  speaker: Speaker,
  syncing: Refresh,
  traject: Footprints,
  update: Sparkles,
  volunteer: HeartHands,
  waiting: Hourglass,
  work: Briefcase,
};
