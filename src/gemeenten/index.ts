import { rijswijk } from './rijswijk';
import type { GemeenteConfig } from './types';
import { zevenaar } from './zevenaar';

export type { GemeenteConfig, Partner, PartnerAddress, OpeningHours, Weekday, Topic, EmergencyNumber, LocalBlock } from './types';

/** Every municipality this build can serve; adding one is adding a config file and its texts. */
export const GEMEENTEN: Record<string, GemeenteConfig> = { rijswijk, zevenaar };
export const DEFAULT_GEMEENTE = 'rijswijk';

export function gemeenteById(id: string | null | undefined): GemeenteConfig | undefined {
  return id && Object.hasOwn(GEMEENTEN, id) ? GEMEENTEN[id] : undefined;
}
