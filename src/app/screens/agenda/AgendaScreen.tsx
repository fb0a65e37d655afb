import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgenda, useDevice, type AgendaItem } from '../../../data';
import { Pictogram } from '../../components/Pictogram';
import { dayKey, formatDay } from '../../format';
import { useNow } from '../../useNow';
import { AppointmentCard } from './AppointmentCard';
import { CalendarSubscription } from './CalendarSubscription';

function groupByDay(items: AgendaItem[]): [string, AgendaItem[]][] {
  const groups = new Map<string, AgendaItem[]>();
  for (const item of items) {
    const key = dayKey(item.start);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups];
}

/** The first moment after next week (Monday 00:00 of the week after next, phone time). */
function afterNextWeek(now: Date): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() + 14 - ((d.getDay() + 6) % 7));
  return d.getTime();
}

export function AgendaScreen() {
  const { t, i18n } = useTranslation('agenda');
  const now = useNow();
  const all = useAgenda(now);
  const [showAll, setShowAll] = useState(false);
  const device = useDevice();
  const helper = device.status === 'activated' && device.kind === 'helper';
  // This week and next first; the rest behind "more", so the next action is not lost in a long list.
  const cutoff = afterNextWeek(now);
  const later = all?.filter((item) => Date.parse(item.start) >= cutoff) ?? [];
  const agenda = showAll || !all || later.length === all.length ? all : all.filter((item) => Date.parse(item.start) < cutoff);
  const today = dayKey(now);
  const tomorrow = dayKey(new Date(now.getTime() + 86_400_000));

  return (
    <>
      <header className="screen-head">
        <Pictogram name="agenda" size={48} />
        <div>
          <h1 className="utrecht-heading-1">{t('title')}</h1>
          {/* "Say if you come" is for the person with the appointment, not for a taalmaatje reading along. */}
          <p className="utrecht-paragraph">{helper ? t('introHelper') : t('intro')}</p>
        </div>
      </header>
      <CalendarSubscription />
      {agenda === undefined ? null : agenda.length === 0 ? (
        <p className="utrecht-paragraph empty">{t('empty')}</p>
      ) : (
        groupByDay(agenda).map(([day, items]) => {
          const first = items[0];
          const label = day === today ? t('today') : day === tomorrow ? t('tomorrow') : null;
          return (
            <section key={day} className="day" aria-labelledby={`day-${day}`}>
              <h2 className="utrecht-heading-2" id={`day-${day}`}>
                {label ? `${label} · ` : ''}
                {first ? formatDay(first.start, i18n.language) : day}
              </h2>
              {items.map((item) => (
                <AppointmentCard key={item.key} item={item} />
              ))}
            </section>
          );
        })
      )}
      {!showAll && later.length > 0 && later.length < (all?.length ?? 0) && (
        <button type="button" className="utrecht-button utrecht-button--secondary-action button--block" onClick={() => setShowAll(true)}>
          <Pictogram name="agenda" size={24} /> {t('more', { count: later.length })}
        </button>
      )}
    </>
  );
}
