import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../data/activities';
import { Pictogram } from '../../components/Pictogram';
import { downloadCalendarFile } from '../../components/downloadCalendarFile';

/**
 * "Zet in mijn agenda": this activity as an .ics file, made on the phone from the list it keeps, so
 * it works offline. A weekly one goes in as a repeat. The calendar writer is loaded only when asked
 * for (and precached).
 */
export function AddToCalendarButton({ activity, calendarName, gemeente }: { activity: Activity; calendarName: string; gemeente: string }) {
  const { t, i18n } = useTranslation('activities');

  async function download() {
    const { activitiesToICalendar, activityFileName } = await import('../../../domain/activitiesIcs');
    const text = activitiesToICalendar([activity], { calendarName, gemeente, language: i18n.language });
    downloadCalendarFile(text, activityFileName(activity));
  }

  return (
    <button type="button" className="utrecht-button utrecht-button--secondary-action button--small" onClick={() => void download()}>
      <Pictogram name="download" size={24} /> {t('add')}
    </button>
  );
}
