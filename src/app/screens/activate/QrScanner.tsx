import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { codeFromScan, qrDetector } from './scannedCode';

const SCAN_EVERY_MS = 250;

type Problem = 'no-camera' | 'not-a-code' | null;

/**
 * The camera, looking for the activation QR code. Nothing leaves the phone: BarcodeDetector reads
 * the picture on the device. On a code it stops the camera and hands the code on; when the camera
 * cannot be used it says so, and typing the code (below it) still works.
 */
export function QrScanner({ onCode, onClose }: { onCode(code: string): void; onClose(): void }) {
  const { t } = useTranslation('activate');
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<Problem>(null);
  const [starting, setStarting] = useState(true);
  const handled = useRef(onCode);
  useEffect(() => {
    handled.current = onCode;
  }, [onCode]);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setInterval> | undefined;
    let stopped = false;
    let unmounted = false;
    const stop = () => {
      stopped = true;
      clearInterval(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
    void (async () => {
      try {
        const detector = await qrDetector();
        if (!detector) throw new Error('no qr_code detector');
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
        if (stopped || !video.current) return stop();
        video.current.srcObject = stream;
        await video.current.play().catch(() => undefined);
        setStarting(false);
        let busy = false;
        timer = setInterval(() => {
          const frame = video.current;
          if (busy || stopped || !frame || frame.readyState < 2) return;
          busy = true;
          detector
            .detect(frame)
            .then((found) => {
              if (stopped) return;
              const raw = found[0]?.rawValue;
              if (raw === undefined) return;
              const code = codeFromScan(raw);
              if (!code) return setProblem('not-a-code');
              stop();
              handled.current(code);
            })
            .catch(() => undefined)
            .finally(() => {
              busy = false;
            });
        }, SCAN_EVERY_MS);
      } catch {
        stop();
        if (unmounted) return;
        setProblem('no-camera');
        setStarting(false);
      }
    })();
    return () => {
      unmounted = true;
      stop();
    };
  }, []);

  return (
    <section className="card qr-scanner" aria-labelledby="qr-scanner-title">
      <h2 className="utrecht-heading-2" id="qr-scanner-title">{t('scan.title')}</h2>
      {problem === 'no-camera' ? (
        <p className="utrecht-paragraph error" role="alert">
          {t('scan.noCamera')}
        </p>
      ) : (
        <>
          <p className="utrecht-paragraph">{t('scan.hint')}</p>
          <video ref={video} className="qr-scanner__video" muted playsInline aria-label={t('scan.camera')} />
          {starting && <p className="utrecht-paragraph" role="status">{t('scan.starting')}</p>}
          {problem === 'not-a-code' && (
            <p className="utrecht-paragraph error" role="alert">
              {t('scan.notACode')}
            </p>
          )}
        </>
      )}
      <button type="button" className="utrecht-button utrecht-button--secondary-action button--block" onClick={onClose}>
        {t('scan.close')}
      </button>
    </section>
  );
}
