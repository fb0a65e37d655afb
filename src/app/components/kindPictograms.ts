import type { ChecklistRow, ContactRow, PaymentRow, StepRow } from '../../domain/tables';
import type { PictogramName } from './Pictogram';

// One picture per kind of thing in a dossier, so every step, person, payment and checklist item
// can be recognised without reading.

const STEP: Record<StepRow['kind'], PictogramName> = {
  'brede-intake': 'meeting',
  leerbaarheidstoets: 'search',
  pip: 'document',
  leerroute: 'lesson',
  map: 'work',
  pvt: 'pvt',
  voortgangsgesprek: 'progressTalk',
  'examen-lezen': 'read',
  'examen-luisteren': 'listen',
  'examen-schrijven': 'write',
  'examen-spreken': 'speak',
  'examen-knm': 'exam',
  'z-eindgesprek': 'finish',
  schakeltraject: 'books',
  participatie: 'volunteer',
  'omgaan-met-geld': 'budget',
  werk: 'worker',
};

const ROLE: Record<ContactRow['role'], PictogramName> = {
  'consulent-inburgering': 'officeWorker',
  casusregisseur: 'officeWorker',
  'maatschappelijk-begeleider': 'helpingHands',
  werkconsulent: 'work',
  taalschool: 'teacher',
  taalmaatje: 'talk',
  coa: 'houses',
  other: 'person',
};

const PAYMENT: Record<PaymentRow['kind'], PictogramName> = {
  huur: 'housing',
  energie: 'energy',
  water: 'water',
  zorgverzekering: 'insurance',
  'gemeentelijke-belastingen': 'townHall',
  internet: 'internet',
  other: 'money',
};

const CHECKLIST: Record<ChecklistRow['kind'], PictogramName> = {
  huisarts: 'doctor',
  tandarts: 'dentist',
  zorgverzekering: 'insurance',
  bankrekening: 'bank',
  digid: 'id',
  huurtoeslag: 'housing',
  zorgtoeslag: 'health',
  kinderbijslag: 'child',
  school: 'lesson',
  bibliotheek: 'books',
  energiecontract: 'energy',
  inrichting: 'furniture',
  other: 'checklist',
};

export const stepPictogram = (kind: StepRow['kind']): PictogramName => STEP[kind];
export const rolePictogram = (role: ContactRow['role']): PictogramName => ROLE[role];
export const paymentPictogram = (kind: PaymentRow['kind']): PictogramName => PAYMENT[kind];
export const checklistPictogram = (kind: ChecklistRow['kind']): PictogramName => CHECKLIST[kind];
