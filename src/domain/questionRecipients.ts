import type { Actor, StaffRole } from './access';
import type { CONTACT_ROLES } from './enums';

// Who answers a question, by the role it is addressed to (`question.ask` `contactRole`; issue 13,
// "the right person answers"). Only staff with a device answer in the app: the consulent (or
// Zevenaar's casusregisseur) and the maatschappelijk begeleider. Everyone else in a dossier
// (teacher, werkconsulent, COA, a taalmaatje) has no app that answers, so the "Vraag" screen offers
// their phone or WhatsApp instead of a question.

type ContactRole = (typeof CONTACT_ROLES)[number];

/** The contact roles that answer in the app, and the staff role that answers for each. */
export const IN_APP_ANSWERERS: Partial<Record<ContactRole, StaffRole>> = {
  'consulent-inburgering': 'consulent',
  casusregisseur: 'consulent',
  'maatschappelijk-begeleider': 'begeleider',
};

/** Does a question to this role get an answer in the app? */
export function answersInApp(role: string): boolean {
  return Object.hasOwn(IN_APP_ANSWERERS, role);
}

/**
 * The staff role that answers a question addressed to `contactRole`. A question to a role without
 * the app (asked before the app stopped offering them, or queued offline on an older version) goes
 * to the consulent, who keeps the overview of the whole traject: it must not stay unread.
 */
export function answererOf(contactRole: string): StaffRole {
  return answersInApp(contactRole) ? (IN_APP_ANSWERERS[contactRole as ContactRole] ?? 'consulent') : 'consulent';
}

/** May a staff member of this role answer a question addressed to `contactRole`? */
export function mayAnswer(staffRole: StaffRole, contactRole: string): boolean {
  return answererOf(contactRole) === staffRole;
}

/**
 * Whether a pull brings this actor a question row. A question is for the person it is addressed
 * to: a staff member receives only the questions their role answers (a begeleider's device holds
 * no question meant for the consulent); the inburgeraar all of their own. Rows without a
 * contactRole (a deletion) pass.
 */
export function questionReadableBy(actor: Actor, row: { contactRole?: unknown }): boolean {
  if (actor !== 'begeleider' && actor !== 'consulent') return true;
  return typeof row.contactRole !== 'string' || mayAnswer(actor, row.contactRole);
}
