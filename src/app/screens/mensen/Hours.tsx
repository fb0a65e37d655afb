import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../domain/dossier';
import { formatTime } from '../../format';
import { intlHas, localeDataOf } from '../../i18n/localeData';

const MONDAY = Date.UTC(2026, 0, 5, 12);
const WEEKDAY_INDEX = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 } as const;

/** A day of the week by its CLDR key (`mon` … `sun`) in the reader's language. */
function formatWeekday(day: keyof typeof WEEKDAY_INDEX, language: string): string {
  const date = new Date(MONDAY + WEEKDAY_INDEX[day] * 86_400_000);
  const cldr = intlHas(language) ? null : localeDataOf(language);
  return cldr?.data.days.wide[day] ?? new Intl.DateTimeFormat(intlHas(language) ? language : 'en', { weekday: 'long', timeZone: 'UTC' }).format(date);
}

/** A clock time `HH:mm` (Dutch time) in the language's own digits. */
function formatClock(time: string, language: string): string {
  const [h = '0', m = '0'] = time.split(':');
  // 5 January 2026 is winter time in the Netherlands: UTC+1.
  return formatTime(new Date(Date.UTC(2026, 0, 5, Number(h) - 1, Number(m))).toISOString(), language);
}

/** A contact's hours (`availabilityHours`): each day in the reader's language, with its times. */
export function Hours({ hours }: { hours: NonNullable<Contact['availabilityHours']> }) {
  const { t, i18n } = useTranslation('agenda');
  const lang = i18n.language;
  return (
    <ul className="plain-list hours">
      {hours.map((h) => (
        <li key={`${h.days.join()}-${h.from}`}>
          {h.days.map((d) => formatWeekday(d, lang)).join(' · ')}: {t('time', { start: formatClock(h.from, lang), end: formatClock(h.to, lang) })}
        </li>
      ))}
    </ul>
  );
}
