import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { change, useUnsavedInput } from '../../../data';
import type { Appointment } from '../../../domain/dossier';
import { APPOINTMENT_KINDS } from '../../../domain/enums';
import { Pictogram } from '../../components/Pictogram';
import { localDate, localTime, toInstant } from './localTime';

type Field = 'date' | 'start' | 'end' | 'kind' | 'title';
type Kind = (typeof APPOINTMENT_KINDS)[number];

/** The appointment as the import format has it: no sync fields, no screen state. */
function plain(a: Appointment & { dossierId?: string; pending?: boolean }): Appointment {
  const { dossierId: _dossierId, pending: _pending, ...rest } = a;
  return rest;
}

/**
 * A new appointment, or moving one (`appointment`): date, start and end time, kind, title and
 * place. A moved appointment gets status 'moved' when its time changes: the inburgeraar's agenda
 * then shows "Verplaatst" beside the new time. Saved on this device at once, sent with the next sync.
 */
export function AppointmentForm({
  dossierId,
  appointment,
  onDone,
}: {
  dossierId: string;
  appointment?: Appointment & { dossierId?: string; pending?: boolean };
  onDone: () => void;
}) {
  const { t } = useTranslation(['consulent', 'common']);
  const id = useId();
  const [date, setDate] = useState(appointment ? localDate(appointment.start) : '');
  const [start, setStart] = useState(appointment ? localTime(appointment.start) : '');
  const [end, setEnd] = useState(appointment ? localTime(appointment.end) : '');
  const [kind, setKind] = useState<Kind | ''>(appointment?.kind ?? '');
  const [title, setTitle] = useState(appointment?.title ?? '');
  const [place, setPlace] = useState(appointment?.location?.name ?? '');
  const [address, setAddress] = useState(appointment?.location?.address ?? '');
  const [wrong, setWrong] = useState<Field[]>([]);
  const fields = [date, start, end, kind, title, place, address].join('\n');
  const [initialFields] = useState(fields);
  useUnsavedInput(fields !== initialFields);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const startAt = toInstant(date, start);
    const endAt = toInstant(date, end);
    const errors: Field[] = [];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) errors.push('date');
    if (!startAt) errors.push('start');
    if (!endAt || (startAt && Date.parse(endAt) <= Date.parse(startAt))) errors.push('end');
    if (!kind) errors.push('kind');
    if (!title.trim()) errors.push('title');
    setWrong(errors);
    if (errors.length > 0 || !startAt || !endAt || !kind) {
      // The first field with a message gets the focus, and is read out with it.
      const first = errors[0];
      if (first) document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    const location = place.trim() || address.trim() ? { name: place.trim(), ...(address.trim() ? { address: address.trim() } : {}) } : undefined;
    const before = appointment ? plain(appointment) : undefined;
    const timeChanged = before !== undefined && (Date.parse(before.start) !== Date.parse(startAt) || Date.parse(before.end) !== Date.parse(endAt));
    const { location: _old, ...kept } = before ?? { location: undefined };
    const next: Appointment = {
      ...kept,
      id: before?.id ?? crypto.randomUUID(),
      kind,
      title: title.trim(),
      start: startAt,
      end: endAt,
      ...(location ? { location } : {}),
      status: !before ? 'planned' : timeChanged ? 'moved' : before.status,
    };
    // Not saved: the form stays as it is, the app says why (ChangeProblem).
    if (await change('appointment.upsert', { dossierId, appointment: next })) onDone();
  }

  const invalid = (f: Field) => wrong.includes(f);
  const props = (f: Field) => ({
    id: `${id}-${f}`,
    'aria-invalid': invalid(f) ? ('true' as const) : undefined,
    ...(invalid(f) ? { 'aria-describedby': `${id}-${f}-error` } : {}),
  });
  const error = (f: Field) =>
    invalid(f) ? (
      <p id={`${id}-${f}-error`} className="utrecht-paragraph error">
        {t(`appt.error.${f}`)}
      </p>
    ) : null;

  return (
    <form className="consulent-form consulent-inline" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-legend`}>
      <h3 className="utrecht-heading-3" id={`${id}-legend`}>{appointment ? t('appt.moveTitle') : t('appt.newTitle')}</h3>
      <label htmlFor={`${id}-date`}>{t('appt.date')}</label>
      <input {...props('date')} className="utrecht-textbox utrecht-textbox--html-input" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      {error('date')}
      <div className="consulent-times">
        <div>
          <label htmlFor={`${id}-start`}>{t('appt.start')}</label>
          <input {...props('start')} className="utrecht-textbox utrecht-textbox--html-input" type="time" value={start} onChange={(e) => setStart(e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${id}-end`}>{t('appt.end')}</label>
          <input {...props('end')} className="utrecht-textbox utrecht-textbox--html-input" type="time" value={end} onChange={(e) => setEnd(e.target.value)} />
        </div>
      </div>
      {error('start')}
      {error('end')}
      <label htmlFor={`${id}-kind`}>{t('appt.kind')}</label>
      <select {...props('kind')} className="utrecht-select utrecht-select--html-select" value={kind} onChange={(e) => setKind(e.target.value as Kind | '')}>
        <option value="">{t('new.choose')}</option>
        {APPOINTMENT_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`common:appointmentKind.${k}`)}
          </option>
        ))}
      </select>
      {error('kind')}
      <label htmlFor={`${id}-title`}>{t('appt.what')}</label>
      <input {...props('title')} className="utrecht-textbox utrecht-textbox--html-input" dir="auto" maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
      {error('title')}
      <label htmlFor={`${id}-place`}>{t('appt.place')}</label>
      <input id={`${id}-place`} className="utrecht-textbox utrecht-textbox--html-input" dir="auto" maxLength={200} value={place} onChange={(e) => setPlace(e.target.value)} />
      <label htmlFor={`${id}-address`}>{t('appt.address')}</label>
      <input id={`${id}-address`} className="utrecht-textbox utrecht-textbox--html-input" dir="auto" maxLength={200} value={address} onChange={(e) => setAddress(e.target.value)} />
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
