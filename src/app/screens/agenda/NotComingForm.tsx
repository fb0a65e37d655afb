import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnsavedInput } from '../../../data';

const REASONS = ['sick', 'child-sick', 'other-appointment', 'work'] as const;

interface Props {
  onConfirm(reason: string): void;
  onBack(): void;
}

/** Saying "I can't come", with a reason picked in one tap or written; the reason is optional. */
export function NotComingForm({ onConfirm, onBack }: Props) {
  const { t } = useTranslation('agenda');
  const [choice, setChoice] = useState<string>('');
  const [other, setOther] = useState('');
  useUnsavedInput(choice !== '' || other.trim() !== '');
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => headingRef.current?.focus(), []);

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const picked = REASONS.find((r) => r === choice);
    // The reason is stored in Dutch so that the consulent can read it.
    const reason = [picked ? t(`dialog.reason.${picked}`, { lng: 'nl' }) : '', other.trim()].filter(Boolean).join(' – ');
    onConfirm(reason);
  }

  return (
    <form className="not-coming" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        {t('dialog.title')}
      </h4>
      <fieldset>
        <legend>{t('dialog.reasonLegend')}</legend>
        {REASONS.map((r) => (
          <label key={r} className="choice">
            <input type="radio" name={`${id}-reason`} value={r} checked={choice === r} onChange={() => setChoice(r)} />
            <span>{t(`dialog.reason.${r}`)}</span>
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-other`}>{t('dialog.otherLabel')}</label>
      <textarea id={`${id}-other`} dir="auto" rows={2} maxLength={400} value={other} onChange={(e) => setOther(e.target.value)} />
      <div className="actions">
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t('dialog.confirm')}
        </button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onBack}>
          {t('dialog.back')}
        </button>
      </div>
    </form>
  );
}
