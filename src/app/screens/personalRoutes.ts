import { lazyScreen } from '../components/lazyScreen';

// The personal screens, each loaded when first opened (see lazyScreen).
export const AgendaScreen = lazyScreen(() => import('./agenda/AgendaScreen').then((m) => m.AgendaScreen));
export const TrajectScreen = lazyScreen(() => import('./traject/TrajectScreen').then((m) => m.TrajectScreen));
export const MensenScreen = lazyScreen(() => import('./mensen/MensenScreen').then((m) => m.MensenScreen));
export const GeldScreen = lazyScreen(() => import('./geld/GeldScreen').then((m) => m.GeldScreen));
export const GeregeldScreen = lazyScreen(() => import('./geregeld/GeregeldScreen').then((m) => m.GeregeldScreen));
export const VraagScreen = lazyScreen(() => import('./vraag/VraagScreen').then((m) => m.VraagScreen));
export const DelenScreen = lazyScreen(() => import('./delen/DelenScreen').then((m) => m.DelenScreen));
export const LanguageScreen = lazyScreen(() => import('./language/LanguageScreen').then((m) => m.LanguageScreen));
export const HelperRoutes = lazyScreen(() => import('./helper/HelperRoutes').then((m) => m.HelperRoutes));
export const StaffRoutes = lazyScreen(() => import('./staff/StaffRoutes').then((m) => m.StaffRoutes));
