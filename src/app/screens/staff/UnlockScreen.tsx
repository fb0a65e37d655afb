import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { forgetStaffDevice, PinError, unlockVault, unlockWithPasskey, type VaultMethods } from '../../../data/staff';
import { Pictogram } from '../../components/Pictogram';
import { SecretField } from './SecretField';

/**
 * The caseload is locked (after five quiet minutes, the lock button, or a new start of the app):
 * open it with fingerprint or screen lock, or with the secret (on a phone set up before, its old
 * PIN, once).
 */
export function UnlockScreen({ methods }: { methods: VaultMethods }) {
  const { t } = useTranslation('staff');
  const [, navigate] = useLocation();
  const [secret, setSecret] = useState('');
  const [wrong, setWrong] = useState<'secret' | 'passkey' | null>(null);
  const [busy, setBusy] = useState(false);
  const [forgetting, setForgetting] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setWrong(null);
    try {
      await unlockVault(secret);
    } catch (error) {
      if (!(error instanceof PinError)) throw error;
      setWrong('secret');
      setSecret('');
      setBusy(false);
    }
  }

  async function openWithPasskey() {
    setBusy(true);
    setWrong(null);
    try {
      await unlockWithPasskey();
    } catch (error) {
      if (!(error instanceof PinError)) throw error;
      setWrong('passkey');
      setBusy(false);
    }
  }

  async function forget() {
    await forgetStaffDevice();
    navigate('/activate');
  }

  const legacy = methods.legacyPin;
  return (
    <>
      <header className="screen-head">
        <Pictogram name="lock" size={48} />
        <div>
          <h1 className="utrecht-heading-1">{t('pin.unlockTitle')}</h1>
          <p className="utrecht-paragraph">{t('secret.unlockIntro')}</p>
        </div>
      </header>
      {methods.passkey && (
        <section className="card staff-pin" aria-label={t('secret.passkeyTitle')}>
          {wrong === 'passkey' && (
            <p className="utrecht-paragraph error" role="alert">
              {t('secret.passkeyUnlockFailed')}
            </p>
          )}
          <button type="button" className="utrecht-button utrecht-button--primary-action button--block" disabled={busy} onClick={() => void openWithPasskey()}>
            <Pictogram name="passkey" size={24} /> {t('secret.unlockPasskey')}
          </button>
        </section>
      )}
      {(methods.secret || legacy) && (
        <form className="card staff-pin" onSubmit={(e) => void submit(e)} noValidate>
          <SecretField
            id="secret-unlock"
            label={legacy ? t('pin.label') : t('secret.label')}
            value={secret}
            onChange={setSecret}
            invalid={wrong === 'secret'}
            describedBy={wrong === 'secret' ? 'secret-error' : undefined}
          />
          {wrong === 'secret' && (
            <p id="secret-error" className="utrecht-paragraph error" role="alert">
              {legacy ? t('pin.error.wrong-pin') : t('secret.error.wrong')}
            </p>
          )}
          <button type="submit" className={`utrecht-button button--block ${methods.passkey ? 'utrecht-button--secondary-action' : 'utrecht-button--primary-action'}`} disabled={busy || secret.length === 0}>
            <Pictogram name="pin" size={24} /> {busy ? t('pin.checking') : t('pin.unlock')}
          </button>
        </form>
      )}
      <section className="card" aria-labelledby="pin-forgot">
        <h2 className="utrecht-heading-2" id="pin-forgot">{t('secret.forgotTitle')}</h2>
        <p className="utrecht-paragraph">{t('secret.forgotText')}</p>
        {forgetting ? (
          <button type="button" className="utrecht-button utrecht-button--secondary-action button--block staff-danger" onClick={() => void forget()}>
            <Pictogram name="warning" size={24} /> {t('pin.forgotConfirm')}
          </button>
        ) : (
          <button type="button" className="utrecht-button utrecht-button--secondary-action button--block" onClick={() => setForgetting(true)}>
            {t('secret.forgotButton')}
          </button>
        )}
      </section>
    </>
  );
}
