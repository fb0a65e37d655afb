import type { ShareSection } from '../../../domain/access';
import type { PictogramName } from '../../components/Pictogram';

/** The same pictures as the home tiles of these sections. */
export const SECTION_PICTURE: Record<ShareSection, PictogramName> = {
  agenda: 'agenda',
  traject: 'traject',
  contacts: 'people',
  money: 'money',
  checklist: 'checklist',
};
