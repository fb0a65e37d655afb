import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';

// The informatiemap is its own chunk: not part of the first screen's download, and precached by
// the service worker like every other chunk, so it still opens offline. While the chunk loads, the
// header of the app stays and a short "one moment" shows where the page will be.

function withLoading(Screen: LazyExoticComponent<ComponentType>) {
  return function Loading() {
    const { t } = useTranslation();
    return (
      <Suspense fallback={<p role="status">{t('loading')}</p>}>
        <Screen />
      </Suspense>
    );
  };
}

export const InfoIndexRoute = withLoading(lazy(() => import('./InfoIndexScreen').then((m) => ({ default: m.InfoIndexScreen }))));
export const InfoSectionRoute = withLoading(lazy(() => import('./InfoSectionScreen').then((m) => ({ default: m.InfoSectionScreen }))));
export const HelpRoute = withLoading(lazy(() => import('./HelpScreen').then((m) => ({ default: m.HelpScreen }))));
export const GlossaryRoute = withLoading(lazy(() => import('./GlossaryScreen').then((m) => ({ default: m.GlossaryScreen }))));
export const EmergencyRoute = withLoading(lazy(() => import('./EmergencyScreen').then((m) => ({ default: m.EmergencyScreen }))));
