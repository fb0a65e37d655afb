import { useTranslation } from 'react-i18next';
import type { ContactRole } from '../../../gemeenten/types';

/** The name of a role in the reader's language, e.g. "consulent inburgering" or "casusregisseur". */
export function useRoleName(): (role: ContactRole) => string {
  const { t } = useTranslation('mensen');
  return (role) => t(`role.${role}.name`);
}
