import { lazyScreen } from '../../components/lazyScreen';

// The question before an activated device becomes someone else's: rare, so a chunk of its own,
// out of the first screen's download (precached like every chunk, so it opens offline too).
export const SwitchConfirm = lazyScreen(() => import('./SwitchConfirm').then((m) => m.SwitchConfirm));

// The camera scanner: only on phones with BarcodeDetector, and only when asked for.
export const QrScanner = lazyScreen(() => import('./QrScanner').then((m) => m.QrScanner));
