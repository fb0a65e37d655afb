import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../data';
import { Pictogram } from '../../components/Pictogram';
import { useMyGemeente } from '../../useMyGemeente';
import './calendar.css';
import { downloadCalendarFile } from '../../components/downloadCalendarFile';

/**
 * "Zet in mijn agenda": this appointment as an .ics file, made on the phone from what is stored
 * on it, so it works offline. The calendar code is loaded only when asked for (and precached).
 */
export function CalendarExportButton({ item }: { item: AgendaItem }) {
  const { t } = useTranslation('agenda');
  const { appName } = useMyGemeente();

  async function download() {
    const { appointmentsToICalendar, icsFileName } = await import('../../../domain/calendar');
    const text = appointmentsToICalendar([item], item.dossierId, {
      calendarName: appName,
      bring: t('bring'),
      cancelled: t('cancelled'),
    });
    downloadCalendarFile(text, icsFileName(item));
  }

  return (
    <button type="button" className="utrecht-button utrecht-button--secondary-action button--small" onClick={() => void download()}>
      <Pictogram name="download" size={24} /> {t('export')}
    </button>
  );
}
