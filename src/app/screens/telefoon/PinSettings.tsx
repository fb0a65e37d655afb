import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidPin, removeAppPin, setAppPin, usePinSet, useUnsavedInput } from '../../../data';
import { Pictogram } from '../../components/Pictogram';

/** Set, change or remove the app PIN of a phone shared in the family. */
export function PinSettings() {
  const { t } = useTranslation('telefoon');
  const id = useId();
  const pinSet = usePinSet();
  const [editing, setEditing] = useState(false);
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<'pin.invalid' | 'pin.different' | null>(null);
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState<'pin.saved' | 'pin.removed' | null>(null);
  useUnsavedInput(editing && (pin !== '' || again !== ''));

  function close() {
    setEditing(false);
    setPin('');
    setAgain('');
    setProblem(null);
  }

  async function save(e: React.FormEvent) {
    e.preventDefault();
    if (!isValidPin(pin)) return setProblem('pin.invalid');
    if (pin !== again) return setProblem('pin.different');
    setSaving(true);
    await setAppPin(pin);
    setSaving(false);
    close();
    setDone('pin.saved');
  }

  async function remove() {
    await removeAppPin();
    setDone('pin.removed');
  }

  if (pinSet === undefined) return null;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="utrecht-heading-2 with-icon">
        <Pictogram name="lock" size={36} />
        <span>{t('pin.title')}</span>
      </h2>
      <p className="utrecht-paragraph">{t('pin.what')}</p>
      <p className="utrecht-paragraph with-icon">
        <Pictogram name="warning" size={28} />
        <span>{t('pin.honest')}</span>
      </p>
      <p className="utrecht-paragraph pin-status">{pinSet ? t('pin.isOn') : t('pin.isOff')}</p>
      <p className="utrecht-paragraph" role="status">{done ? t(done) : ''}</p>
      {editing ? (
        <form className="pin-form" onSubmit={(e) => void save(e)} noValidate>
          <label htmlFor={`${id}-pin`}>{t('pin.new')}</label>
          <p className="utrecht-paragraph hint" id={`${id}-hint`}>
            {t('pin.rule')}
          </p>
          <input
            id={`${id}-pin`}
            className="utrecht-textbox utrecht-textbox--html-input input--pin"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={8}
            aria-describedby={`${id}-hint`}
            aria-invalid={problem === 'pin.invalid'}
            value={pin}
            onChange={(e) => setPin(e.target.value.trim())}
          />
          <label htmlFor={`${id}-again`}>{t('pin.again')}</label>
          <input
            id={`${id}-again`}
            className="utrecht-textbox utrecht-textbox--html-input input--pin"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={8}
            aria-invalid={problem === 'pin.different'}
            value={again}
            onChange={(e) => setAgain(e.target.value.trim())}
          />
          {problem && (
            <p className="utrecht-paragraph error" role="alert">
              {t(problem)}
            </p>
          )}
          <div className="actions">
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={saving}>
              <Pictogram name="lock" size={28} />
              <span>{t('pin.save')}</span>
            </button>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={close}>
              {t('pin.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="actions">
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            onClick={() => {
              setDone(null);
              setEditing(true);
            }}
          >
            <Pictogram name="lock" size={28} />
            <span>{pinSet ? t('pin.change') : t('pin.set')}</span>
          </button>
          {pinSet && (
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void remove()}>
              {t('pin.remove')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
