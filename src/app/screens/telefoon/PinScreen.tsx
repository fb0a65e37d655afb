import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { appPinWaitUntil, checkAppPin, isValidPin } from '../../../data';
import { Pictogram } from '../../components/Pictogram';
import { useNow } from '../../useNow';
import { RemoveData } from './RemoveData';
import './telefoon.css';
import { regieContext } from '../../gemeente';

/**
 * Shown instead of every personal screen while the app PIN has not been given. The informatiemap
 * stays open. "Forgot PIN" offers the only way out there is: remove the data, ask for a new code.
 */
export function PinScreen() {
  const { t } = useTranslation('telefoon');
  const id = useId();
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState(false);
  const [checking, setChecking] = useState(false);
  const [waitUntil, setWaitUntil] = useState<number | null>(null);
  const [forgot, setForgot] = useState(false);
  const now = useNow(1000).getTime();

  useEffect(() => {
    void appPinWaitUntil().then(setWaitUntil);
  }, []);

  const waiting = waitUntil !== null && waitUntil > now;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (checking || waiting) return;
    if (!isValidPin(pin)) return setWrong(true);
    setChecking(true);
    const result = await checkAppPin(pin);
    setChecking(false);
    setPin('');
    if (!result.ok) {
      setWrong(true);
      setWaitUntil(result.waitUntil);
    }
  }

  return (
    <>
      <header className="screen-head">
        <Pictogram name="lock" size={48} />
        <div>
          <h1 className="utrecht-heading-1">{t('lock.title')}</h1>
          <p className="utrecht-paragraph">{t('lock.intro')}</p>
        </div>
      </header>
      <form className="card pin-form" onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor={`${id}-pin`}>{t('lock.label')}</label>
        <input
          id={`${id}-pin`}
          className="utrecht-textbox utrecht-textbox--html-input input--pin"
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={8}
          aria-invalid={wrong}
          aria-describedby={wrong ? `${id}-problem` : undefined}
          value={pin}
          onChange={(e) => setPin(e.target.value.trim())}
        />
        <div id={`${id}-problem`} role="alert">
          {waiting ? <p className="utrecht-paragraph error">{t('lock.tooMany')}</p> : wrong && <p className="utrecht-paragraph error">{t('lock.wrong')}</p>}
        </div>
        {waiting && <p className="utrecht-paragraph">{t('lock.wait', { count: Math.ceil((waitUntil - now) / 1000) })}</p>}
        <button type="submit" className="utrecht-button utrecht-button--primary-action button--block" disabled={checking || waiting}>
          <Pictogram name="pin" size={28} />
          <span>{checking ? t('lock.checking') : t('lock.open')}</span>
        </button>
      </form>
      <p className="utrecht-paragraph with-icon">
        <Pictogram name="info" size={28} />
        <Link href="/info" className="utrecht-link">
          {t('lock.info')}
        </Link>
      </p>
      {forgot ? (
        <section className="forgot-pin" aria-labelledby={`${id}-forgot`}>
          <h2 className="utrecht-heading-2" id={`${id}-forgot`}>{t('forgot.title')}</h2>
          <p className="utrecht-paragraph">{t('forgot.noWayBack')}</p>
          <p className="utrecht-paragraph">{t('forgot.newCode', regieContext())}</p>
          <RemoveData />
        </section>
      ) : (
        <button type="button" className="utrecht-button utrecht-button--secondary-action button--block" onClick={() => setForgot(true)}>
          <Pictogram name="question" size={28} />
          <span>{t('lock.forgot')}</span>
        </button>
      )}
    </>
  );
}
