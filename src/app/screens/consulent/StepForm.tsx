import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { change, type Household, useUnsavedInput } from '../../../data';
import { STEP_STATUSES } from '../../../domain/enums';
import { Pictogram } from '../../components/Pictogram';

type Step = Household['steps'][number];
type Status = (typeof STEP_STATUSES)[number];

/**
 * One traject step changed by the consulent: status, date and a short note (the inburgeraar reads
 * the note in their traject). A planned step needs its date. Saved at once, sent with the next sync.
 */
export function StepForm({ dossierId, step, onDone }: { dossierId: string; step: Step; onDone: () => void }) {
  const { t } = useTranslation('consulent');
  const id = useId();
  const [status, setStatus] = useState<Status>(step.status);
  const [date, setDate] = useState(step.date ?? '');
  const [note, setNote] = useState(step.note ?? '');
  const [dateWrong, setDateWrong] = useState(false);
  useUnsavedInput(status !== step.status || date !== (step.date ?? '') || note !== (step.note ?? ''));

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const validDate = /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(date));
    if ((date !== '' && !validDate) || (status === 'planned' && !validDate)) {
      setDateWrong(true);
      document.getElementById(`${id}-date`)?.focus();
      return;
    }
    setDateWrong(false);
    // Not saved: the form stays as it is, the app says why (ChangeProblem).
    const saved = await change('step.update', { dossierId, stepId: step.id, status, date: date || null, note: note.trim() });
    if (saved) onDone();
  }

  return (
    <form className="consulent-form consulent-inline" onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor={`${id}-status`}>{t('step.status')}</label>
      <select id={`${id}-status`} className="utrecht-select utrecht-select--html-select" value={status} onChange={(e) => setStatus(e.target.value as Status)}>
        {STEP_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`step.statusName.${s}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-date`}>{t('step.date')}</label>
      <input
        id={`${id}-date`}
        className="utrecht-textbox utrecht-textbox--html-input"
        type="date"
        value={date}
        aria-invalid={dateWrong ? 'true' : undefined}
        {...(dateWrong ? { 'aria-describedby': `${id}-date-error` } : {})}
        onChange={(e) => setDate(e.target.value)}
      />
      {dateWrong && (
        <p id={`${id}-date-error`} className="utrecht-paragraph error">
          {t('step.error.date')}
        </p>
      )}
      <label htmlFor={`${id}-note`}>{t('step.note')}</label>
      <p className="utrecht-paragraph hint" id={`${id}-note-hint`}>
        {t('step.noteHint')}
      </p>
      <textarea
        id={`${id}-note`}
        className="utrecht-textarea utrecht-textarea--html-textarea"
        dir="auto"
        rows={3}
        maxLength={4000}
        aria-describedby={`${id}-note-hint`}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="actions">
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          <Pictogram name="done" size={24} /> {t('appt.save')}
        </button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onDone}>
          {t('back')}
        </button>
      </div>
    </form>
  );
}
