import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnsavedInput } from '../../../data';
import { askQuestion } from '../../../data/questionAsk';
import type { ContactRow } from '../../../domain/tables';
import type { ContactRole } from '../../../gemeenten/types';
import { rolePictogram } from '../../components/kindPictograms';
import { Pictogram } from '../../components/Pictogram';
import { useRoleName } from '../mensen/useRoleName';
import { PhotoPicker } from './PhotoPicker';
import { READY_PICTURE, READY_QUESTIONS, type ReadyQuestion } from './readyQuestions';

interface Props {
  /** The roles present in the dossier, each with the person in it (if known). */
  recipients: { role: ContactRole; contact?: ContactRow }[];
  /** A ready-made question chosen elsewhere, and to whom it goes (VraagScreen `?ready=`). */
  preset?: { ready: ReadyQuestion; role: ContactRole | undefined };
}

/** Write a question or pick one, choose to whom, send: works offline, delivered later. */
export function QuestionForm({ recipients, preset }: Props) {
  const { t } = useTranslation('vraag');
  const roleName = useRoleName();
  const id = useId();
  const [ready, setReady] = useState<ReadyQuestion | ''>(preset?.ready ?? '');
  const [own, setOwn] = useState('');
  const [role, setRole] = useState<ContactRole | ''>(preset?.role ?? recipients[0]?.role ?? '');
  const [error, setError] = useState<'noText' | 'noRole' | null>(null);
  const [sent, setSent] = useState(false);
  const [photo, setPhoto] = useState<Blob | null>(null);
  useUnsavedInput((ready !== '' && ready !== preset?.ready) || own.trim() !== '' || photo !== null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    // Ready-made questions are sent in Dutch, so that the consulent can read them.
    const words = own.trim();
    const text = [ready ? t(`ready.${ready}`, { lng: 'nl' }) : '', words].filter(Boolean).join(' – ');
    if (!text) return setError('noText');
    if (!role) return setError('noRole');
    // The key goes along, so the phone shows the ready-made question in the reader's language.
    const args = { id: crypto.randomUUID(), contactRole: role, text, ...(ready ? { ready, ...(words ? { own: words } : {}) } : {}) };
    // Not saved: the question stays in the form, the app says why (ChangeProblem).
    if (!(await askQuestion(args, photo))) {
      setSent(false);
      return;
    }
    setReady('');
    setOwn('');
    setPhoto(null);
    setError(null);
    setSent(true);
  }

  return (
    <form className="card question-form" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`} noValidate>
      <h2 className="utrecht-heading-2" id={`${id}-title`}>{t('form.title')}</h2>
      <fieldset>
        <legend>{t('form.ready')}</legend>
        {READY_QUESTIONS.map((q) => (
          <label key={q} className="choice">
            <input type="radio" name={`${id}-ready`} checked={ready === q} onChange={() => setReady(q)} />
            <Pictogram name={READY_PICTURE[q]} size={28} />
            <span>{t(`ready.${q}`)}</span>
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-own`}>{t('form.own')}</label>
      <p className="utrecht-paragraph hint" id={`${id}-own-hint`}>
        {t('form.ownHint')}
      </p>
      <textarea
        id={`${id}-own`}
        dir="auto"
        rows={3}
        maxLength={1500}
        value={own}
        aria-describedby={`${id}-own-hint`}
        onChange={(e) => setOwn(e.target.value)}
      />
      <PhotoPicker photo={photo} onChange={setPhoto} />
      <fieldset>
        <legend>{t('form.to')}</legend>
        {recipients.map((r) => (
          <label key={r.role} className="choice recipient">
            <input type="radio" name={`${id}-to`} checked={role === r.role} onChange={() => setRole(r.role)} />
            <Pictogram name={rolePictogram(r.role)} size={32} />
            <span>
              {r.contact && <span dir="auto">{r.contact.name}</span>}
              <span className="recipient__role">{roleName(r.role)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {error && (
        <p className="utrecht-paragraph error" role="alert">
          {t(`form.error.${error}`)}
        </p>
      )}
      <button type="submit" className="utrecht-button utrecht-button--primary-action button--block">
        <Pictogram name="send" size={24} /> {t('form.send')}
      </button>
      {sent && (
        <p className="utrecht-paragraph with-icon" role="status">
          <Pictogram name="done" size={24} /> {t('form.sent')}
        </p>
      )}
    </form>
  );
}
