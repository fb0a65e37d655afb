import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { forgetStaffDevice, PinError, unlockVault } from '../../../data/staff';
import { Pictogram } from '../../components/Pictogram';
import { PinField } from './PinField';

/** The caseload is locked (after five quiet minutes, the lock button, or a new start of the app). */
export function UnlockScreen() {
  const { t } = useTranslation('staff');
  const [, navigate] = useLocation();
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState(false);
  const [busy, setBusy] = useState(false);
  const [forgetting, setForgetting] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setWrong(false);
    try {
      await unlockVault(pin);
    } catch (error) {
      if (!(error instanceof PinError)) throw error;
      setWrong(true);
      setPin('');
      setBusy(false);
    }
  }

  async function forget() {
    await forgetStaffDevice();
    navigate('/activate');
  }

  return (
    <>
      <header className="screen-head">
        <Pictogram name="lock" size={48} />
        <div>
          <h1>{t('pin.unlockTitle')}</h1>
          <p>{t('pin.unlockIntro')}</p>
        </div>
      </header>
      <form className="card staff-pin" onSubmit={(e) => void submit(e)} noValidate>
        <PinField id="pin-unlock" label={t('pin.label')} value={pin} onChange={setPin} invalid={wrong} describedBy={wrong ? 'pin-error' : undefined} />
        {wrong && (
          <p id="pin-error" className="error" role="alert">
            {t('pin.error.wrong-pin')}
          </p>
        )}
        <button type="submit" className="button button--primary button--block" disabled={busy || pin.length === 0}>
          <Pictogram name="key" size={24} /> {busy ? t('pin.checking') : t('pin.unlock')}
        </button>
      </form>
      <section className="card" aria-labelledby="pin-forgot">
        <h2 id="pin-forgot">{t('pin.forgotTitle')}</h2>
        <p>{t('pin.forgotText')}</p>
        {forgetting ? (
          <button type="button" className="button button--block staff-danger" onClick={() => void forget()}>
            <Pictogram name="warning" size={24} /> {t('pin.forgotConfirm')}
          </button>
        ) : (
          <button type="button" className="button button--block" onClick={() => setForgetting(true)}>
            {t('pin.forgotButton')}
          </button>
        )}
      </section>
    </>
  );
}
