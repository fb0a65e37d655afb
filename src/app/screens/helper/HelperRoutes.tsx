import { Route, Switch } from 'wouter';
import type { ShareSection } from '../../../domain/access';
import { SECTION_SCREEN } from '../registry';
import { HelperHome } from './HelperHome';

/** A helper's phone has only the shared sections; every other address shows the helper's home. */
export function HelperRoutes(props: { shareId: string; sections: ShareSection[]; expiresAt: string }) {
  return (
    <Switch>
      {props.sections.map((s) => (
        <Route key={s} path={SECTION_SCREEN[s].path} component={SECTION_SCREEN[s].Screen} />
      ))}
      <Route>
        <HelperHome {...props} />
      </Route>
    </Switch>
  );
}
