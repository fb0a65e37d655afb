import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';

// Screens other than the first one are chunks of their own: not part of the first screen's
// download, and precached by the service worker like every other chunk, so they open offline.
// While a chunk loads, the app's header stays and a short "one moment" shows where the page goes.

export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Screen = lazy(() => load().then((component) => ({ default: component })));
  return function Loading(props: P) {
    const { t } = useTranslation();
    return (
      <Suspense fallback={<p className="utrecht-paragraph" role="status">{t('loading')}</p>}>
        <Screen {...props} />
      </Suspense>
    );
  };
}
