import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { change, type Household, useUnsavedInput } from '../../../data';
import { Pictogram } from '../../components/Pictogram';
import { formatDayTime } from '../../format';

/** A note of this visit (for staff only, never shown to the household), and the earlier ones. */
export function VisitNotes({ household }: { household: Household }) {
  const { t, i18n } = useTranslation('staff');
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState(false);
  const [saved, setSaved] = useState(false);
  useUnsavedInput(text.trim() !== '');
  const lang = i18n.language;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!text.trim()) return setError(true);
    setError(false);
    // Not saved: the text stays in the form, the app says why (ChangeProblem).
    const saved: unknown = await change('visit.addNote', { id: crypto.randomUUID(), dossierId: household.dossierId, text: text.trim() });
    if (saved === false) return;
    setText('');
    setSaved(true);
  }

  return (
    <section className="card staff-notes" aria-labelledby={`${id}-title`}>
      <h2 className="utrecht-heading-2" id={`${id}-title`}>
        <Pictogram name="edit" size={28} /> {t('note.title')}
      </h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor={`${id}-text`}>{t('note.label')}</label>
        <p className="utrecht-paragraph hint" id={`${id}-hint`}>
          {t('note.hint')}
        </p>
        <textarea
          id={`${id}-text`}
          dir="auto"
          rows={4}
          maxLength={4000}
          value={text}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => {
            setText(e.target.value);
            setSaved(false);
          }}
        />
        {error && (
          <p id={`${id}-error`} className="utrecht-paragraph error" role="alert">
            {t('note.empty')}
          </p>
        )}
        <button type="submit" className="utrecht-button utrecht-button--primary-action button--block">
          <Pictogram name="done" size={24} /> {t('note.save')}
        </button>
        {saved && (
          <p className="utrecht-paragraph with-icon" role="status">
            <Pictogram name="done" size={22} /> {t('note.saved')}
          </p>
        )}
      </form>
      <h3 className="utrecht-heading-3">{t('note.earlier')}</h3>
      {household.visitNotes.length === 0 ? (
        <p className="utrecht-paragraph">{t('note.none')}</p>
      ) : (
        <ul className="staff-notes__list">
          {household.visitNotes.map((n) => (
            <li key={n.id}>
              <p className="utrecht-paragraph staff-notes__when">
                <time dateTime={n.createdAt}>
                  {formatDayTime(n.createdAt, lang)}
                </time>
                {' · '}
                <span className="with-icon">
                  <Pictogram name={n.pending ? 'waiting' : 'done'} size={18} /> {n.pending ? t('waiting') : t('sent')}
                </span>
              </p>
              <p dir="auto" className="utrecht-paragraph staff-notes__text">
                {n.text}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
