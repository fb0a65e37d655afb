import { lazy, Suspense, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Switch } from 'wouter';
import { useShellDevice } from '../data/shell';
import { Pictogram } from './components/Pictogram';
import { useRememberFirstScreen, welcomeExpectedFirst } from './firstScreen';
import { currentGemeente } from './gemeente';
import { TranslationNotice } from './components/TranslationNotice';
import { languageOf } from './i18n/languages';
import { lazyScreen } from './components/lazyScreen';
import { WelcomeScreen } from './screens/activate/WelcomeScreen';
import { ActivitiesRoute, EmergencyRoute, GlossaryRoute, HelpRoute, InfoIndexRoute, InfoSectionRoute, LettersRoute } from './screens/info/routes';
import { screenAt } from './screens/registry';
import { useActivatedPart } from './activatedPart';

// The app's frame and its public pages. Everything an activated phone shows comes from
// ActivatedApp.tsx, a chunk of its own with the data layer (activatedPart.ts), so that the welcome
// screen (the first screen of every new phone) needs none of that code.

const LanguageScreen = screenAt('/language');
const ActivateScreen = lazyScreen(() => import('./screens/activate/ActivateScreen').then((m) => m.ActivateScreen));
const UpdatePrompt = lazy(() => import('./components/UpdatePrompt').then((m) => ({ default: m.UpdatePrompt })));
const SyncedUpdatePrompt = lazy(() => import('./components/SyncedUpdatePrompt').then((m) => ({ default: m.SyncedUpdatePrompt })));

const never = () => () => undefined;

/**
 * Registers the service worker and offers a new version: needed soon, not for the first paint.
 * Over a prerendered screen it comes once React has taken that over (the server snapshot is what
 * the build rendered: nothing here). Only a phone that syncs needs the data layer for it.
 */
function LaterUpdatePrompt({ syncing }: { syncing: boolean }) {
  const up = useSyncExternalStore(never, () => true, () => false);
  return up ? <Suspense fallback={null}>{syncing ? <SyncedUpdatePrompt /> : <UpdatePrompt />}</Suspense> : null;
}

export function App() {
  const { t, i18n } = useTranslation();
  const device = useShellDevice();
  useRememberFirstScreen(device.status);
  const activated = useActivatedPart(device.status === 'activated');
  const loading = <p className="utrecht-paragraph" role="status">{t('loading')}</p>;
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
      {device.status === 'activated' && activated && <activated.ActivatedBar />}
      <LaterUpdatePrompt syncing={device.status === 'activated'} />
      <main id="main" className="content">
        {device.status === 'activated' && activated && <activated.ActivatedNotices />}
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
              welcomeExpectedFirst() ? <WelcomeScreen /> : loading
            ) : device.status === 'activated' ? (
              activated ? <activated.ActivatedRoutes device={device} /> : loading
            ) : (
              <WelcomeScreen />
            )}
          </Route>
        </Switch>
      </main>
    </div>
  );
}
