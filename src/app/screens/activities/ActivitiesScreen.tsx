import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useActivities } from '../../../data/activities';
import { occasionsByWeek, WEEK_GROUPS, type Occasion, type WeekGroup } from '../../../domain/activityWeeks';
import { Pictogram } from '../../components/Pictogram';
import { formatDayTime } from '../../format';
import { Bilingual } from '../../reading/Bilingual';
import { useReadingT } from '../../reading/useReadingT';
import { useMyGemeente } from '../../useMyGemeente';
import { useNow } from '../../useNow';
import { InfoPage } from '../info/InfoPage';
import { ActivityCard } from './ActivityCard';
import './activities.css';
import { InfoHead } from '../info/InfoHead';

function WeekSection({ group, occasions, calendarName, gemeente }: { group: WeekGroup; occasions: Occasion[]; calendarName: string; gemeente: string }) {
  const { t, tNl } = useReadingT('activities');
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="activity-week">
      <Bilingual as="h2" id={headingId} dutch={tNl?.(`groups.${group}`)}>
        {t(`groups.${group}`)}
      </Bilingual>
      {occasions.length === 0 ? (
        <p className="activity-week__empty">{t('groupEmpty')}</p>
      ) : (
        <ul className="activity-list">
          {occasions.map((o) => (
            <ActivityCard key={`${o.activity.id}@${o.start}`} occasion={o} calendarName={calendarName} gemeente={gemeente} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Local activities by week, for everyone, no login; offline from the last list fetched. */
export function ActivitiesScreen() {
  const { t, tNl } = useReadingT('activities');
  const { i18n } = useTranslation();
  const gemeente = useMyGemeente();
  const now = useNow();
  const state = useActivities();
  const weeks = occasionsByWeek(state.activities, now);
  const calendarName = `${t('title')} ${gemeente.name}`;

  return (
    <InfoPage>
      <InfoHead picture="activities" size={56} title={t('title')} titleNl={tNl?.('title')} summary={t('summary')} summaryNl={tNl?.('summary')} />
      {state.stale && state.fetchedAt && (
        <p className="card with-icon activity-notice" role="status">
          <Pictogram name="offline" size={32} />
          {t('offline', { date: formatDayTime(state.fetchedAt, i18n.language) })}
        </p>
      )}
      {state.status === 'loading' && <p role="status">{t('loading')}</p>}
      {state.status === 'unavailable' && (
        <p className="card with-icon activity-notice" role="status">
          <Pictogram name="offline" size={32} />
          {t('unavailable')}
        </p>
      )}
      {state.status === 'ready' && state.activities.length === 0 && (
        <p className="with-icon">
          <Pictogram name="waiting" size={32} />
          {t('empty')}
        </p>
      )}
      {state.status === 'ready' &&
        state.activities.length > 0 &&
        WEEK_GROUPS.map((group) => <WeekSection key={group} group={group} occasions={weeks[group]} calendarName={calendarName} gemeente={gemeente.id} />)}
    </InfoPage>
  );
}
