import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { choosePasskey, chooseSecret, MIN_SECRET_LENGTH, passkeyAvailable, PinError } from '../../../data/staff';
import { Pictogram } from '../../components/Pictogram';
import { SecretField } from './SecretField';
import { useUnsavedInput } from '../../../data';

type SetupError = 'too-short' | 'too-simple' | 'mismatch';

/**
 * Right after a staff activation (or after opening a vault of the old 6-digit PIN scheme,
 * `upgrade`): how this phone opens the caseload. Fingerprint or screen lock where the phone has
 * one (the safest: nothing on the phone to guess), else a secret of at least 12 characters.
 */
export function SecretSetupScreen({ upgrade = false }: { upgrade?: boolean }) {
  const { t } = useTranslation('staff');
  const [secret, setSecret] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<SetupError | null>(null);
  const [busy, setBusy] = useState(false);
  const [passkey, setPasskey] = useState<'unknown' | 'available' | 'unavailable' | 'failed'>('unknown');
  useUnsavedInput(secret !== '' || again !== '');

  useEffect(() => {
    let live = true;
    void passkeyAvailable().then((ok) => live && setPasskey((now) => (now === 'unknown' ? (ok ? 'available' : 'unavailable') : now)));
    return () => {
      live = false;
    };
  }, []);

  async function setUpPasskey() {
    setBusy(true);
    try {
      await choosePasskey();
    } catch {
      setPasskey('failed');
      setBusy(false);
    }
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (secret.length < MIN_SECRET_LENGTH) return setError('too-short');
    if (secret !== again) return setError('mismatch');
    setError(null);
    setBusy(true);
    try {
      await chooseSecret(secret);
    } catch (failure) {
      setError(failure instanceof PinError && failure.code === 'too-simple' ? 'too-simple' : 'too-short');
      setBusy(false);
    }
  }

  return (
    <>
      <header className="screen-head">
        <Pictogram name="lock" size={48} />
        <div>
          <h1 className="utrecht-heading-1">{upgrade ? t('secret.upgradeTitle') : t('secret.setupTitle')}</h1>
          <p className="utrecht-paragraph">{upgrade ? t('secret.upgradeIntro') : t('secret.setupIntro')}</p>
        </div>
      </header>
      <p className="utrecht-paragraph card staff-warning">
        <Pictogram name="warning" size={28} />
        <span>{t('secret.setupWarning')}</span>
      </p>
      {(passkey === 'available' || passkey === 'failed') && (
        <section className="card staff-pin" aria-labelledby="secret-passkey">
          <h2 className="utrecht-heading-2" id="secret-passkey">{t('secret.passkeyTitle')}</h2>
          <p className="utrecht-paragraph">{t('secret.passkeyText')}</p>
          {passkey === 'failed' && (
            <p className="utrecht-paragraph error" role="alert">
              {t('secret.passkeyFailed')}
            </p>
          )}
          <button type="button" className="utrecht-button utrecht-button--primary-action button--block" disabled={busy} onClick={() => void setUpPasskey()}>
            <Pictogram name="passkey" size={24} /> {t('secret.passkeyButton')}
          </button>
        </section>
      )}
      <form className="card staff-pin" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="secret-code">
        <h2 className="utrecht-heading-2" id="secret-code">{t('secret.codeTitle')}</h2>
        <SecretField
          id="secret-new"
          label={t('secret.choose')}
          hint={t('secret.hint')}
          value={secret}
          onChange={setSecret}
          invalid={error === 'too-short' || error === 'too-simple'}
          describedBy={error ? 'secret-error' : undefined}
        />
        <SecretField id="secret-again" label={t('secret.repeat')} value={again} onChange={setAgain} invalid={error === 'mismatch'} describedBy={error ? 'secret-error' : undefined} />
        {error && (
          <p id="secret-error" className="utrecht-paragraph error" role="alert">
            {t(`secret.error.${error}`)}
          </p>
        )}
        <button type="submit" className={`utrecht-button button--block ${passkey === 'available' ? 'utrecht-button--secondary-action' : 'utrecht-button--primary-action'}`} disabled={busy}>
          <Pictogram name="pin" size={24} /> {busy ? t('pin.checking') : t('secret.save')}
        </button>
      </form>
    </>
  );
}
