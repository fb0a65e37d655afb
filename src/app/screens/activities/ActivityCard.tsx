import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../data/activities';
import type { ActivityKind } from '../../../domain/activities';
import type { Occasion } from '../../../domain/activityWeeks';
import { Pictogram, type PictogramName } from '../../components/Pictogram';
import { formatDay, formatTime } from '../../format';
import { LANGUAGES } from '../../i18n/languages';
import { DutchMarked } from '../../reading/DutchMarked';
import { AddToCalendarButton } from './AddToCalendarButton';

export const KIND_PICTOGRAMS: Record<ActivityKind, PictogramName> = {
  taalcafe: 'taalcafe',
  sport: 'sport',
  welzijn: 'welzijn',
  bibliotheek: 'library',
  taalhulp: 'languageHelp',
  other: 'otherActivity',
};

/** A language's own name (as the language screen shows it), else its name in the reader's language. */
function languageName(code: string, reader: string): string {
  const known = LANGUAGES.find((l) => l.code === code);
  if (known) return known.nativeName;
  try {
    return new Intl.DisplayNames([reader, 'nl'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

interface Props {
  occasion: Occasion;
  calendarName: string;
  gemeente: string;
}

/** One occasion of an activity: what, when, where, free or not, the languages spoken there. */
export function ActivityCard({ occasion, calendarName, gemeente }: Props) {
  const { t, i18n } = useTranslation('activities');
  const language = i18n.language;
  const titleId = useId();
  const activity: Activity = occasion.activity;
  const translation = language === 'nl' ? undefined : activity.translations?.[language as keyof NonNullable<Activity['translations']>];
  const time = t('time', { day: formatDay(occasion.start, language), from: formatTime(occasion.start, language), to: formatTime(occasion.end, language) });

  return (
    <li className="card activity" aria-labelledby={titleId}>
      <div className="activity__head">
        <Pictogram name={KIND_PICTOGRAMS[activity.kind]} size={40} />
        <div>
          <span className="activity__kind">{t(`kinds.${activity.kind}`)}</span>
          {translation ? (
            <h3 id={titleId} dir="auto">
              {translation.title}
            </h3>
          ) : (
            <DutchMarked as="h3" text={activity.title_nl} />
          )}
        </div>
      </div>
      <p className="activity__line">
        <Pictogram name="agenda" size={24} />
        <span>{time}</span>
        {activity.weekly && (
          <span className="activity__badge">
            <Pictogram name="weekly" size={20} /> {t('weekly')}
          </span>
        )}
      </p>
      <p className="activity__line">
        <Pictogram name="location" size={24} label={t('where')} />
        <span lang="nl" dir="ltr" className="activity__place">
          {activity.location.name}, {activity.location.address}
        </span>
      </p>
      <p className="activity__line">
        <Pictogram name={activity.free ? 'free' : 'euro'} size={24} />
        <span className="activity__badge">{activity.free ? t('free') : t('paid')}</span>
      </p>
      {activity.languages.length > 0 && (
        <p className="activity__line">
          <Pictogram name="language" size={24} />
          <span>{t('languages')}: </span>
          <span className="activity__languages">
            {activity.languages.map((code) => (
              <span key={code} lang={code} dir="auto" className="activity__badge">
                {languageName(code, language)}
              </span>
            ))}
          </span>
        </p>
      )}
      {translation ? <p dir="auto">{translation.description}</p> : <DutchMarked text={activity.description_nl} />}
      <div className="activity__actions">
        <AddToCalendarButton activity={activity} calendarName={calendarName} gemeente={gemeente} />
        {activity.url && (
          <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action button--small" href={activity.url} rel="noopener noreferrer" target="_blank">
            <Pictogram name="website" size={24} /> {t('more')}
          </a>
        )}
      </div>
    </li>
  );
}
