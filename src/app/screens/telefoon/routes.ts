import { lazyScreen } from '../../components/lazyScreen';

// The PIN screen, loaded when first shown (see lazyScreen). "Deze telefoon" is in the screen registry (registry.ts).
export const PinScreen = lazyScreen(() => import('./PinScreen').then((m) => m.PinScreen));
