import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import {
  checkNewDossier,
  ConsulentApiError,
  createDossier,
  termijnEndFor,
  type ConsulentApiErrorCode,
  type NewDossierField,
  type NewDossierInput,
} from '../../../data/consulentApi';
import { useOnline, useUnsavedInput } from '../../../data';
import { DOELGROEPEN, LEERROUTES } from '../../../domain/enums';
import { Pictogram } from '../../components/Pictogram';
import { currentGemeente } from '../../gemeente';
import { LANGUAGES } from '../../i18n/languages';
import './consulent.css';

/** Today as `YYYY-MM-DD` in the phone's own time zone. */
function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

function emptyInput(): NewDossierInput {
  const gemeente = currentGemeente();
  const start = today();
  return {
    id: '',
    gemeente: gemeente.id,
    firstName: '',
    language: '',
    doelgroep: '',
    leerroute: '',
    termijnStart: start,
    termijnEnd: termijnEndFor(start),
    contact: { role: gemeente.regieRole, name: '', phone: '', email: '' },
  };
}

/**
 * "Nieuw dossier" on a consulent's work device: what the intake knows (number from the case
 * system, first name, language, doelgroep, leerroute, term, the consulent as first contact).
 * Checked with the import's own schema, errors beside their fields; sent at once, so it needs a
 * connection, and says so. Then on to the activation QR.
 */
export function NewDossierScreen({ onCreated }: { onCreated?: (dossierId: string) => void }) {
  const { t } = useTranslation('consulent');
  const [, navigate] = useLocation();
  const online = useOnline();
  const id = useId();
  const [input, setInput] = useState<NewDossierInput>(emptyInput);
  const [initialInput] = useState(() => JSON.stringify(input));
  useUnsavedInput(JSON.stringify(input) !== initialInput);
  const [endTouched, setEndTouched] = useState(false);
  const [wrong, setWrong] = useState<NewDossierField[]>([]);
  const [problem, setProblem] = useState<ConsulentApiErrorCode | null>(null);
  /** The number the server already knew (409): wrong until the consulent types another. */
  const [takenId, setTakenId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusFirst, setFocusFirst] = useState(0);
  const form = useRef<HTMLFormElement>(null);

  // After a refused submit, the first field in error gets the focus (and is read out with its error).
  useEffect(() => {
    if (focusFirst) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusFirst]);

  function set<K extends keyof NewDossierInput>(key: K, value: NewDossierInput[K]) {
    setInput((before) => ({ ...before, [key]: value }));
  }
  function setContact(key: 'name' | 'phone' | 'email', value: string) {
    setInput((before) => ({ ...before, contact: { ...before.contact, [key]: value } }));
  }
  function setStart(value: string) {
    // The term is 3 years unless the consulent changed its end themselves.
    setInput((before) => ({ ...before, termijnStart: value, termijnEnd: endTouched ? before.termijnEnd : termijnEndFor(value) }));
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setProblem(null);
    const checked = checkNewDossier(input);
    if (!checked.ok) {
      setWrong(checked.fields);
      setFocusFirst((n) => n + 1);
      return;
    }
    setWrong([]);
    setBusy(true);
    try {
      await createDossier(checked.dossier);
    } catch (error) {
      const code = error instanceof ConsulentApiError ? error.code : 'server';
      if (code === 'dossier-exists') {
        setTakenId(checked.dossier.id);
        setFocusFirst((n) => n + 1);
      } else setProblem(code);
      return;
    } finally {
      setBusy(false);
    }
    if (onCreated) onCreated(checked.dossier.id);
    else navigate(`/consulent/dossier/${encodeURIComponent(checked.dossier.id)}/activeren`);
  }

  const idTaken = takenId !== null && takenId === input.id.trim();
  const isWrong = (field: NewDossierField) => wrong.includes(field) || (field === 'id' && idTaken);
  const fieldProps = (field: NewDossierField, hint?: boolean) => {
    const invalid = isWrong(field);
    const describedBy = [hint ? `${id}-${field}-hint` : '', invalid ? `${id}-${field}-error` : ''].filter(Boolean).join(' ');
    return {
      id: `${id}-${field}`,
      'aria-invalid': invalid ? ('true' as const) : undefined,
      ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    };
  };
  const errorOf = (field: NewDossierField, message = t(`error.${field}`)) =>
    isWrong(field) ? (
      <p id={`${id}-${field}-error`} className="utrecht-paragraph error">
        {message}
      </p>
    ) : null;
  const label = (field: NewDossierField, text: ReactNode) => <label htmlFor={`${id}-${field}`}>{text}</label>;

  return (
    <>
      <header className="screen-head">
        <Pictogram name="document" size={48} />
        <div>
          <h1 className="utrecht-heading-1">{t('new.title')}</h1>
          <p className="utrecht-paragraph">{t('new.intro')}</p>
        </div>
      </header>
      {!online && (
        <p className="utrecht-paragraph banner utrecht-alert utrecht-alert--warning consulent-offline" role="status">
          <Pictogram name="offline" size={28} />
          <span>{t('offline.now')}</span>
        </p>
      )}
      <form ref={form} className="card consulent-form" onSubmit={(e) => void submit(e)} noValidate>
        {label('id', t('new.id'))}
        <p className="utrecht-paragraph hint" id={`${id}-id-hint`}>
          {t('new.idHint')}
        </p>
        <input
          {...fieldProps('id', true)}
          className="utrecht-textbox utrecht-textbox--html-input"
          dir="ltr"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={input.id}
          onChange={(e) => set('id', e.target.value.toLowerCase())}
        />
        {errorOf('id', wrong.includes('id') ? t('error.id') : t('error.dossier-exists'))}

        {label('firstName', t('new.firstName'))}
        <input {...fieldProps('firstName')} className="utrecht-textbox utrecht-textbox--html-input" dir="auto" autoComplete="off" value={input.firstName} onChange={(e) => set('firstName', e.target.value)} />
        {errorOf('firstName')}

        {label('language', t('new.language'))}
        <select {...fieldProps('language')} className="utrecht-select utrecht-select--html-select" value={input.language} onChange={(e) => set('language', e.target.value)}>
          <option value="">{t('new.choose')}</option>
          {LANGUAGES.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.nativeName}
            </option>
          ))}
        </select>
        {errorOf('language')}

        {label('doelgroep', t('new.doelgroep'))}
        <select {...fieldProps('doelgroep')} className="utrecht-select utrecht-select--html-select" value={input.doelgroep} onChange={(e) => set('doelgroep', e.target.value)}>
          <option value="">{t('new.choose')}</option>
          {DOELGROEPEN.map((d) => (
            <option key={d} value={d}>
              {t(`doelgroep.${d}`)}
            </option>
          ))}
        </select>
        {errorOf('doelgroep')}

        {label('leerroute', t('new.leerroute'))}
        <select {...fieldProps('leerroute')} className="utrecht-select utrecht-select--html-select" value={input.leerroute} onChange={(e) => set('leerroute', e.target.value)}>
          <option value="">{t('new.leerrouteNone')}</option>
          {LEERROUTES.map((r) => (
            <option key={r} value={r}>
              {t(`leerroute.${r}`)}
            </option>
          ))}
        </select>
        {errorOf('leerroute')}

        <fieldset className="consulent-form__group">
          <legend>{t('new.termijn')}</legend>
          {label('termijnStart', t('new.termijnStart'))}
          <input {...fieldProps('termijnStart')} className="utrecht-textbox utrecht-textbox--html-input" type="date" value={input.termijnStart} onChange={(e) => setStart(e.target.value)} />
          {errorOf('termijnStart')}
          {label('termijnEnd', t('new.termijnEnd'))}
          <p className="utrecht-paragraph hint" id={`${id}-termijnEnd-hint`}>
            {t('new.termijnEndHint')}
          </p>
          <input
            {...fieldProps('termijnEnd', true)}
            className="utrecht-textbox utrecht-textbox--html-input"
            type="date"
            value={input.termijnEnd}
            onChange={(e) => {
              setEndTouched(true);
              set('termijnEnd', e.target.value);
            }}
          />
          {errorOf('termijnEnd')}
        </fieldset>

        <fieldset className="consulent-form__group">
          <legend>{t('new.contact')}</legend>
          <p className="utrecht-paragraph hint">{t('new.contactHint')}</p>
          {label('contactName', t('new.contactName'))}
          <input {...fieldProps('contactName')} className="utrecht-textbox utrecht-textbox--html-input" dir="auto" autoComplete="name" value={input.contact.name} onChange={(e) => setContact('name', e.target.value)} />
          {errorOf('contactName')}
          {label('contactPhone', t('new.contactPhone'))}
          <input {...fieldProps('contactPhone')} className="utrecht-textbox utrecht-textbox--html-input" dir="ltr" type="tel" autoComplete="tel" value={input.contact.phone} onChange={(e) => setContact('phone', e.target.value)} />
          {errorOf('contactPhone')}
          {label('contactEmail', t('new.contactEmail'))}
          <input {...fieldProps('contactEmail')} className="utrecht-textbox utrecht-textbox--html-input" dir="ltr" type="email" autoComplete="email" value={input.contact.email} onChange={(e) => setContact('email', e.target.value)} />
          {errorOf('contactEmail')}
        </fieldset>

        {wrong.includes('form') && <p className="utrecht-paragraph error">{t('error.form')}</p>}
        {problem && (
          <p className="utrecht-paragraph banner utrecht-alert utrecht-alert--warning" role="alert">
            <Pictogram name="warning" size={28} />
            <span>{t(`error.${problem}`)}</span>
          </p>
        )}
        {(wrong.length > 0 || idTaken) && (
          <p className="utrecht-paragraph error" role="alert">
            {idTaken && wrong.length === 0 ? t('error.dossier-exists') : t('error.check')}
          </p>
        )}
        <button type="submit" className="utrecht-button utrecht-button--primary-action button--block" disabled={busy}>
          <Pictogram name="done" size={24} /> {busy ? t('new.busy') : t('new.submit')}
        </button>
      </form>
    </>
  );
}
