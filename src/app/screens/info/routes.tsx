import { lazyScreen } from '../../components/lazyScreen';

// The informatiemap: its pages are chunks of their own (see lazyScreen).
export const InfoIndexRoute = lazyScreen(() => import('./InfoIndexScreen').then((m) => m.InfoIndexScreen));
export const InfoSectionRoute = lazyScreen(() => import('./InfoSectionScreen').then((m) => m.InfoSectionScreen));
export const HelpRoute = lazyScreen(() => import('./HelpScreen').then((m) => m.HelpScreen));
export const GlossaryRoute = lazyScreen(() => import('./GlossaryScreen').then((m) => m.GlossaryScreen));
export const EmergencyRoute = lazyScreen(() => import('./EmergencyScreen').then((m) => m.EmergencyScreen));
export const ActivitiesRoute = lazyScreen(() => import('../activities/ActivitiesScreen').then((m) => m.ActivitiesScreen));
export const LettersRoute = lazyScreen(() => import('./letters/LettersScreen').then((m) => m.LettersScreen));
