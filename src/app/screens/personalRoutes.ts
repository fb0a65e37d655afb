import { lazyScreen } from '../components/lazyScreen';

// The roots of a helper's and a staff device's screens, each loaded when first opened (see
// lazyScreen). The screens themselves are in the one registry (registry.ts).
export const HelperRoutes = lazyScreen(() => import('./helper/HelperRoutes').then((m) => m.HelperRoutes));
export const StaffRoutes = lazyScreen(() => import('./staff/StaffRoutes').then((m) => m.StaffRoutes));
