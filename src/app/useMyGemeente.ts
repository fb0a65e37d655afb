import { useDossier } from '../data';
import { gemeenteById, type GemeenteConfig } from '../gemeenten';
import { currentGemeente } from './gemeente';

/**
 * The configuration of the municipality that holds this person's dossier (roles, partners,
 * topics, ontzorgen policy, traject templates); the app's own municipality until it is read.
 */
export function useMyGemeente(): GemeenteConfig {
  const dossier = useDossier();
  return gemeenteById(dossier?.gemeente) ?? currentGemeente();
}
