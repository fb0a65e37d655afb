import { Route, Switch } from 'wouter';
import { ActivationScreen } from './ActivationScreen';
import { NewDossierScreen } from './NewDossierScreen';

// The consulent's own screens on their work device: a new dossier at the intake, and the
// activation QR for a dossier of their caseload. Meant for a consulent's staff device only (the
// server refuses everyone else); rendered for any path under /consulent/.

/** A path segment as typed; a malformed escape (a hand-edited address) stays as it is. */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function ConsulentRoutes() {
  return (
    <Switch>
      <Route path="/consulent/nieuw">
        <NewDossierScreen />
      </Route>
      <Route path="/consulent/dossier/:id/activeren">{(params) => <ActivationScreen dossierId={decoded(params.id)} />}</Route>
    </Switch>
  );
}
