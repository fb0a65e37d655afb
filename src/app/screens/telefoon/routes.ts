import { lazyScreen } from '../../components/lazyScreen';

// "Deze telefoon" and the PIN screen, each loaded when first shown (see lazyScreen).
export const TelefoonScreen = lazyScreen(() => import('./TelefoonScreen').then((m) => m.TelefoonScreen));
export const PinScreen = lazyScreen(() => import('./PinScreen').then((m) => m.PinScreen));
