import type { ComponentType, SVGProps } from 'react';
import type { ExtendedName } from './extendedNames';
import Abacus from '~icons/fluent-emoji-flat/abacus';
import AlarmClock from '~icons/fluent-emoji-flat/alarm-clock';
import ChartIncreasing from '~icons/fluent-emoji-flat/chart-increasing';
import HuggingFace from '~icons/fluent-emoji-flat/hugging-face';
import Ambulance from '~icons/fluent-emoji-flat/ambulance';
import AntennaBars from '~icons/fluent-emoji-flat/antenna-bars';
import Baby from '~icons/fluent-emoji-flat/baby';
import BalanceScale from '~icons/fluent-emoji-flat/balance-scale';
import Bank from '~icons/fluent-emoji-flat/bank';
import Books from '~icons/fluent-emoji-flat/books';
import Camera from '~icons/fluent-emoji-flat/camera';
import ChequeredFlag from '~icons/fluent-emoji-flat/chequered-flag';
import Child from '~icons/fluent-emoji-flat/child';
import ClassicalBuilding from '~icons/fluent-emoji-flat/classical-building';
import CouchAndLamp from '~icons/fluent-emoji-flat/couch-and-lamp';
import Door from '~icons/fluent-emoji-flat/door';
import CreditCard from '~icons/fluent-emoji-flat/credit-card';
import Droplet from '~icons/fluent-emoji-flat/droplet';
import Ear from '~icons/fluent-emoji-flat/ear';
import Envelope from '~icons/fluent-emoji-flat/envelope';
import EuroBanknote from '~icons/fluent-emoji-flat/euro-banknote';
import FactoryWorker from '~icons/fluent-emoji-flat/factory-worker';
import Fire from '~icons/fluent-emoji-flat/fire';
import Glasses from '~icons/fluent-emoji-flat/glasses';
import HammerAndWrench from '~icons/fluent-emoji-flat/hammer-and-wrench';
import HealthWorker from '~icons/fluent-emoji-flat/health-worker';
import HighVoltage from '~icons/fluent-emoji-flat/high-voltage';
import Hospital from '~icons/fluent-emoji-flat/hospital';
import HouseWithGarden from '~icons/fluent-emoji-flat/house-with-garden';
import Houses from '~icons/fluent-emoji-flat/houses';
import IdentificationCard from '~icons/fluent-emoji-flat/identification-card';
import InboxTray from '~icons/fluent-emoji-flat/inbox-tray';
import Laptop from '~icons/fluent-emoji-flat/laptop';
import InputNumbers from '~icons/fluent-emoji-flat/input-numbers';
import LightBulb from '~icons/fluent-emoji-flat/light-bulb';
import LinkSymbol from '~icons/fluent-emoji-flat/link';
import LinkedPaperclips from '~icons/fluent-emoji-flat/linked-paperclips';
import Locked from '~icons/fluent-emoji-flat/locked';
import LockedWithKey from '~icons/fluent-emoji-flat/locked-with-key';
import MagnifyingGlassTiltedLeft from '~icons/fluent-emoji-flat/magnifying-glass-tilted-left';
import MantelpieceClock from '~icons/fluent-emoji-flat/mantelpiece-clock';
import MendingHeart from '~icons/fluent-emoji-flat/mending-heart';
import Minus from '~icons/fluent-emoji-flat/minus';
import MoneyWithWings from '~icons/fluent-emoji-flat/money-with-wings';
import OpenMailboxWithRaisedFlag from '~icons/fluent-emoji-flat/open-mailbox-with-raised-flag';
import NightWithStars from '~icons/fluent-emoji-flat/night-with-stars';
import OfficeBuilding from '~icons/fluent-emoji-flat/office-building';
import OfficeWorker from '~icons/fluent-emoji-flat/office-worker';
import OpenBook from '~icons/fluent-emoji-flat/open-book';
import OpenHands from '~icons/fluent-emoji-flat/open-hands';
import OutboxTray from '~icons/fluent-emoji-flat/outbox-tray';
import PageFacingUp from '~icons/fluent-emoji-flat/page-facing-up';
import Pencil from '~icons/fluent-emoji-flat/pencil';
import PeopleHugging from '~icons/fluent-emoji-flat/people-hugging';
import Person from '~icons/fluent-emoji-flat/person';
import Pill from '~icons/fluent-emoji-flat/pill';
import PoliceOfficer from '~icons/fluent-emoji-flat/police-officer';
import PregnantWoman from '~icons/fluent-emoji-flat/pregnant-woman';
import Receipt from '~icons/fluent-emoji-flat/receipt';
import RecyclingSymbol from '~icons/fluent-emoji-flat/recycling-symbol';
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
import Ticket from '~icons/fluent-emoji-flat/ticket';
import Tooth from '~icons/fluent-emoji-flat/tooth';
import WomanTeacher from '~icons/fluent-emoji-flat/woman-teacher';
import Wrench from '~icons/fluent-emoji-flat/wrench';
import WritingHand from '~icons/fluent-emoji-flat/writing-hand';
import ThumbsUp from '~icons/fluent-emoji-flat/thumbs-up';
import ThumbsDown from '~icons/fluent-emoji-flat/thumbs-down';
import ExclamationQuestion from '~icons/fluent-emoji-flat/exclamation-question-mark';
import RedExclamationMark from '~icons/fluent-emoji-flat/red-exclamation-mark';
import TriangularFlag from '~icons/fluent-emoji-flat/triangular-flag';
import Prohibited from '~icons/fluent-emoji-flat/prohibited';
import ShuffleTracksButton from '~icons/fluent-emoji-flat/shuffle-tracks-button';
import NewButton from '~icons/fluent-emoji-flat/new-button';
import IncomingEnvelope from '~icons/fluent-emoji-flat/incoming-envelope';
import CircusTent from '~icons/fluent-emoji-flat/circus-tent';
import HotBeverage from '~icons/fluent-emoji-flat/hot-beverage';
import SoccerBall from '~icons/fluent-emoji-flat/soccer-ball';
import RedHeart from '~icons/fluent-emoji-flat/red-heart';
import ClosedBook from '~icons/fluent-emoji-flat/closed-book';
import InputLatinLetters from '~icons/fluent-emoji-flat/input-latin-letters';
import GlowingStar from '~icons/fluent-emoji-flat/glowing-star';
import FreeButton from '~icons/fluent-emoji-flat/free-button';
import RepeatButton from '~icons/fluent-emoji-flat/repeat-button';
import AirplaneArrival from '~icons/fluent-emoji-flat/airplane-arrival';
import Student from '~icons/fluent-emoji-flat/student';
import ClockwiseArrows from '~icons/fluent-emoji-flat/clockwise-vertical-arrows';
import ArtistPalette from '~icons/fluent-emoji-flat/artist-palette';
import NineOClock from '~icons/fluent-emoji-flat/nine-oclock';
import WorldMap from '~icons/fluent-emoji-flat/world-map';
import UpRightArrow from '~icons/fluent-emoji-flat/up-right-arrow';
import WhiteQuestionMark from '~icons/fluent-emoji-flat/white-question-mark';

// Every other pictogram, one chunk loaded when a screen first needs one (and precached for offline).
export const EXTENDED_PICTOGRAMS = {
  activities: CircusTent,
  taalcafe: HotBeverage,
  sport: SoccerBall,
  welzijn: RedHeart,
  library: ClosedBook,
  languageHelp: InputLatinLetters,
  otherActivity: GlowingStar,
  free: FreeButton,
  weekly: RepeatButton,
  answerCame: IncomingEnvelope,
  appointmentNew: NewButton,
  appointmentMoved: ShuffleTracksButton,
  appointmentCancelled: Prohibited,
  stepChanged: TriangularFlag,
  paymentFailed: RedExclamationMark,
  ambulance: Ambulance,
  baby: Baby,
  bank: Bank,
  bankCard: CreditCard,
  books: Books,
  budget: Abacus,
  busy: HammerAndWrench,
  call: TelephoneReceiver,
  camera: Camera,
  child: Child,
  comfort: HuggingFace,
  computer: Laptop,
  copy: LinkedPaperclips,
  deadline: TearOffCalendar,
  debt: MoneyWithWings,
  dentist: Tooth,
  doctor: HealthWorker,
  document: PageFacingUp,
  download: InboxTray,
  edit: Pencil,
  emergency: SosButton,
  energy: HighVoltage,
  euro: EuroBanknote,
  evening: NightWithStars,
  exempt: Minus,
  family: PeopleHugging,
  feelings: MendingHeart,
  finish: ChequeredFlag,
  fire: Fire,
  furniture: CouchAndLamp,
  glasses: Glasses,
  health: Stethoscope,
  helpingHands: OpenHands,
  hospital: Hospital,
  homeVisit: Door,
  houses: Houses,
  housing: HouseWithGarden,
  id: IdentificationCard,
  insurance: Shield,
  internet: AntennaBars,
  later: MantelpieceClock,
  law: BalanceScale,
  letter: Envelope,
  /** The informatiemap's sample letters, explained (issue 16). */
  letters: OpenMailboxWithRaisedFlag,
  listen: Ear,
  lock: Locked,
  medicine: Pill,
  office: OfficeBuilding,
  officeWorker: OfficeWorker,
  overdue: AlarmClock,
  passkey: LockedWithKey,
  payYourself: Receipt,
  person: Person,
  pin: InputNumbers,
  police: PoliceOfficer,
  pregnant: PregnantWoman,
  progressTalk: ChartIncreasing,
  pvt: Scroll,
  read: OpenBook,
  recycle: RecyclingSymbol,
  repair: Wrench,
  search: MagnifyingGlassTiltedLeft,
  send: OutboxTray,
  shareCode: Ticket,
  sick: Thermometer,
  speak: SpeakingHead,
  start: Seedling,
  stop: StopSign,
  sunflower: Sunflower,
  talk: SpeechBalloon,
  teacher: WomanTeacher,
  tip: LightBulb,
  townHall: ClassicalBuilding,
  water: Droplet,
  website: LinkSymbol,
  worker: FactoryWorker,
  write: WritingHand,
  helped: ThumbsUp,
  notHelped: ThumbsDown,
  wrongText: ExclamationQuestion,
  // Family who come later; children learn at school, not in inburgering; ontzorgen that goes on;
  // meaningful daytime activity; free language help; opening hours; a map; a link that leaves the
  // app (mirrored in right-to-left text, info.css); a fact not known.
  familyLater: AirplaneArrival,
  childrenSchool: Student,
  ontzorgenLonger: ClockwiseArrows,
  daytimeActivity: ArtistPalette,
  openingHours: NineOClock,
  mapLink: WorldMap,
  opensOutside: UpRightArrow,
  notKnown: WhiteQuestionMark,
} satisfies Record<ExtendedName, ComponentType<SVGProps<SVGSVGElement>>>;
