import type { AppointmentRow } from '../../domain/tables';
import type { PictogramName } from './Pictogram';

// An appointment about a step of the traject shows that step's picture (kindPictograms.ts), so
// the PVT or a progress talk looks the same in the agenda as on the traject: one idea, one picture
// (checked in pictograms/ideas.test.ts).
const BY_KIND: Record<AppointmentRow['kind'], PictogramName> = {
  taalles: 'lesson',
  map: 'work',
  pvt: 'pvt',
  voortgangsgesprek: 'progressTalk',
  huisbezoek: 'homeVisit',
  examen: 'exam',
  werk: 'worker',
  other: 'agenda',
};

export function appointmentPictogram(kind: AppointmentRow['kind']): PictogramName {
  return BY_KIND[kind];
}
