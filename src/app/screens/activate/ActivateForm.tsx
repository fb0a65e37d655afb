import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activate, ActivationError } from '../../../data';
import { applyActivationLanguage } from '../../i18n/i18n';
import { regieContext } from '../../gemeente';

const ERROR_CODES = ['invalid-code', 'no-code', 'offline', 'rate-limited', 'server'] as const;
type ErrorCode = (typeof ERROR_CODES)[number];

export function errorCodeOf(error: unknown): ErrorCode {
  const code = error instanceof ActivationError ? error.code : 'server';
  return ERROR_CODES.find((c) => c === code) ?? 'server';
}

/** Typing the code by hand, for when the camera or the QR code does not work. */
export function ActivateForm({ onActivated }: { onActivated(): void }) {
  const { t } = useTranslation('activate');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await applyActivationLanguage((await activate(code)).kind);
      onActivated();
    } catch (err) {
      setError(errorCodeOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={(e) => void submit(e)}>
      <label htmlFor="activation-code">{t('codeLabel')}</label>
      <p id="activation-code-hint" className="hint">
        {t('codeHint')}
      </p>
      <input
        id="activation-code"
        className="input input--code"
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
        <p id="activation-error" className="error" role="alert">
          {error === 'invalid-code' ? t('error.invalid-code', regieContext()) : t(`error.${error}`)}
        </p>
      )}
      <button type="submit" className="button button--primary button--block" disabled={busy}>
        {busy ? t('activating') : t('submit')}
      </button>
    </form>
  );
}
