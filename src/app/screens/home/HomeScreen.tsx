import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDevice, useDossier } from '../../../data';
import { InstallHint } from '../../components/InstallHint';
import { Pictogram } from '../../components/Pictogram';
import { WhatChangedCard } from './changesParts';
import { NextAppointmentCard } from './NextAppointmentCard';
import { regieContext } from '../../gemeente';
import { SCREENS } from '../registry';

// Loaded after the first screen: the offer is not needed to open the app.
const NotificationOffer = lazy(() => import('./NotificationOffer').then((m) => ({ default: m.NotificationOffer })));

export function HomeScreen() {
  const { t } = useTranslation(['home', 'delen', 'telefoon']);
  const dossier = useDossier();
  // Only the inburgeraar can share the dossier; a helper's or staff member's phone cannot.
  const device = useDevice();
  const canShare = device.status === 'activated' && device.kind === 'inburgeraar';
  return (
    <>
      <h1 className="utrecht-heading-1 greeting">
        <Pictogram name="welcome" size={40} />
        <span dir="auto">{dossier ? t('greeting', { name: dossier.firstName }) : t('greetingNoName')}</span>
      </h1>
      <NextAppointmentCard />
      <WhatChangedCard />
      <nav aria-labelledby="sections-title">
        <h2 className="utrecht-heading-2" id="sections-title">{t('sections.title')}</h2>
        <ul className="tiles">
          {SCREENS.filter((s) => s.tile === 'all' || canShare).map((s) => (
            <li key={s.path}>
              <Link href={s.path} className="tile">
                <Pictogram name={s.picture} size={48} />
                <span className="tile__title">{t(s.title)}</span>
                <span className="tile__hint">{s.hint === 'home:sections.vraagHint' ? t('sections.vraagHint', regieContext()) : t(s.hint)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {/* Below the tiles: the offer loads after the first screen, and nothing it would push down moves. */}
      {device.status === 'activated' && (
        <Suspense fallback={null}>
          <NotificationOffer />
        </Suspense>
      )}
      <InstallHint />
    </>
  );
}
