import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { choosePin, MIN_PIN_LENGTH } from '../../../data/staff';
import { Pictogram } from '../../components/Pictogram';
import { PinField } from './PinField';
import { useUnsavedInput } from '../../../data';

type SetupError = 'too-short' | 'mismatch';

/** Right after a staff activation: the PIN that seals the caseload on this device. */
export function PinSetupScreen() {
  const { t } = useTranslation('staff');
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<SetupError | null>(null);
  const [busy, setBusy] = useState(false);
  useUnsavedInput(pin !== '' || again !== '');

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (pin.length < MIN_PIN_LENGTH) return setError('too-short');
    if (pin !== again) return setError('mismatch');
    setError(null);
    setBusy(true);
    try {
      await choosePin(pin);
    } catch {
      setError('too-short');
      setBusy(false);
    }
  }

  return (
    <>
      <header className="screen-head">
        <Pictogram name="lock" size={48} />
        <div>
          <h1>{t('pin.setupTitle')}</h1>
          <p>{t('pin.setupIntro')}</p>
        </div>
      </header>
      <p className="card staff-warning">
        <Pictogram name="warning" size={28} />
        <span>{t('pin.setupWarning')}</span>
      </p>
      <form className="card staff-pin" onSubmit={(e) => void submit(e)} noValidate>
        <PinField id="pin-new" label={t('pin.choose')} value={pin} onChange={setPin} invalid={error === 'too-short'} describedBy={error ? 'pin-error' : undefined} />
        <PinField id="pin-again" label={t('pin.repeat')} value={again} onChange={setAgain} invalid={error === 'mismatch'} describedBy={error ? 'pin-error' : undefined} />
        {error && (
          <p id="pin-error" className="error" role="alert">
            {t(`pin.error.${error}`)}
          </p>
        )}
        <button type="submit" className="button button--primary button--block" disabled={busy}>
          <Pictogram name="key" size={24} /> {busy ? t('pin.checking') : t('pin.save')}
        </button>
      </form>
    </>
  );
}
