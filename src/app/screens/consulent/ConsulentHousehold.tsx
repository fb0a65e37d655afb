import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Household } from '../../../data';
import { Pictogram } from '../../components/Pictogram';
import { appointmentPictogram } from '../../components/appointmentPictogram';
import { formatDate, formatDay, formatTime } from '../../format';
import { AppointmentForm } from './AppointmentForm';
import { StepForm } from './StepForm';
import { WhatChanged } from './WhatChanged';
import './consulent.css';

function State({ pending }: { pending: boolean }) {
  const { t } = useTranslation('staff');
  return (
    <span className="with-icon consulent-state">
      <Pictogram name={pending ? 'waiting' : 'done'} size={18} /> {pending ? t('waiting') : t('sent')}
    </span>
  );
}

function Appointments({ household }: { household: Household }) {
  const { t, i18n } = useTranslation(['consulent', 'agenda']);
  const lang = i18n.language;
  const [editing, setEditing] = useState<string | null>(null);
  // What is still to come (and today's); older ones cannot be moved any more.
  const [since] = useState(() => Date.now() - 24 * 60 * 60 * 1000);
  const coming = household.appointments.filter((a) => Date.parse(a.end) >= since);
  return (
    <section className="card consulent-section" aria-labelledby="consulent-appointments">
      <h2 className="utrecht-heading-2" id="consulent-appointments">
        <Pictogram name="agenda" size={32} /> {t('appt.title')}
      </h2>
      {coming.length === 0 && <p className="utrecht-paragraph">{t('appt.none')}</p>}
      <ul className="consulent-list">
        {coming.map((a) => (
          <li key={a.id} className="consulent-entry">
            <article aria-labelledby={`appt-${a.id}`}>
              <p className="utrecht-paragraph with-icon">
                <Pictogram name={appointmentPictogram(a.kind)} size={32} />
                <strong id={`appt-${a.id}`} dir="auto">
                  {a.title}
                </strong>
              </p>
              <p className="utrecht-paragraph">
                {formatDay(a.start, lang)} · {t('agenda:time', { start: formatTime(a.start, lang), end: formatTime(a.end, lang) })}
              </p>
              {a.location && <p className="utrecht-paragraph" dir="auto">{[a.location.name, a.location.address].filter(Boolean).join(', ')}</p>}
              <p className="utrecht-paragraph tags">
                {a.status === 'moved' && <span className="utrecht-badge-status utrecht-badge-status--warning">{t('agenda:moved')}</span>}
                {a.status === 'cancelled' && <span className="utrecht-badge-status utrecht-badge-status--danger">{t('agenda:cancelled')}</span>}
                <State pending={a.pending} />
              </p>
              {editing === a.id ? (
                <AppointmentForm dossierId={household.dossierId} appointment={a} onDone={() => setEditing(null)} />
              ) : (
                <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setEditing(a.id)}>
                  <Pictogram name="edit" size={24} /> {t('appt.move')}
                </button>
              )}
            </article>
          </li>
        ))}
      </ul>
      {editing === 'new' ? (
        <AppointmentForm dossierId={household.dossierId} onDone={() => setEditing(null)} />
      ) : (
        <button type="button" className="utrecht-button utrecht-button--primary-action button--block" onClick={() => setEditing('new')}>
          <Pictogram name="agenda" size={24} /> {t('appt.new')}
        </button>
      )}
    </section>
  );
}

function Steps({ household }: { household: Household }) {
  const { t, i18n } = useTranslation(['consulent', 'traject']);
  const lang = i18n.language;
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section className="card consulent-section" aria-labelledby="consulent-steps">
      <h2 className="utrecht-heading-2" id="consulent-steps">
        <Pictogram name="traject" size={32} /> {t('step.title')}
      </h2>
      {household.steps.length === 0 && <p className="utrecht-paragraph">{t('step.none')}</p>}
      <ul className="consulent-list">
        {household.steps.map((s) => (
          <li key={s.id} className="consulent-entry">
            <article aria-labelledby={`step-${s.id}`}>
              <p className="utrecht-paragraph">
                <strong id={`step-${s.id}`}>{t(`traject:step.${s.kind}.title`)}</strong>
              </p>
              <p className="utrecht-paragraph">
                {t(`step.statusName.${s.status}`)}
                {s.date && <> · {formatDate(s.date, lang)}</>} · <State pending={s.pending} />
              </p>
              {s.note && (
                <p dir="auto" className="utrecht-paragraph consulent-entry__text">
                  {s.note}
                </p>
              )}
              {editing === s.id ? (
                <StepForm dossierId={household.dossierId} step={s} onDone={() => setEditing(null)} />
              ) : (
                <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setEditing(s.id)}>
                  <Pictogram name="edit" size={24} /> {t('step.change')}
                </button>
              )}
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What a consulent does for one household on their device, beside the home-visit checklist. */
export function ConsulentHousehold({ household }: { household: Household }) {
  const { t } = useTranslation('consulent');
  return (
    <>
      <Link href={`/consulent/dossier/${encodeURIComponent(household.dossierId)}/activeren`} className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action button--block consulent-activate">
        <Pictogram name="key" size={24} /> {t('household.activate')}
      </Link>
      <WhatChanged household={household} role="consulent" />
      <Appointments household={household} />
      <Steps household={household} />
    </>
  );
}
