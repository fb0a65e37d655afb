import { Route, Switch } from 'wouter';
import type { ShareSection } from '../../../domain/access';
import { AgendaScreen } from '../agenda/AgendaScreen';
import { GeldScreen } from '../geld/GeldScreen';
import { GeregeldScreen } from '../geregeld/GeregeldScreen';
import { MensenScreen } from '../mensen/MensenScreen';
import { TrajectScreen } from '../traject/TrajectScreen';
import { HelperHome, SECTION_ROUTE } from './HelperHome';

const SCREENS = {
  agenda: AgendaScreen,
  traject: TrajectScreen,
  contacts: MensenScreen,
  money: GeldScreen,
  checklist: GeregeldScreen,
} as const;

/** A helper's phone has only the shared sections; every other address shows the helper's home. */
export function HelperRoutes(props: { shareId: string; sections: ShareSection[]; expiresAt: string }) {
  return (
    <Switch>
      {props.sections.map((s) => (
        <Route key={s} path={SECTION_ROUTE[s].href} component={SCREENS[s]} />
      ))}
      <Route>
        <HelperHome {...props} />
      </Route>
    </Switch>
  );
}
