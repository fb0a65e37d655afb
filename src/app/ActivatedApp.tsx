import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { useAppLock } from '../data';
import type { DeviceState } from '../data/shell';
import { ChangeProblem } from './components/ChangeProblem';
import { registerPictograms } from './components/Pictogram';
import { PERSONAL_PICTOGRAMS } from './components/pictograms/personal';
import { RejectedChanges } from './components/RejectedChanges';
import { SyncStatusBar } from './components/SyncStatusBar';
import { HomeScreen } from './screens/home/HomeScreen';
import { MarkSeenOnVisit } from './screens/home/changesParts';
import { HelperRoutes, StaffRoutes } from './screens/personalRoutes';
import { PERSONAL_SCREENS, screenAt } from './screens/registry';
import { PinScreen } from './screens/telefoon/routes';

// What only an activated phone shows: a chunk of its own, with the data layer it reads (the
// database, the sync engine), so the welcome screen of a phone not yet activated needs none of it.
// App.tsx places these parts; they load while the app starts (src/main.tsx starts the data layer).

registerPictograms(PERSONAL_PICTOGRAMS);

type Activated = Extract<DeviceState, { status: 'activated' }>;

const TelefoonScreen = screenAt('/telefoon');

function PersonalRoutes() {
  return (
    <Switch>
      {PERSONAL_SCREENS.map((s) => (
        <Route key={s.path} path={s.path} component={s.Screen} />
      ))}
      <Route component={HomeScreen} />
    </Switch>
  );
}

/** Above the page: whether this phone's changes went out. */
export function ActivatedBar() {
  return <SyncStatusBar />;
}

/** Above every page of an activated phone: a change that could not be saved or was refused. */
export function ActivatedNotices() {
  // With an app PIN set, no rejected change shows before the PIN is given.
  const locked = useAppLock() !== 'open';
  return (
    <>
      <ChangeProblem />
      {!locked && <RejectedChanges />}
      {!locked && <MarkSeenOnVisit />}
    </>
  );
}

/** The personal pages: the inburgeraar's, a helper's (what was shared) or a staff member's. */
export function ActivatedRoutes({ device }: { device: Activated }) {
  const { t } = useTranslation();
  const lock = useAppLock();
  if (lock === 'loading') return <p className="utrecht-paragraph" role="status">{t('loading')}</p>;
  if (lock === 'locked') return <PinScreen />;
  if (device.kind === 'helper') {
    return (
      <Switch>
        <Route path="/telefoon" component={TelefoonScreen} />
        <Route>
          <HelperRoutes shareId={device.shareId} sections={device.sections} expiresAt={device.expiresAt} />
        </Route>
      </Switch>
    );
  }
  if (device.kind === 'staff') return <StaffRoutes />;
  return <PersonalRoutes />;
}
