import type { OpeningHours, Partner } from '../../../gemeenten';
import { Pictogram } from '../../components/Pictogram';
import { useReadingT } from '../../reading/useReadingT';
import { formatClock, formatWeekday } from './openingHours';
import { addressLine, partnerMapUrl } from './partnerMap';

/** One line a day, Monday first: "maandag 08:30–12:30, 13:30–17:00". */
function HoursList({ hours, language }: { hours: OpeningHours[]; language: string }) {
  const byDay = new Map<number, OpeningHours[]>();
  for (const h of hours) for (const day of h.days) byDay.set(day, [...(byDay.get(day) ?? []), h]);
  const days = [...byDay.entries()].sort(([a], [b]) => a - b);
  return (
    <ul className="partner__hours">
      {days.map(([day, ranges]) => (
        <li key={day}>
          <span>{formatWeekday(day, language)}</span>{' '}
          <bdi>
            {[...ranges]
              .sort((a, b) => a.opens.localeCompare(b.opens))
              .map((r) => `${formatClock(r.opens, language)}–${formatClock(r.closes, language)}`)
              .join(', ')}
          </bdi>
        </li>
      ))}
    </ul>
  );
}

/**
 * Where and when to find an organisation: its address with a map link (which leaves the app, and
 * says so), its opening hours in the reader's language, and, honestly, what is not known (issue 16, item 6).
 */
export function PartnerReach({ partner }: { partner: Partner }) {
  const { t, language } = useReadingT('infomore');
  const { address, hours, phone } = partner;
  const outside = t('partner.opensOutside');
  return (
    <div className="partner__reach">
      <div className="partner__line">
        <Pictogram name={address ? 'location' : 'notKnown'} size={24} label={t('partner.address')} />
        {address ? (
          <div className="partner__where">
            {/* A Dutch address, kept whole and left-to-right inside any language. */}
            <bdi lang="nl">{addressLine(address)}</bdi>
            {/* Its name is its visible words (WCAG 2.5.3); whose map it is, the card's heading says. */}
            <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action partner__map" href={partnerMapUrl(address)} target="_blank" rel="noopener noreferrer">
              <Pictogram name="mapLink" size={24} />
              <span>{t('partner.map')}</span>{' '}
              <span className="opens-outside">
                <Pictogram name="opensOutside" size={20} className="pictogram--directional" />
                {outside}
              </span>
            </a>
          </div>
        ) : (
          <p>{t('partner.addressUnknown')}</p>
        )}
      </div>
      {hours && hours.length > 0 && (
        <div className="partner__line">
          <Pictogram name="openingHours" size={24} label={t('partner.hours')} />
          <HoursList hours={hours} language={language} />
        </div>
      )}
      {!phone && (
        <div className="partner__line">
          <Pictogram name="notKnown" size={24} />
          <p>{t('partner.phoneUnknown')}</p>
        </div>
      )}
    </div>
  );
}
