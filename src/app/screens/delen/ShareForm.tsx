import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createShare, useUnsavedInput } from '../../../data';
import { SHARE_SECTIONS, type ShareSection } from '../../../domain/access';
import { Pictogram } from '../../components/Pictogram';
import { SECTION_SCREEN } from '../registry';

const LENGTHS = [
  { key: 'week', days: 7 },
  { key: 'month', days: 30 },
  { key: 'months3', days: 91 },
] as const;

/** Pick what to share and for how long; works offline (the code comes with the next sync). */
export function ShareForm({ onShared }: { onShared: (id: string) => void }) {
  const { t } = useTranslation('delen');
  const id = useId();
  // Money is private by default: a taalmaatje helps with Dutch, not with someone's income.
  const [sections, setSections] = useState<ShareSection[]>(['agenda', 'traject']);
  const [days, setDays] = useState<number>(30);
  const [label, setLabel] = useState('');
  const [error, setError] = useState(false);
  useUnsavedInput(label.trim() !== '');

  function toggle(section: ShareSection, on: boolean) {
    setSections((now) => SHARE_SECTIONS.filter((s) => (s === section ? on : now.includes(s))));
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (sections.length === 0) return setError(true);
    setError(false);
    const id = await createShare(sections, days, label);
    // Not saved: the form stays as it is, the app says why (ChangeProblem).
    if (!id) return;
    onShared(id);
    setLabel('');
  }

  return (
    <form className="card share-form" onSubmit={(e) => void submit(e)} noValidate>
      <fieldset>
        <legend>{t('form.sections')}</legend>
        {SHARE_SECTIONS.map((s) => (
          <label key={s} className="choice">
            <input type="checkbox" checked={sections.includes(s)} onChange={(e) => toggle(s, e.target.checked)} />
            <Pictogram name={SECTION_SCREEN[s].picture} size={32} />
            <span>{t(`section.${s}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('form.length')}</legend>
        {LENGTHS.map((l) => (
          <label key={l.key} className="choice">
            <input type="radio" name={`${id}-length`} checked={days === l.days} onChange={() => setDays(l.days)} />
            <span>{t(`form.${l.key}`)}</span>
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-label`}>{t('form.label')}</label>
      <input id={`${id}-label`} className="utrecht-textbox utrecht-textbox--html-input" dir="auto" maxLength={80} value={label} onChange={(e) => setLabel(e.target.value)} />
      {error && (
        <p className="utrecht-paragraph error" role="alert">
          {t('form.noSections')}
        </p>
      )}
      <button type="submit" className="utrecht-button utrecht-button--primary-action button--block">
        <Pictogram name="send" size={28} />
        <span>{t('form.submit')}</span>
      </button>
    </form>
  );
}
