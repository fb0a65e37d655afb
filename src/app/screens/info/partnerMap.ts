import type { PartnerAddress } from '../../../gemeenten';
import { mapsUrl } from '../../format';

/** An address on one line, as people write it on an envelope: "Kerkstraat 27, Zevenaar". */
export function addressLine(address: PartnerAddress): string {
  return [address.street, [address.postcode, address.city].filter(Boolean).join(' ')].join(', ');
}

/**
 * The partner's place on OpenStreetMap: a pin where its coordinates are known, else a search for
 * its address. Always an https link to openstreetmap.org; the address only ever goes into the
 * query, encoded, so a config value cannot change where the link leads (docs/threat-model.md).
 */
export function partnerMapUrl(address: PartnerAddress): string {
  const spot = address.coordinates;
  if (spot && Number.isFinite(spot.lat) && Number.isFinite(spot.lon) && Math.abs(spot.lat) <= 90 && Math.abs(spot.lon) <= 180) {
    return `https://www.openstreetmap.org/?mlat=${spot.lat}&mlon=${spot.lon}#map=18/${spot.lat}/${spot.lon}`;
  }
  return mapsUrl(addressLine(address));
}
