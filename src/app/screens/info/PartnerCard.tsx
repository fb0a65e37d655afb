import { useId } from 'react';
import type { Partner } from '../../../gemeenten';
import { Pictogram } from '../../components/Pictogram';
import { useReadingT } from '../../reading/useReadingT';
import { Lines } from './Lines';
import { partnerKey } from './gemeenteTexts';
import { partnerAnchor } from './search/anchors';
import { PartnerReach } from './PartnerReach';
import { useInfoTexts } from './useInfoTexts';

/** "tel:" wants digits only; the number is shown as the organisation writes it. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}

/**
 * The number as the organisation writes it, with no-break spaces: they keep the groups together on
 * one line, and (being common separators between digits) in their order inside Arabic or Persian text.
 */
export function displayNumber(number: string): string {
  return number.replace(/ /g, '\u00a0');
}

/** The host of a website, as people would type it. */
function host(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function PartnerContact({ partner }: { partner: Partner }) {
  const { t } = useInfoTexts();
  if (!partner.phone && !partner.website) return null;
  return (
    <p className="utrecht-paragraph partner__contact">
      {partner.phone && (
        // The accessible name starts with who you call and ends with the visible number (WCAG 2.5.3).
        <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href={telHref(partner.phone)} aria-label={`${t('help.call', { name: partner.name })} ${displayNumber(partner.phone)}`}>
          <Pictogram name="call" size={24} />
          <span dir="ltr">{displayNumber(partner.phone)}</span>
        </a>
      )}
      {partner.website && (
        <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={partner.website} aria-label={`${t('help.website', { name: partner.name })} ${host(partner.website)}`}>
          <Pictogram name="website" size={24} />
          <span dir="ltr">{host(partner.website)}</span>
        </a>
      )}
    </p>
  );
}

/** An organisation of this municipality: what it helps with, what not, where and when, and how to reach it. */
export function PartnerCard({ partner }: { partner: Partner }) {
  const { gemeente, t, values, valuesNl } = useInfoTexts();
  const { t: tg, tNl: tgNl } = useReadingT('gemeente');
  const id = useId();
  const key = partnerKey(gemeente.id, partner.id);
  return (
    <article className="card partner" aria-labelledby={`${id}-name`} id={partnerAnchor(partner.id)} tabIndex={-1}>
      <div className="info-block__head">
        <Pictogram name={partner.picture} size={40} />
        <div>
          <h3 className="utrecht-heading-3" id={`${id}-name`}>{partner.name}</h3>
          {/* The role under the name, unless it says the same (COA). */}
          {partner.role !== 'other' && t(`roles.${partner.role}.name`) !== partner.name && <p className="utrecht-paragraph hint">{t(`roles.${partner.role}.name`)}</p>}
        </div>
      </div>
      {key && (
        <>
          <div className="partner__does">
            <Pictogram name="coming" size={24} />
            <Lines text={tg(`${key}.helpsWith`, values)} dutch={tgNl?.(`${key}.helpsWith`, valuesNl)} />
          </div>
          <div className="partner__does">
            <Pictogram name="notComing" size={24} />
            <Lines text={tg(`${key}.notFor`, values)} dutch={tgNl?.(`${key}.notFor`, valuesNl)} />
          </div>
        </>
      )}
      <PartnerReach partner={partner} />
      <PartnerContact partner={partner} />
    </article>
  );
}
