import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activate, ActivationError, sendWaitingFirst, staffUnlockMethods, useOnline, type SwitchCheck } from '../../../data';
import { Pictogram } from '../../components/Pictogram';
import { applyActivationLanguage } from '../../i18n/i18n';
import './activate.css';

type Switch = SwitchCheck & { verdict: 'switch' };

const ERRORS = ['passkey-failed', 'wrong-pin', 'pin-wait', 'pin-needed', 'waiting-changes', 'invalid-code', 'offline', 'rate-limited', 'server'] as const;
type SwitchError = (typeof ERRORS)[number];
const errorOf = (error: unknown): SwitchError => ERRORS.find((c) => error instanceof ActivationError && c === error.code) ?? 'server';

/**
 * A code for someone else, opened on a device that is already activated (src/data/activationCheck.ts):
 * say what would go, ask the PIN of what is on it now, and refuse while changes wait to be sent
 * (with a button to send them first).
 */
export function SwitchConfirm({ code, check, onDone, onCancel }: { code: string; check: Switch; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation(['activate', 'staff']);
  const online = useOnline();
  const [waiting, setWaiting] = useState(check.waiting);
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<SwitchError | null>(null);
  // A staff vault opens with what it was set up with: an access code, a passkey, or both.
  const [methods, setMethods] = useState({ secret: true, passkey: false });
  useEffect(() => {
    if (check.pin === 'staff') void staffUnlockMethods().then(setMethods);
  }, [check.pin]);
  const askSecret = check.pin === 'app' || (check.pin === 'staff' && methods.secret);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(errorOf(err));
    } finally {
      setBusy(false);
    }
  }

  const errorText = (code: SwitchError): string => {
    if (code === 'waiting-changes') return t('switch.waiting', { count: waiting });
    if (code === 'passkey-failed') return t('staff:secret.passkeyUnlockFailed');
    if (code === 'wrong-pin' && check.pin === 'staff') return t('staff:secret.error.wrong');
    if (code === 'wrong-pin' || code === 'pin-wait' || code === 'pin-needed') return t(`switch.error.${code}`);
    return t(`error.${code}`);
  };

  const sendFirst = () =>
    run(async () => {
      setWaiting(await sendWaitingFirst(check.pin === 'staff' ? pin : undefined));
    });

  const confirm = () =>
    run(async () => {
      const activation = await activate(code, { switchConfirmed: true, ...(check.pin ? { pin } : {}) });
      if (activation) await applyActivationLanguage(activation.kind);
      onDone();
    });

  // A staff vault set up with a passkey opens with fingerprint or screen lock; the switch then
  // goes ahead on the open vault (src/data/device.ts requireSwitchPin).
  const confirmWithPasskey = () =>
    run(async () => {
      const { unlockWithPasskey } = await import('../../../data/staff');
      await unlockWithPasskey().catch(() => {
        throw new ActivationError('passkey-failed');
      });
      const activation = await activate(code, { switchConfirmed: true });
      if (activation) await applyActivationLanguage(activation.kind);
      onDone();
    });

  return (
    <section className="card switch-confirm" aria-labelledby="switch-title">
      <h2 id="switch-title" className="utrecht-heading-2 with-icon">
        <Pictogram name="warning" size={32} />
        <span>{t('switch.title')}</span>
      </h2>
      <p className="utrecht-paragraph">{t(`switch.from.${check.from}`)}</p>
      <p className="utrecht-paragraph">{t('switch.lose')}</p>
      {waiting > 0 && (
        <div className="banner utrecht-alert utrecht-alert--warning switch-waiting" role="alert">
          <p className="utrecht-paragraph">{t('switch.waiting', { count: waiting })}</p>
          {online ? (
            <button type="button" className="utrecht-button utrecht-button--secondary-action button--block" disabled={busy} onClick={() => void sendFirst()}>
              <Pictogram name="syncing" size={24} /> {t('switch.sendFirst')}
            </button>
          ) : (
            <p className="utrecht-paragraph">{t('switch.offline')}</p>
          )}
        </div>
      )}
      {askSecret && (
        <>
          <label htmlFor="switch-pin">{check.pin === 'staff' ? t('staff:secret.label') : t('switch.pin.app')}</label>
          <input
            id="switch-pin"
            className="utrecht-textbox utrecht-textbox--html-input"
            type="password"
            inputMode={check.pin === 'staff' ? 'text' : 'numeric'}
            autoComplete="off"
            dir="ltr"
            value={pin}
            onChange={(e) => setPin(e.target.value)}
          />
        </>
      )}
      {check.pin === 'staff' && methods.passkey && (
        <button
          type="button"
          className={askSecret ? 'utrecht-button utrecht-button--secondary-action button--block' : 'utrecht-button utrecht-button--primary-action button--block'}
          disabled={busy || waiting > 0}
          onClick={() => void confirmWithPasskey()}
        >
          <Pictogram name="passkey" size={24} /> {t('staff:secret.unlockPasskey')}
        </button>
      )}
      {error && (
        <p className="utrecht-paragraph error" role="alert">
          {errorText(error)}
        </p>
      )}
      {(askSecret || check.pin === null) && (
        <button
          type="button"
          className="utrecht-button utrecht-button--primary-action button--block"
          disabled={busy || waiting > 0 || (askSecret && pin === '')}
          onClick={() => void confirm()}
        >
          {t('switch.confirm')}
        </button>
      )}
      <button type="button" className="utrecht-button utrecht-button--secondary-action button--block" onClick={onCancel}>
        {t('switch.cancel')}
      </button>
    </section>
  );
}
