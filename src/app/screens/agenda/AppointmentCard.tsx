import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { change, useCanChange, type AgendaItem } from '../../../data';
import { appointmentPictogram } from '../../components/appointmentPictogram';
import { Pictogram } from '../../components/Pictogram';
import { formatDay, formatTime, isEvening, isWeekend, mapsUrl } from '../../format';
import { DutchText } from '../../reading/DutchText';
import { ReadAloud } from '../../reading/ReadAloud';
import { AppointmentDutchTitle, useAppointmentTitle } from './appointmentTitle';
import { BringItems } from './BringItems';
import { CalendarExportButton } from './CalendarExportButton';
import { NotComingForm } from './NotComingForm';

export function AppointmentCard({ item }: { item: AgendaItem }) {
  const { t, i18n } = useTranslation('agenda');
  const [askingReason, setAskingReason] = useState(false);
  // A taalmaatje's phone reads the agenda along: no answer buttons it could not send.
  const canChange = useCanChange();
  const lang = i18n.language;
  const cancelled = item.status === 'cancelled';
  const answer = item.attendance?.attendance;
  // An answer given before the appointment moved is about the old time: shown as such, and the
  // buttons are not pressed, so nobody reads it as an answer for the new time.
  const oldAnswer = item.answerForOldTime;
  const titleId = `appt-${item.key}`;
  const { title, dutchDetail } = useAppointmentTitle(item);

  async function answerWith(attendance: 'coming' | 'not-coming', reason?: string) {
    const saved = await change('appointment.setAttendance', {
      appointmentId: item.id,
      attendance,
      ...(reason ? { reason } : {}),
    });
    // Not saved: the reason form stays open, the app says why (ChangeProblem).
    if (saved) setAskingReason(false);
  }

  // What the card says, read in the reader's language; the case system's Dutch texts in Dutch.
  const readAloud = [
    title,
    ...(dutchDetail ? [{ text: dutchDetail, lang: 'nl' }] : []),
    `${formatDay(item.start, lang)}, ${t('time', { start: formatTime(item.start, lang), end: formatTime(item.end, lang) })}`,
    ...(cancelled ? [t('cancelled')] : item.status === 'moved' ? [t('moved')] : []),
    ...(item.location ? [{ text: [item.location.name, item.location.address].filter(Boolean).join(', '), lang: 'nl' }] : []),
    ...(!cancelled && item.bringItems?.length ? [t('bring'), ...item.bringItems.map((b) => t(`bringItem.${b}`))] : []),
    ...(!cancelled && item.bring ? [{ text: item.bring, lang: 'nl' }] : []),
    ...(answer ? [answer === 'coming' ? t('answer.coming') : t('answer.notComing')] : []),
  ];

  return (
    <article className={`card appointment${cancelled ? ' appointment--cancelled' : ''}`} aria-labelledby={titleId}>
      <div className="appointment__head">
        <Pictogram name={appointmentPictogram(item.kind)} size={44} />
        <div>
          <h3 className="utrecht-heading-3" id={titleId} dir="auto">
            {title}
          </h3>
          <AppointmentDutchTitle detail={dutchDetail} />
          <p className="utrecht-paragraph appointment__time">
            {t('time', { start: formatTime(item.start, lang), end: formatTime(item.end, lang) })}
          </p>
        </div>
      </div>
      <ReadAloud texts={readAloud} />
      <p className="utrecht-paragraph tags">
        {cancelled && <span className="utrecht-badge-status utrecht-badge-status--danger">{t('cancelled')}</span>}
        {item.status === 'moved' && <span className="utrecht-badge-status utrecht-badge-status--warning">{t('moved')}</span>}
        {isEvening(item.start) && <span className="utrecht-badge-status utrecht-badge-status--neutral">{t('evening')}</span>}
        {isWeekend(item.start) && <span className="utrecht-badge-status utrecht-badge-status--neutral">{t('weekend')}</span>}
      </p>
      {item.location && (
        <div className="with-icon">
          <Pictogram name="location" size={24} label={t('location')} />
          <div>
            <p className="utrecht-paragraph" dir="auto">{[item.location.name, item.location.address].filter(Boolean).join(', ')}</p>
            {item.location.address && (
              <a className="utrecht-link" href={mapsUrl(item.location.address)} target="_blank" rel="noreferrer">
                {t('map')}
              </a>
            )}
          </div>
        </div>
      )}
      {item.bringItems && item.bringItems.length > 0 && !cancelled && <BringItems items={item.bringItems} />}
      {item.bring && !cancelled && (
        <div className="with-icon">
          <Pictogram name="bring" size={24} label={t('bring')} />
          <DutchText text={item.bring} />
        </div>
      )}
      {answer && (
        <p className="utrecht-paragraph with-icon answer" data-answer={answer}>
          <Pictogram name={answer === 'coming' ? 'coming' : 'notComing'} size={24} />
          <span>{answer === 'coming' ? t('answer.coming') : t('answer.notComing')}</span>
          <span className="answer__state">
            {item.attendancePending ? t('answer.waiting') : t('answer.sent')}
          </span>
        </p>
      )}
      {oldAnswer && (
        <p className="utrecht-paragraph with-icon answer answer--old-time" data-answer="old-time">
          <Pictogram name={oldAnswer.attendance === 'coming' ? 'coming' : 'notComing'} size={24} />
          <span>
            {t('answer.oldTime', {
              when: `${formatDay(oldAnswer.forStart, lang)}, ${formatTime(oldAnswer.forStart, lang)}`,
              answer: oldAnswer.attendance === 'coming' ? t('answer.coming') : t('answer.notComing'),
            })}
          </span>
        </p>
      )}
      {canChange && !cancelled && !askingReason && (
        <div className="actions">
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            aria-pressed={answer === 'coming'}
            onClick={() => void answerWith('coming')}
          >
            <Pictogram name="coming" size={24} /> {t('coming')}
          </button>
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            aria-pressed={answer === 'not-coming'}
            onClick={() => setAskingReason(true)}
          >
            <Pictogram name="notComing" size={24} /> {t('notComing')}
          </button>
        </div>
      )}
      {canChange && askingReason && (
        <NotComingForm onConfirm={(reason) => void answerWith('not-coming', reason)} onBack={() => setAskingReason(false)} />
      )}
      {!cancelled && !askingReason && <CalendarExportButton item={item} />}
    </article>
  );
}
