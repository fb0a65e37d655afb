import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/Pictogram';
import type { SwitchCheck } from '../../../data';
import { ActivationError, useUnsavedInput } from '../../../data/shell';
import { QrScanner, SwitchConfirm } from './routes';
import { applyActivationLanguage } from '../../i18n/i18n';
import { startDataLayer } from '../../dataLayer';
import { regieContext } from '../../gemeente';

const ERROR_CODES = ['invalid-code', 'no-code', 'offline', 'rate-limited', 'server'] as const;
type ErrorCode = (typeof ERROR_CODES)[number];

export function errorCodeOf(error: unknown): ErrorCode {
  const code = error instanceof ActivationError ? error.code : 'server';
  return ERROR_CODES.find((c) => c === code) ?? 'server';
}

/**
 * Scanning the QR code in the app where the phone can (BarcodeDetector), and typing the code by
 * hand, for when the camera or the QR code does not work.
 */
export function ActivateForm({ onActivated }: { onActivated(): void }) {
  const { t } = useTranslation('activate');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  // A code for someone else on a device that is already activated (a lost cookie): ask first.
  const [switching, setSwitching] = useState<(SwitchCheck & { verdict: 'switch' }) | null>(null);
  const [scanning, setScanning] = useState(false);
  useUnsavedInput(code.trim() !== '');

  async function tryCode(candidate: string) {
    setBusy(true);
    setError(null);
    // The data layer is a chunk of its own (dataLayer.ts): on a phone that never stored anything it
    // starts only now.
    const { activate, checkCode } = await startDataLayer();
    try {
      const activation = await activate(candidate);
      if (activation) await applyActivationLanguage(activation.kind);
      onActivated();
    } catch (err) {
      const check = err instanceof ActivationError && err.code === 'confirm-switch' ? await checkCode(candidate).catch(() => null) : null;
      if (check?.verdict === 'switch') setSwitching(check);
      else setError(errorCodeOf(err));
    } finally {
      setBusy(false);
    }
  }

  function submit(e: React.FormEvent) {
    e.preventDefault();
    void tryCode(code);
  }

  function scanned(found: string) {
    setScanning(false);
    setCode(found);
    void tryCode(found);
  }

  if (switching) return <SwitchConfirm code={code} check={switching} onDone={onActivated} onCancel={() => setSwitching(null)} />;
  return (
    <>
      {/* Shown only on a phone that can scan a QR code in the app (BarcodeDetector and a camera):
          the page marks it before the first paint (`data-scan`, src/domain/firstPaint.ts), so the
          prerendered welcome screen has the button in place from the start. */}
      {scanning ? (
        <QrScanner onCode={scanned} onClose={() => setScanning(false)} />
      ) : (
        <button type="button" className="utrecht-button utrecht-button--primary-action button--block scan-start" onClick={() => setScanning(true)}>
          <Pictogram name="camera" size={24} /> {t('scan.start')}
        </button>
      )}
      <form className="card" onSubmit={submit}>
        <label htmlFor="activation-code">{t('codeLabel')}</label>
        <p id="activation-code-hint" className="utrecht-paragraph hint">
          {t('codeHint')}
        </p>
        <input
          id="activation-code"
          className="utrecht-textbox utrecht-textbox--html-input input--code"
          dir="ltr"
          autoComplete="one-time-code"
          autoCapitalize="characters"
          spellCheck={false}
          aria-describedby={`activation-code-hint${error ? ' activation-error' : ''}`}
          aria-invalid={error ? true : undefined}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          required
        />
        {error && (
          <p id="activation-error" className="utrecht-paragraph error" role="alert">
            {error === 'invalid-code' ? t('error.invalid-code', regieContext()) : t(`error.${error}`)}
          </p>
        )}
        <button type="submit" className="utrecht-button utrecht-button--primary-action button--block" disabled={busy}>
          {busy ? t('activating') : t('submit')}
        </button>
      </form>
    </>
  );
}
