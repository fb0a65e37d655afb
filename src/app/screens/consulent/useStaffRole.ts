import { useDevice } from '../../../data';
import type { StaffRole } from '../../../domain/access';

/** The role of this staff device's session; null on any other device (or while reading). */
export function useStaffRole(): StaffRole | null {
  const device = useDevice();
  return device.status === 'activated' && device.kind === 'staff' ? device.role : null;
}
