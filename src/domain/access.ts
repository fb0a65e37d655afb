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

const ALL: readonly Actor[] = ['inburgeraar', 'helper', 'begeleider', 'consulent'];

/**
 * Who may read each synced table (docs/api.md, "Tables and who reads them"), beside who may write
 * (MUTATION_ACTORS in mutationPolicy.ts). A Record over every table, so a new table does not
 * compile until someone has decided who may read it. A helper reads a table only when it is also
 * in a section the inburgeraar shared (SECTION_TABLES), the dossier row always (reduced:
 * helperDossierRow). Visit notes are work notes of the begeleider and consulent; shares (and
 * their codes) are the inburgeraar's own business.
 */
export const TABLE_READERS: Record<TableName, readonly Actor[]> = {
  dossiers: ALL,
  ontzorgen: ALL,
  steps: ALL,
  contacts: ALL,
  appointments: ALL,
  payments: ALL,
  checklist: ALL,
  attendance: ALL,
  questions: ['inburgeraar', 'begeleider', 'consulent'],
  shares: ['inburgeraar'],
  visitNotes: ['begeleider', 'consulent'],
};

/**
 * The tables a session of this actor receives in its pull. Within `questions`, staff receive only
 * the rows addressed to their role (questionReadableBy in questionRecipients.ts).
 */
export function readableTables(actor: Actor, sections: readonly ShareSection[] = []): TableName[] {
  const shared = new Set<TableName>(['dossiers', ...sections.flatMap((s) => SECTION_TABLES[s])]);
  return TABLES.filter((t) => TABLE_READERS[t].includes(actor) && (actor !== 'helper' || shared.has(t)));
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
