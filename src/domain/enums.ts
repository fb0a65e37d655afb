// The enumerations of the dossier import (docs/api.md, "Enumerations"). They are part of the
// contract with municipal case systems: extend them, never rename a value.

export const DOELGROEPEN = [
  'asielstatushouder',
  'gezinsmigrant',
  'overige-migrant',
  'oekraiense-ontheemde',
  'asielzoeker',
] as const;

export const LEERROUTES = ['b1', 'z', 'onderwijs'] as const;

export const STEP_KINDS = [
  'brede-intake',
  'leerbaarheidstoets',
  'pip',
  'leerroute',
  'map',
  'pvt',
  'voortgangsgesprek',
  'examen-lezen',
  'examen-luisteren',
  'examen-schrijven',
  'examen-spreken',
  'examen-knm',
  'z-eindgesprek',
  'schakeltraject',
  'participatie',
  'omgaan-met-geld',
  'werk',
] as const;

export const STEP_STATUSES = ['todo', 'planned', 'busy', 'done', 'exempt'] as const;

export const CONTACT_ROLES = [
  'consulent-inburgering',
  'casusregisseur',
  'maatschappelijk-begeleider',
  'werkconsulent',
  'taalschool',
  'taalmaatje',
  'coa',
  'other',
] as const;

export const APPOINTMENT_KINDS = [
  'taalles',
  'map',
  'pvt',
  'voortgangsgesprek',
  'huisbezoek',
  'examen',
  'werk',
  'other',
] as const;

export const APPOINTMENT_STATUSES = ['planned', 'cancelled', 'moved'] as const;

export const PAYMENT_KINDS = [
  'huur',
  'energie',
  'water',
  'zorgverzekering',
  'gemeentelijke-belastingen',
  'internet',
  'other',
] as const;

export const PAYMENT_STATUSES = ['scheduled', 'paid', 'failed'] as const;

export const CHECKLIST_KINDS = [
  'huisarts',
  'tandarts',
  'zorgverzekering',
  'bankrekening',
  'digid',
  'huurtoeslag',
  'zorgtoeslag',
  'kinderbijslag',
  'school',
  'bibliotheek',
  'energiecontract',
  'inrichting',
  'other',
] as const;

export const CHECKLIST_STATUSES = ['todo', 'busy', 'done', 'not-needed'] as const;

export const COURSE_STATUSES = ['not-started', 'in-progress', 'done', 'not-needed'] as const;

export const ATTENDANCES = ['coming', 'not-coming'] as const;

/** What an inburgeraar can share with a taalmaatje; the names are part of the contract. */
export const SHARE_SECTIONS = ['agenda', 'traject', 'contacts', 'money', 'checklist'] as const;
export type ShareSection = (typeof SHARE_SECTIONS)[number];

/** What to bring to an appointment, as items the app shows as pictures (`bringItems`). */
export const BRING_ITEMS = ['lesboek', 'pen', 'id-bewijs', 'brief', 'verzekeringspas', 'bankpas', 'laptop', 'telefoon', 'diploma'] as const;

/** Days of the week, for a contact's hours (`availabilityHours`); CLDR's keys. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/**
 * Ready-made questions (`question.ask` `ready`): stored as a key, so the person reads it in their
 * language and the consulent in Dutch.
 */
export const READY_QUESTIONS = ['callMe', 'appointment', 'letter', 'lessons', 'money'] as const;
