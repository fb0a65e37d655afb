import type { ComponentType } from 'react';
import type { ShareSection } from '../../domain/access';
import { SCREEN_PATHS, type ScreenPath } from '../../domain/screenPaths';
import { lazyScreen } from '../components/lazyScreen';
import type { PictogramName } from '../components/Pictogram';

// The one registry of the app's screens: the router (App.tsx, helper/HelperRoutes.tsx), the home
// tiles (home/HomeScreen.tsx, helper/HelperHome.tsx) and the share form's pictures (delen/) all
// map over it. Adding a screen is one entry here, its texts, and its folder (docs/conventions.md,
// "A new screen"). Each screen is loaded when first opened (see lazyScreen). The cycle check
// (package.json `lint:cycles`) leaves out the lazy edges from here to the screens only: a screen
// may read the registry (the share form's pictures), and its import() runs after all has loaded.

/** The texts of a tile: a key of the home, delen or telefoon namespace. */
type TileTitle = `home:sections.${'agenda' | 'traject' | 'mensen' | 'vraag' | 'geld' | 'geregeld' | 'info' | 'language'}` | 'delen:tile' | 'telefoon:tile';
type TileHint = `${TileTitle}Hint`;

export interface ScreenEntry {
  path: ScreenPath;
  /** Lazy: its code is a chunk of its own. Absent for info, which routes its own pages (info/routes.tsx). */
  Screen?: ComponentType;
  /** Who reaches it: 'everyone', also before activation (App.tsx's outer routes), or an 'activated' phone. */
  access: 'everyone' | 'activated';
  picture: PictogramName;
  title: TileTitle;
  hint: TileHint;
  /** The shared section that shows this screen on a taalmaatje's phone (docs/api.md, "Shares"). */
  section?: ShareSection;
  /**
   * Where its tile shows on the inburgeraar's home: 'all' for every activated phone that opens
   * the personal home, 'owner' only for the inburgeraar's own (sharing, this phone's settings).
   */
  tile: 'all' | 'owner';
}

export const SCREENS = [
  {
    path: SCREEN_PATHS.agenda,
    Screen: lazyScreen(() => import('./agenda/AgendaScreen').then((m) => m.AgendaScreen)),
    picture: 'agenda',
    title: 'home:sections.agenda',
    hint: 'home:sections.agendaHint',
    section: 'agenda',
    tile: 'all',
    access: 'activated',
  },
  {
    path: SCREEN_PATHS.traject,
    Screen: lazyScreen(() => import('./traject/TrajectScreen').then((m) => m.TrajectScreen)),
    picture: 'traject',
    title: 'home:sections.traject',
    hint: 'home:sections.trajectHint',
    section: 'traject',
    tile: 'all',
    access: 'activated',
  },
  {
    path: SCREEN_PATHS.mensen,
    Screen: lazyScreen(() => import('./mensen/MensenScreen').then((m) => m.MensenScreen)),
    picture: 'people',
    title: 'home:sections.mensen',
    hint: 'home:sections.mensenHint',
    section: 'contacts',
    tile: 'all',
    access: 'activated',
  },
  {
    path: SCREEN_PATHS.vraag,
    Screen: lazyScreen(() => import('./vraag/VraagScreen').then((m) => m.VraagScreen)),
    picture: 'question',
    title: 'home:sections.vraag',
    hint: 'home:sections.vraagHint',
    tile: 'all',
    access: 'activated',
  },
  {
    path: SCREEN_PATHS.geld,
    Screen: lazyScreen(() => import('./geld/GeldScreen').then((m) => m.GeldScreen)),
    picture: 'money',
    title: 'home:sections.geld',
    hint: 'home:sections.geldHint',
    section: 'money',
    tile: 'all',
    access: 'activated',
  },
  {
    path: SCREEN_PATHS.geregeld,
    Screen: lazyScreen(() => import('./geregeld/GeregeldScreen').then((m) => m.GeregeldScreen)),
    picture: 'checklist',
    title: 'home:sections.geregeld',
    hint: 'home:sections.geregeldHint',
    section: 'checklist',
    tile: 'all',
    access: 'activated',
  },
  { path: SCREEN_PATHS.info, picture: 'info', title: 'home:sections.info', hint: 'home:sections.infoHint', tile: 'all', access: 'everyone' },
  {
    path: SCREEN_PATHS.language,
    Screen: lazyScreen(() => import('./language/LanguageScreen').then((m) => m.LanguageScreen)),
    picture: 'language',
    title: 'home:sections.language',
    hint: 'home:sections.languageHint',
    tile: 'all',
    access: 'everyone',
  },
  {
    path: SCREEN_PATHS.delen,
    Screen: lazyScreen(() => import('./delen/DelenScreen').then((m) => m.DelenScreen)),
    picture: 'volunteer',
    title: 'delen:tile',
    hint: 'delen:tileHint',
    tile: 'owner',
    access: 'activated',
  },
  {
    path: SCREEN_PATHS.telefoon,
    Screen: lazyScreen(() => import('./telefoon/TelefoonScreen').then((m) => m.TelefoonScreen)),
    picture: 'mobile',
    title: 'telefoon:tile',
    hint: 'telefoon:tileHint',
    tile: 'owner',
    access: 'activated',
  },
] as const satisfies readonly ScreenEntry[];

export type RegisteredScreen = (typeof SCREENS)[number];
export type RoutedScreen = Extract<RegisteredScreen, { Screen: ComponentType }>;
export type SectionScreen = Extract<RegisteredScreen, { section: ShareSection }>;

/** The screens an activated phone routes to (App.tsx's PersonalRoutes); info and language are routed for everyone. */
export const PERSONAL_SCREENS: readonly RoutedScreen[] = SCREENS.filter((s): s is RoutedScreen => 'Screen' in s && s.access === 'activated');

/** The screen at `path`, for a route outside the personal ones (App.tsx). */
export function screenAt(path: RoutedScreen['path']): ComponentType {
  const found = SCREENS.find((s): s is RoutedScreen => s.path === path && 'Screen' in s);
  if (!found) throw new Error(`No screen at ${path}`);
  return found.Screen;
}

/** The screen of each shareable section: a Record, so a new section does not compile without one. */
export const SECTION_SCREEN: Record<ShareSection, SectionScreen> = {
  agenda: sectionScreen('agenda'),
  traject: sectionScreen('traject'),
  contacts: sectionScreen('contacts'),
  money: sectionScreen('money'),
  checklist: sectionScreen('checklist'),
};

function sectionScreen(section: ShareSection): SectionScreen {
  const found = SCREENS.find((s): s is SectionScreen => 'section' in s && s.section === section);
  if (!found) throw new Error(`No screen for section ${section}`);
  return found;
}
