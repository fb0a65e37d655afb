import type { ComponentType, SVGProps } from 'react';
import Backpack from '~icons/fluent-emoji-flat/backpack';
import Calendar from '~icons/fluent-emoji-flat/spiral-calendar';
import CheckMark from '~icons/fluent-emoji-flat/check-mark-button';
import Clipboard from '~icons/fluent-emoji-flat/clipboard';
import CrossMark from '~icons/fluent-emoji-flat/cross-mark';
import Glasses from '~icons/fluent-emoji-flat/glasses';
import Globe from '~icons/fluent-emoji-flat/globe-with-meridians';
import GraduationCap from '~icons/fluent-emoji-flat/graduation-cap';
import Handshake from '~icons/fluent-emoji-flat/handshake';
import Hourglass from '~icons/fluent-emoji-flat/hourglass-not-done';
import House from '~icons/fluent-emoji-flat/house';
import Key from '~icons/fluent-emoji-flat/key';
import Briefcase from '~icons/fluent-emoji-flat/briefcase';
import MobileArrow from '~icons/fluent-emoji-flat/mobile-phone-with-arrow';
import MobileOff from '~icons/fluent-emoji-flat/mobile-phone-off';
import Person from '~icons/fluent-emoji-flat/person';
import Pushpin from '~icons/fluent-emoji-flat/round-pushpin';
import Refresh from '~icons/fluent-emoji-flat/counterclockwise-arrows-button';
import School from '~icons/fluent-emoji-flat/school';
import Sparkles from '~icons/fluent-emoji-flat/sparkles';
import Speaker from '~icons/fluent-emoji-flat/speaker-high-volume';
import Warning from '~icons/fluent-emoji-flat/warning';
import WavingHand from '~icons/fluent-emoji-flat/waving-hand';

// One picture per idea, from Fluent Emoji Flat (MIT), compiled into the bundle at build time.
const PICTOGRAMS = {
  agenda: Calendar,
  bring: Backpack,
  checklist: Clipboard,
  coming: CheckMark,
  exam: GraduationCap,
  glasses: Glasses,
  home: House,
  install: MobileArrow,
  key: Key,
  language: Globe,
  lesson: School,
  location: Pushpin,
  meeting: Handshake,
  notComing: CrossMark,
  offline: MobileOff,
  person: Person,
  speaker: Speaker,
  syncing: Refresh,
  update: Sparkles,
  waiting: Hourglass,
  warning: Warning,
  welcome: WavingHand,
  work: Briefcase,
} satisfies Record<string, ComponentType<SVGProps<SVGSVGElement>>>;

export type PictogramName = keyof typeof PICTOGRAMS;

interface Props {
  name: PictogramName;
  /** Pixels; pictograms are square. */
  size?: number;
  /** A text alternative when the picture carries meaning on its own; otherwise it is decorative. */
  label?: string;
  className?: string;
}

export function Pictogram({ name, size = 32, label, className }: Props) {
  const Icon = PICTOGRAMS[name];
  return (
    <Icon
      width={size}
      height={size}
      className={['pictogram', className].filter(Boolean).join(' ')}
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true, focusable: false })}
    />
  );
}
