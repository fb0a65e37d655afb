import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useNextAppointment } from '../../../data';
import { appointmentPictogram } from '../../components/appointmentPictogram';
import { Pictogram } from '../../components/Pictogram';
import { AppointmentDutchTitle, useAppointmentTitle } from '../agenda/appointmentTitle';
import { formatDayTime } from '../../format';
import { ReadAloud } from '../../reading/ReadAloud';
import { useNow } from '../../useNow';

/** The one thing most people open the app for: where do I have to be next? */
export function NextAppointmentCard() {
  const { t, i18n } = useTranslation('home');
  const next = useNextAppointment(useNow());
  const lang = i18n.language;
  const { title, dutchDetail } = useAppointmentTitle(next ?? { kind: 'other', title: '' });
  // Still reading the phone's database: hold the card's place, so nothing below it jumps when it arrives.
  if (next === undefined) return <div className="card card--highlight next-appointment next-appointment--waiting" aria-hidden="true" />;
  return (
    <section className="card card--highlight next-appointment" aria-labelledby="next-title">
      <h2 className="utrecht-heading-2" id="next-title">{t('next.title')}</h2>
      {next === null ? (
        <p className="utrecht-paragraph">{t('next.none')}</p>
      ) : (
        <div className="appointment__head">
          <Pictogram name={appointmentPictogram(next.kind)} size={56} />
          <div>
            <p className="utrecht-paragraph next-appointment__title" dir="auto">
              {title}
            </p>
            <AppointmentDutchTitle detail={dutchDetail} />
            <p className="utrecht-paragraph next-appointment__when">
              {formatDayTime(next.start, lang)}
            </p>
            {next.location && (
              <p dir="auto" className="utrecht-paragraph with-icon">
                <Pictogram name="location" size={20} /> {next.location.name}
              </p>
            )}
            <ReadAloud
              texts={[
                t('next.title'),
                title,
                ...(dutchDetail ? [{ text: dutchDetail, lang: 'nl' }] : []),
                formatDayTime(next.start, lang),
                ...(next.location ? [{ text: next.location.name, lang: 'nl' }] : []),
              ]}
            />
          </div>
        </div>
      )}
      <Link href="/agenda" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action button--block">
        {t('next.open')}
      </Link>
    </section>
  );
}
