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
import Abacus from '~icons/fluent-emoji-flat/abacus';
import AlarmClock from '~icons/fluent-emoji-flat/alarm-clock';
import Ambulance from '~icons/fluent-emoji-flat/ambulance';
import AntennaBars from '~icons/fluent-emoji-flat/antenna-bars';
import Baby from '~icons/fluent-emoji-flat/baby';
import BalanceScale from '~icons/fluent-emoji-flat/balance-scale';
import Bank from '~icons/fluent-emoji-flat/bank';
import Books from '~icons/fluent-emoji-flat/books';
import BustsInSilhouette from '~icons/fluent-emoji-flat/busts-in-silhouette';
import ChequeredFlag from '~icons/fluent-emoji-flat/chequered-flag';
import Child from '~icons/fluent-emoji-flat/child';
import ClassicalBuilding from '~icons/fluent-emoji-flat/classical-building';
import CouchAndLamp from '~icons/fluent-emoji-flat/couch-and-lamp';
import CreditCard from '~icons/fluent-emoji-flat/credit-card';
import Droplet from '~icons/fluent-emoji-flat/droplet';
import Ear from '~icons/fluent-emoji-flat/ear';
import Envelope from '~icons/fluent-emoji-flat/envelope';
import EuroBanknote from '~icons/fluent-emoji-flat/euro-banknote';
import FactoryWorker from '~icons/fluent-emoji-flat/factory-worker';
import Fire from '~icons/fluent-emoji-flat/fire';
import Footprints from '~icons/fluent-emoji-flat/footprints';
import HammerAndWrench from '~icons/fluent-emoji-flat/hammer-and-wrench';
import HealthWorker from '~icons/fluent-emoji-flat/health-worker';
import HeartHands from '~icons/fluent-emoji-flat/heart-hands';
import HighVoltage from '~icons/fluent-emoji-flat/high-voltage';
import Hospital from '~icons/fluent-emoji-flat/hospital';
import Houses from '~icons/fluent-emoji-flat/houses';
import IdentificationCard from '~icons/fluent-emoji-flat/identification-card';
import InboxTray from '~icons/fluent-emoji-flat/inbox-tray';
import Information from '~icons/fluent-emoji-flat/information';
import Laptop from '~icons/fluent-emoji-flat/laptop';
import LightBulb from '~icons/fluent-emoji-flat/light-bulb';
import LinkedPaperclips from '~icons/fluent-emoji-flat/linked-paperclips';
import LinkSymbol from '~icons/fluent-emoji-flat/link';
import Locked from '~icons/fluent-emoji-flat/locked';
import MagnifyingGlassTiltedLeft from '~icons/fluent-emoji-flat/magnifying-glass-tilted-left';
import MendingHeart from '~icons/fluent-emoji-flat/mending-heart';
import Minus from '~icons/fluent-emoji-flat/minus';
import MobilePhone from '~icons/fluent-emoji-flat/mobile-phone';
import MoneyBag from '~icons/fluent-emoji-flat/money-bag';
import MoneyWithWings from '~icons/fluent-emoji-flat/money-with-wings';
import NightWithStars from '~icons/fluent-emoji-flat/night-with-stars';
import OfficeBuilding from '~icons/fluent-emoji-flat/office-building';
import OfficeWorker from '~icons/fluent-emoji-flat/office-worker';
import OpenBook from '~icons/fluent-emoji-flat/open-book';
import OpenHands from '~icons/fluent-emoji-flat/open-hands';
import OutboxTray from '~icons/fluent-emoji-flat/outbox-tray';
import PageFacingUp from '~icons/fluent-emoji-flat/page-facing-up';
import Pencil from '~icons/fluent-emoji-flat/pencil';
import PeopleHugging from '~icons/fluent-emoji-flat/people-hugging';
import Pill from '~icons/fluent-emoji-flat/pill';
import PoliceOfficer from '~icons/fluent-emoji-flat/police-officer';
import PregnantWoman from '~icons/fluent-emoji-flat/pregnant-woman';
import RecyclingSymbol from '~icons/fluent-emoji-flat/recycling-symbol';
import RedQuestionMark from '~icons/fluent-emoji-flat/red-question-mark';
import Scroll from '~icons/fluent-emoji-flat/scroll';
import Seedling from '~icons/fluent-emoji-flat/seedling';
import Shield from '~icons/fluent-emoji-flat/shield';
import SosButton from '~icons/fluent-emoji-flat/sos-button';
import SpeakingHead from '~icons/fluent-emoji-flat/speaking-head';
import SpeechBalloon from '~icons/fluent-emoji-flat/speech-balloon';
import Stethoscope from '~icons/fluent-emoji-flat/stethoscope';
import StopSign from '~icons/fluent-emoji-flat/stop-sign';
import Sunflower from '~icons/fluent-emoji-flat/sunflower';
import TearOffCalendar from '~icons/fluent-emoji-flat/tear-off-calendar';
import TelephoneReceiver from '~icons/fluent-emoji-flat/telephone-receiver';
import Thermometer from '~icons/fluent-emoji-flat/thermometer';
import Tooth from '~icons/fluent-emoji-flat/tooth';
import WhiteLargeSquare from '~icons/fluent-emoji-flat/white-large-square';
import WomanTeacher from '~icons/fluent-emoji-flat/woman-teacher';
import Wrench from '~icons/fluent-emoji-flat/wrench';
import WritingHand from '~icons/fluent-emoji-flat/writing-hand';

// One picture per idea, from Fluent Emoji Flat (MIT), compiled into the bundle at build time.
const PICTOGRAMS = {
  agenda: Calendar,
  ambulance: Ambulance,
  baby: Baby,
  bank: Bank,
  bankCard: CreditCard,
  books: Books,
  bring: Backpack,
  budget: Abacus,
  busy: HammerAndWrench,
  call: TelephoneReceiver,
  checklist: Clipboard,
  child: Child,
  coming: CheckMark,
  computer: Laptop,
  contract: Scroll,
  copy: LinkedPaperclips,
  deadline: TearOffCalendar,
  debt: MoneyWithWings,
  dentist: Tooth,
  doctor: HealthWorker,
  document: PageFacingUp,
  done: CheckMark,
  download: InboxTray,
  edit: Pencil,
  emergency: SosButton,
  energy: HighVoltage,
  euro: EuroBanknote,
  evening: NightWithStars,
  exam: GraduationCap,
  exempt: Minus,
  family: PeopleHugging,
  feelings: MendingHeart,
  finish: ChequeredFlag,
  fire: Fire,
  furniture: CouchAndLamp,
  glasses: Glasses,
  health: Stethoscope,
  helpingHands: OpenHands,
  home: House,
  hospital: Hospital,
  houses: Houses,
  id: IdentificationCard,
  info: Information,
  install: MobileArrow,
  insurance: Shield,
  internet: AntennaBars,
  key: Key,
  language: Globe,
  law: BalanceScale,
  lesson: School,
  letter: Envelope,
  listen: Ear,
  location: Pushpin,
  lock: Locked,
  medicine: Pill,
  meeting: Handshake,
  mobile: MobilePhone,
  money: MoneyBag,
  notComing: CrossMark,
  office: OfficeBuilding,
  officeWorker: OfficeWorker,
  offline: MobileOff,
  overdue: AlarmClock,
  people: BustsInSilhouette,
  person: Person,
  police: PoliceOfficer,
  pregnant: PregnantWoman,
  question: RedQuestionMark,
  read: OpenBook,
  recycle: RecyclingSymbol,
  repair: Wrench,
  search: MagnifyingGlassTiltedLeft,
  send: OutboxTray,
  sick: Thermometer,
  speak: SpeakingHead,
  speaker: Speaker,
  start: Seedling,
  stop: StopSign,
  sunflower: Sunflower,
  syncing: Refresh,
  talk: SpeechBalloon,
  teacher: WomanTeacher,
  tip: LightBulb,
  todo: WhiteLargeSquare,
  townHall: ClassicalBuilding,
  traject: Footprints,
  update: Sparkles,
  volunteer: HeartHands,
  waiting: Hourglass,
  warning: Warning,
  water: Droplet,
  website: LinkSymbol,
  welcome: WavingHand,
  work: Briefcase,
  worker: FactoryWorker,
  write: WritingHand,
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

/** For picture names that come from data (municipality configs): is this a known pictogram? */
export function isPictogramName(name: string): name is PictogramName {
  return Object.hasOwn(PICTOGRAMS, name);
}
