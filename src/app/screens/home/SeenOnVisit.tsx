import { useLocation } from 'wouter';
import { useMarkScreenSeen } from '../../../data/changesHooks';
import { useNow } from '../../useNow';

/** Opening a screen marks its changes seen (home's "what changed"); renders nothing. */
export function SeenOnVisit() {
  const [location] = useLocation();
  useMarkScreenSeen(location, useNow());
  return null;
}
