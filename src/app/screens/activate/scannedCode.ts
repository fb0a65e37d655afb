import { normaliseCode } from '../../../data';

// Only the scanner's chunk (QrScanner.tsx) imports this: none of it is in the first download.

/**
 * The activation code in what a QR code holds: the link `…/activate#ABCD-EFGH-JK` the consulent or
 * the share screen shows, or the bare code. Anything else (another website, a payment QR) is not
 * one: null, and the scanner keeps looking.
 */
export function codeFromScan(raw: string): string | null {
  const text = raw.trim();
  let candidate = text;
  if (/^https?:\/\//i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return null;
    }
    if (!/\/activate\/?$/.test(url.pathname) || url.hash.length < 2) return null;
    try {
      candidate = decodeURIComponent(url.hash.slice(1));
    } catch {
      return null;
    }
  }
  if (!/^[A-Za-z0-9 -]{6,40}$/.test(candidate)) return null;
  const code = normaliseCode(candidate);
  return code.replace(/-/g, '').length >= 8 ? code : null;
}

interface DetectorLike {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
interface DetectorConstructor {
  new (options: { formats: string[] }): DetectorLike;
  getSupportedFormats?(): Promise<string[]>;
}

function detectorClass(): DetectorConstructor | undefined {
  return (globalThis as { BarcodeDetector?: DetectorConstructor }).BarcodeDetector;
}

/** A QR-code detector, or null when this phone's BarcodeDetector does not read QR codes. */
export async function qrDetector(): Promise<DetectorLike | null> {
  const Detector = detectorClass();
  if (!Detector) return null;
  const formats = (await Detector.getSupportedFormats?.().catch(() => [])) ?? ['qr_code'];
  if (!formats.includes('qr_code')) return null;
  return new Detector({ formats: ['qr_code'] });
}
