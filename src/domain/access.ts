import type { ShareSection } from './enums';
import { TABLES, type TableName } from './tables';

// Who may read which synced tables (docs/api.md, "Tables and who reads them"). Shared by the server, which filters
// every pull with it, and the app, which can tell a person what a share will show.

// What an inburgeraar can share with a taalmaatje lives in enums.ts (tables.ts needs it too).
export { SHARE_SECTIONS, type ShareSection } from './enums';

export const STAFF_ROLES = ['begeleider', 'consulent'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Who is acting: the inburgeraar's own device, a taalmaatje's device, or a staff member's. */
export type Actor = 'inburgeraar' | 'helper' | StaffRole;

/** The tables each shared section reveals. Everything else stays with the inburgeraar and staff. */
export const SECTION_TABLES: Record<ShareSection, readonly TableName[]> = {
  agenda: ['appointments', 'attendance'],
  traject: ['steps'],
  contacts: ['contacts'],
  money: ['ontzorgen', 'payments'],
  checklist: ['checklist'],
};

/** Visit notes are work notes of the begeleider and consulent: not for the inburgeraar or helpers. */
const STAFF_ONLY: readonly TableName[] = ['visitNotes'];
/** Shares (and their codes) are the inburgeraar's own business: a staff member must not activate as helper. */
const OWNER_ONLY: readonly TableName[] = ['shares'];

/**
 * The tables a session of this actor receives in its pull. Within `questions`, staff receive only
 * the rows addressed to their role (questionReadableBy in questionRecipients.ts).
 */
export function readableTables(actor: Actor, sections: readonly ShareSection[] = []): TableName[] {
  if (actor === 'helper') {
    const shared = new Set<TableName>(['dossiers', ...sections.flatMap((s) => SECTION_TABLES[s])]);
    return TABLES.filter((t) => shared.has(t));
  }
  const hidden = actor === 'inburgeraar' ? STAFF_ONLY : OWNER_ONLY;
  return TABLES.filter((t) => !hidden.includes(t));
}

/**
 * A helper sees the dossier row reduced to what a taalmaatje needs to greet and read along:
 * first name and language (plus leerroute and termijn when the traject is shared, which the
 * timeline needs). Doelgroep, for one, says how someone came here: not the helper's business.
 */
export function helperDossierRow(value: Record<string, unknown>, sections: readonly ShareSection[]): Record<string, unknown> {
  const keep = ['dossierId', 'id', 'gemeente', 'firstName', 'language'];
  if (sections.includes('traject')) keep.push('leerroute', 'termijn');
  return Object.fromEntries(Object.entries(value).filter(([k]) => keep.includes(k)));
}
