import { useTranslation } from 'react-i18next';
import type { AppointmentRow } from '../../../domain/tables';
import { DutchMarked } from '../../reading/DutchMarked';

/**
 * An appointment's title in the reader's language, from its kind ("Les Nederlands"); the case
 * system's own title is Dutch ("Nederlandse les bij Sagenn") and shown under it as a detail. A
 * Dutch reader sees the case system's title, which says more.
 */
export function useAppointmentTitle(item: Pick<AppointmentRow, 'kind' | 'title'>): { title: string; dutchDetail: string | null } {
  const { t, i18n } = useTranslation();
  if (i18n.language === 'nl') return { title: item.title, dutchDetail: null };
  return { title: t(`appointmentKind.${item.kind}`), dutchDetail: item.title };
}

export function AppointmentDutchTitle({ detail }: { detail: string | null }) {
  return detail ? <DutchMarked text={detail} className="appointment__nl-title" /> : null;
}
