import { useTranslation } from 'react-i18next';
import { Link, Route, Switch } from 'wouter';
import { useAppLock, useDevice } from '../data';
import { Pictogram } from './components/Pictogram';
import { useRememberFirstScreen, welcomeExpectedFirst } from './firstScreen';
import { currentGemeente } from './gemeente';
import { ChangeProblem } from './components/ChangeProblem';
import { RejectedChanges } from './components/RejectedChanges';
import { SyncStatusBar } from './components/SyncStatusBar';
import { TranslationNotice } from './components/TranslationNotice';
import { UpdatePrompt } from './components/UpdatePrompt';
import { languageOf } from './i18n/languages';
import { ActivateScreen } from './screens/activate/ActivateScreen';
import { WelcomeScreen } from './screens/activate/WelcomeScreen';
import { HomeScreen } from './screens/home/HomeScreen';
import { MarkSeenOnVisit } from './screens/home/changesParts';
import { ActivitiesRoute, EmergencyRoute, GlossaryRoute, HelpRoute, InfoIndexRoute, InfoSectionRoute, LettersRoute } from './screens/info/routes';
import { HelperRoutes, StaffRoutes } from './screens/personalRoutes';
import { PERSONAL_SCREENS, screenAt } from './screens/registry';
import { PinScreen } from './screens/telefoon/routes';

const LanguageScreen = screenAt('/language');
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

export function App() {
  const { t, i18n } = useTranslation();
  const device = useDevice();
  const activated = device.status === 'activated';
  useRememberFirstScreen(device.status);
  // With an app PIN set, no personal screen (nor a rejected change) shows before the PIN is given.
  const lock = useAppLock();
  const locked = activated && lock !== 'open';
  return (
    <div className="app">
      <header className="topbar">
        <Link href="/" className="topbar__home">
          <Pictogram name="home" size={28} />
          <span>{currentGemeente().appName}</span>
        </Link>
        <Link href="/language" className="topbar__language" aria-label={t('language.current', { name: languageOf(i18n.language).nativeName })}>
          <Pictogram name="language" size={24} />
          <span>{languageOf(i18n.language).nativeName}</span>
        </Link>
      </header>
      {/* Above the screen, not after it: known from the first render, so nothing moves when the screen fills. */}
      <TranslationNotice />
      {activated && <SyncStatusBar />}
      <UpdatePrompt />
      <main id="main" className="content">
        {activated && <ChangeProblem />}
        {activated && !locked && <RejectedChanges />}
        {activated && !locked && <MarkSeenOnVisit />}
        <Switch>
          <Route path="/activate" component={ActivateScreen} />
          <Route path="/language" component={LanguageScreen} />
          {/* The informatiemap is public: the same with or without an activated phone. */}
          <Route path="/info" component={InfoIndexRoute} />
          <Route path="/info/hulp" component={HelpRoute} />
          <Route path="/info/woorden" component={GlossaryRoute} />
          <Route path="/info/nood" component={EmergencyRoute} />
          <Route path="/info/activiteiten" component={ActivitiesRoute} />
          <Route path="/info/brieven/:letter?" component={LettersRoute} />
          <Route path="/info/:section" component={InfoSectionRoute} />
          <Route>
            {device.status === 'loading' ? (
              welcomeExpectedFirst() ? <WelcomeScreen /> : <p className="utrecht-paragraph" role="status">{t('loading')}</p>
            ) : locked ? (
              lock === 'loading' ? <p className="utrecht-paragraph" role="status">{t('loading')}</p> : <PinScreen />
            ) : device.status === 'activated' && device.kind === 'helper' ? (
              <Switch>
                <Route path="/telefoon" component={TelefoonScreen} />
                <Route>
                  <HelperRoutes shareId={device.shareId} sections={device.sections} expiresAt={device.expiresAt} />
                </Route>
              </Switch>
            ) : device.status === 'activated' && device.kind === 'staff' ? (
              <StaffRoutes />
            ) : activated ? (
              <PersonalRoutes />
            ) : (
              <WelcomeScreen />
            )}
          </Route>
        </Switch>
      </main>
    </div>
  );
}
