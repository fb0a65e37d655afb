import type { AppointmentRow } from '../../domain/tables';
import type { PictogramName } from './Pictogram';

const BY_KIND: Record<AppointmentRow['kind'], PictogramName> = {
  taalles: 'lesson',
  map: 'work',
  pvt: 'work',
  voortgangsgesprek: 'meeting',
  huisbezoek: 'home',
  examen: 'exam',
  werk: 'work',
  other: 'agenda',
};

export function appointmentPictogram(kind: AppointmentRow['kind']): PictogramName {
  return BY_KIND[kind];
}
